import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { SheetGrid } from '../../core';
import { MIN_COLUMN_WIDTH, autoWidths, columnCount, scrollToShow, type Scroll } from './sheetLayout';

/** The size of the grid's scroll area, followed as the window or the layout changes. */
export function useViewportSize(scroller: RefObject<HTMLDivElement | null>, shown: boolean): { width: number; height: number } {
  const [view, setView] = useState({ width: 800, height: 600 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const update = (): void => setView({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [scroller, shown]);
  return view;
}

/** Each sheet's column widths: fitted to the content, and as the clerk dragged them wider or narrower. */
export function useColumnWidths(sheet: SheetGrid | null): { widths: readonly number[]; startResize: (col: number, e: ReactPointerEvent<HTMLElement>) => void } {
  const [dragged, setDragged] = useState<Readonly<Record<string, readonly number[]>>>({});
  const fitted = useMemo(() => (sheet ? autoWidths(sheet, columnCount(sheet)) : []), [sheet]);
  const widths = (sheet && dragged[sheet.name]) || fitted;
  const startResize = (col: number, e: ReactPointerEvent<HTMLElement>): void => {
    if (!sheet) return;
    e.preventDefault();
    e.stopPropagation();
    const handle = e.currentTarget;
    const { name } = sheet;
    const base = widths;
    const startX = e.clientX;
    // Pointer capture keeps the moves coming to the handle when the pointer leaves it.
    handle.setPointerCapture?.(e.pointerId);
    const move = (ev: PointerEvent): void => {
      const next = [...base];
      next[col] = Math.max(MIN_COLUMN_WIDTH, Math.round(base[col] + ev.clientX - startX));
      setDragged((all) => ({ ...all, [name]: next }));
    };
    const end = (): void => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  return { widths, startResize };
}

/**
 * Brings a clicked finding's cell into view, and the grid itself where it sits below the pane;
 * a sheet opened by its tab starts at its top-left corner. Reports the scroll it set.
 */
export function useScrollToCell(
  scroller: RefObject<HTMLDivElement | null>,
  sheet: SheetGrid | null,
  target: { readonly row: number; readonly col: number } | null,
  geometry: { readonly offsets: readonly number[]; readonly widths: readonly number[] },
  onScrolled: (scroll: Scroll) => void,
): void {
  const shownSheet = useRef<string | null>(null);
  // The latest geometry without re-running on a column drag: widening a column keeps the view.
  const latest = useRef(geometry);
  latest.current = geometry;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !sheet) return;
    const changedSheet = shownSheet.current !== sheet.name;
    shownSheet.current = sheet.name;
    if (!target && !changedSheet) return;
    const { offsets, widths } = latest.current;
    const col = target ? Math.min(target.col, widths.length - 1) : 0;
    const next = target ? scrollToShow({ top: el.scrollTop, left: el.scrollLeft }, { width: el.clientWidth, height: el.clientHeight }, { row: target.row, x: offsets[col] ?? 0, width: widths[col] ?? 0 }) : { top: 0, left: 0 };
    el.scrollTop = next.top;
    el.scrollLeft = next.left;
    onScrolled({ top: el.scrollTop, left: el.scrollLeft });
    if (target && typeof el.scrollIntoView === 'function') {
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
    }
  }, [scroller, target, sheet, onScrolled]);
}
