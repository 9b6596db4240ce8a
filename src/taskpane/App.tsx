import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Pane } from './components/Pane';
import { abilitiesOf, type PaneServices } from './services';
import { usePane, type PaneState } from './usePane';

/** The pane: a state hook and a pure render, services injected (STYLE.md habit 9). */
export function App({ services, initial }: { services: PaneServices; initial?: Partial<PaneState> }): React.JSX.Element {
  const pane = usePane(services, initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Pane pane={pane} abilities={abilitiesOf(services)} />
      </main>
    </FluentProvider>
  );
}
