import { Caption1, ProgressBar } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { UiStrings } from '../i18n';
import type { PaneState } from '../usePane';

/** Work over half a second gets a progress bar; shorter work shows nothing (no flicker). */
const BUSY_DELAY_MS = 500;

function useShownAfter(since: number | null, delay = BUSY_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (since === null) {
      setShown(false);
      return undefined;
    }
    const left = since + delay - Date.now();
    if (left <= 0) {
      setShown(true);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), left);
    return () => clearTimeout(timer);
  }, [since, delay]);
  return shown;
}

export function BusyBar({ busy, ui }: { busy: PaneState['busy']; ui: UiStrings }): React.JSX.Element | null {
  const shown = useShownAfter(busy?.since ?? null);
  if (!busy || !shown) return null;
  return (
    <div role="status" aria-live="polite" data-testid="busy">
      <ProgressBar value={busy.progress ?? undefined} thickness="large" />
      <Caption1>{busy.afterOpen ? ui.busy.open : ui.busy[busy.kind]}</Caption1>
    </div>
  );
}
