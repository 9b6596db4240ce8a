import { useCallback, useMemo, useRef, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import { errorText, forAnotherWorkbook, type Busy, type BusyKind, type PaneState } from './paneState';

export type Progress = (done: number, total: number) => void;

/** Runs the pane's work one piece at a time, with its progress bar and its one-line errors. */
export interface Runner {
  /** Runs work under a busy kind; null when it failed (the error is shown) or had nothing to act on. */
  run<T>(kind: BusyKind, work: (progress: Progress) => Promise<T>): Promise<T | null>;
  /**
   * Opens a workbook (browser page): 正在打开… shows meanwhile, and work asked for meanwhile
   * waits for it, then runs. Rethrows the open's error for the page to show.
   */
  openWorkbook(open: () => Promise<void>): Promise<void>;
}

export function useRunner(setState: Dispatch<SetStateAction<PaneState>>, stateRef: MutableRefObject<PaneState>): Runner {
  const runs = useRef(0);
  /** The file being opened: resolves true once open, false if it could not be. */
  const opening = useRef<Promise<boolean> | null>(null);

  const run = useCallback(
    async <T>(kind: BusyKind, work: (progress: Progress) => Promise<T>): Promise<T | null> => {
      const id = ++runs.current;
      const waitFor = opening.current;
      setState((s) => ({ ...s, busy: { id, kind, since: s.busy?.since ?? Date.now(), progress: null, afterOpen: waitFor !== null }, error: null, notice: null }));
      // Only the run that set the busy state changes or clears it.
      const mine = (f: (b: Busy) => Busy | null) => setState((s) => (s.busy?.id === id ? { ...s, busy: f(s.busy) } : s));
      try {
        // An open that fails says why itself; the work asked for meanwhile then has nothing to do.
        if (waitFor && !(await waitFor)) return null;
        mine((b) => ({ ...b, afterOpen: false }));
        return await work((done, total) => mine((b) => ({ ...b, progress: total > 0 ? done / total : null })));
      } catch (e) {
        setState((s) => ({ ...s, error: errorText(e, stateRef.current.language) }));
        return null;
      } finally {
        mine(() => null);
      }
    },
    [setState, stateRef],
  );

  const openWorkbook = useCallback(
    async (open: () => Promise<void>): Promise<void> => {
      const id = ++runs.current;
      const before = stateRef.current.workbook;
      let failure: unknown = null;
      const done = open().then(
        () => true,
        (e: unknown) => {
          failure = e;
          return false;
        },
      );
      opening.current = done;
      setState((s) => ({ ...s, workbook: 'opening', busy: { id, kind: 'open', since: Date.now(), progress: null, afterOpen: false }, error: null, notice: null }));
      const ok = await done;
      if (opening.current === done) opening.current = null;
      // A newly opened workbook has no marked cells, and none of the last book's findings.
      setState((s) => ({ ...(ok ? forAnotherWorkbook(s) : s), workbook: ok ? 'open' : before, busy: s.busy?.id === id ? null : s.busy }));
      if (!ok) throw failure;
    },
    [setState, stateRef],
  );

  return useMemo(() => ({ run, openWorkbook }), [run, openWorkbook]);
}
