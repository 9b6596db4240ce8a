import type { UiStrings } from '../i18n';
import { canAct, type PaneModel } from '../usePane';

type Actions = PaneModel['actions'];

/** What every tab's state holds: the pane's words, and whether the pane can act now (a workbook open, nothing else running). */
export interface TabBase {
  readonly ui: UiStrings;
  readonly canAct: boolean;
}

/**
 * A tab's buttons that run a pane action as they are: each by the action's name, returning
 * nothing (the pane's runner holds the outcome and any error in the pane's state).
 */
export type ActionHandlers<K extends keyof Actions> = { readonly [P in K]: Actions[P] extends (...args: infer A) => unknown ? (...args: A) => void : never };

export function tabBase({ state, ui }: PaneModel): TabBase {
  return { ui, canAct: canAct(state) };
}

export function actionHandlers<K extends keyof Actions>(actions: Actions, names: readonly K[]): ActionHandlers<K> {
  return Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => void (actions[name] as (...a: unknown[]) => unknown)(...args)])) as ActionHandlers<K>;
}
