import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Composition root of the pane. */
function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(<App />);
}

start();
