import { useMemo, useState } from 'react';
import type { CellRef, SheetGrid } from '../../core';
import type { EngineService } from '../../app/ports';
import { BrowserWorkbookHost, type BrowserHostEvent } from '../../adapters/browser/browserHost';

/** What the page shows of the workbook it holds: its sheets, the one in view, the marks. */
export interface BrowserWorkbookView {
  readonly fileName: string | null;
  readonly sheets: readonly SheetGrid[];
  readonly current: string | null;
  readonly selected: CellRef | null;
  readonly highlights: readonly CellRef[];
}

const EMPTY: BrowserWorkbookView = { fileName: null, sheets: [], current: null, selected: null, highlights: [] };

/**
 * Host wiring of the browser page: the workbook host the pane talks to, and the view its
 * events keep (opened, rewritten, a cell selected, cells marked).
 */
export function useBrowserWorkbook(engine: EngineService): { host: BrowserWorkbookHost; view: BrowserWorkbookView; showSheet: (name: string) => void } {
  const [view, setView] = useState<BrowserWorkbookView>(EMPTY);
  const host = useMemo(() => new BrowserWorkbookHost(engine, (event) => setView((v) => nextView(v, event))), [engine]);
  return { host, view, showSheet: (current) => setView((v) => ({ ...v, current })) };
}

/** The view after a host event. */
function nextView(v: BrowserWorkbookView, event: BrowserHostEvent): BrowserWorkbookView {
  switch (event.type) {
    case 'opened':
      return { fileName: event.name, sheets: event.grid.sheets, current: event.grid.sheets.find((s) => s.visibility !== 'veryHidden')?.name ?? null, selected: null, highlights: [] };
    case 'written':
      return { ...v, sheets: event.grid.sheets };
    case 'select':
      return { ...v, current: event.ref.sheet, selected: event.ref };
    case 'highlight':
      return { ...v, highlights: event.refs };
  }
}
