import type { MutableRefObject } from 'react';
import type { EngineSettings } from '../app/ports';
import type { PaneState } from './paneState';
import type { PaneServices } from './services';
import type { Runner } from './useRunner';

/** What the actions work with: the services, the runner, and the pane's state to read and change. */
export interface ActionContext {
  readonly services: PaneServices;
  readonly runner: Runner;
  readonly stateRef: MutableRefObject<PaneState>;
  readonly update: (f: (s: PaneState) => PaneState) => void;
  readonly engineSettings: () => EngineSettings;
}
