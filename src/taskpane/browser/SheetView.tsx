import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { columnLetters, fromA1, type CellRef, type SheetGrid } from '../../core';
import { TabStrip, tabId } from '../components/TabStrip';
import type { UiStrings } from '../i18n';
import { cellText, isNumeric } from './cellText';
import { useColumnWidths, useScrollToCell, useViewportSize } from './gridHooks';
import { EXTRA_ROWS, ROW_HEADER_WIDTH, ROW_HEIGHT, columnAt, columnOffsets, rowPieces, rowSpans, textWidth, type Scroll } from './sheetLayout';

/** Rows and columns drawn beyond the visible ones, so that scrolling shows no gap. */
const OVERSCAN_ROWS = 10;
const OVERSCAN_COLUMNS = 3;
/** A cell's text starts 3 px in and ends 3 px before its border. */
const CELL_TEXT_PADDING = 7;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: '0', minWidth: '0', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  tabs: { paddingLeft: '4px', paddingTop: '4px', paddingBottom: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  scroller: {
    flexGrow: 1,
    minHeight: '0',
    overflow: 'auto',
    position: 'relative',
    fontSize: '12px',
    fontFamily: tokens.fontFamilyBase,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  placeholder: { display: 'block', paddingLeft: '12px', paddingTop: '12px', color: tokens.colorNeutralForeground3 },
  content: { position: 'relative' },
  row: { position: 'absolute', left: '0', height: `${ROW_HEIGHT}px` },
  headerRow: { position: 'sticky', top: '0', zIndex: 2, height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'absolute',
    top: '0',
    height: `${ROW_HEIGHT}px`,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    paddingLeft: '3px',
    paddingRight: '3px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    boxSizing: 'border-box',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, textAlign: 'center', fontWeight: tokens.fontWeightSemibold },
  rowNumber: { position: 'sticky', left: '0', zIndex: 1, width: `${ROW_HEADER_WIDTH}px` },
  number: { textAlign: 'right' },
  marked: { backgroundColor: '#FFE699' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
  resize: { position: 'absolute', top: '0', right: '0', width: '6px', height: '100%', cursor: 'col-resize', zIndex: 1, touchAction: 'none' },
});

export interface SheetViewProps {
  readonly ui: UiStrings;
  readonly sheets: readonly SheetGrid[];
  readonly current: string | null;
  readonly onSheet: (name: string) => void;
  /** The cell a clicked finding names: a new object on each click brings it into view again. */
  readonly selected: CellRef | null;
  readonly highlights: readonly CellRef[];
}

/** What the grid draws: the sheet, its geometry, the rows and columns in view, the marks. */
interface SheetViewState {
  readonly ui: UiStrings;
  readonly id: string;
  readonly tabs: readonly { readonly value: string; readonly label: string }[];
  readonly current: string | null;
  readonly onSheet: (name: string) => void;
  readonly sheet: SheetGrid | null;
  readonly widths: readonly number[];
  readonly offsets: readonly number[];
  readonly rows: { readonly first: number; readonly last: number };
  readonly columns: { readonly first: number; readonly last: number };
  readonly spans: ReturnType<typeof rowSpans>;
  readonly target: { readonly row: number; readonly col: number } | null;
  readonly marked: ReadonlySet<string>;
  readonly scroller: RefObject<HTMLDivElement | null>;
  readonly onScroll: () => void;
  readonly startResize: (col: number, e: ReactPointerEvent<HTMLElement>) => void;
}

function useSheetView(props: SheetViewProps): SheetViewState {
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState<Scroll>({ top: 0, left: 0 });
  const sheet = props.sheets.find((s) => s.name === props.current) ?? null;
  const view = useViewportSize(scroller, sheet !== null);
  const { widths, startResize } = useColumnWidths(sheet);
  const offsets = useMemo(() => columnOffsets(widths), [widths]);
  const spans = useMemo(() => (sheet ? rowSpans(sheet) : new Map()), [sheet]);
  const target = useMemo(() => {
    if (!sheet || !props.selected || props.selected.sheet !== sheet.name) return null;
    const at = fromA1(props.selected.cell.split(':')[0]);
    return at ? { row: at.row, col: at.col } : null;
  }, [props.selected, sheet]);
  useScrollToCell(scroller, sheet, target, { offsets, widths }, setScroll);

  const rowCount = sheet ? sheet.values.length + EXTRA_ROWS : 0;
  const firstRow = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN_ROWS);
  const lastRow = Math.min(rowCount, Math.ceil((scroll.top + view.height) / ROW_HEIGHT) + OVERSCAN_ROWS);
  const firstCol = Math.max(0, columnAt(offsets, scroll.left) - OVERSCAN_COLUMNS);
  const lastCol = Math.min(widths.length, columnAt(offsets, scroll.left + view.width) + 1 + OVERSCAN_COLUMNS);
  const marked = useMemo(() => new Set(props.highlights.filter((h) => h.sheet === props.current).map((h) => h.cell.split(':')[0])), [props.highlights, props.current]);
  return {
    ui: props.ui,
    id,
    tabs: props.sheets.filter((s) => s.visibility !== 'veryHidden').map((s) => ({ value: s.name, label: s.name })),
    current: props.current,
    onSheet: props.onSheet,
    sheet,
    widths,
    offsets,
    rows: { first: firstRow, last: lastRow },
    columns: { first: firstCol, last: lastCol },
    spans,
    target,
    marked,
    scroller,
    onScroll: () => {
      const el = scroller.current;
      if (el) setScroll({ top: el.scrollTop, left: el.scrollLeft });
    },
    startResize,
  };
}

/**
 * A read-only view of one sheet beside the pane (browser page), each cell as Excel shows it:
 * only the rows and columns in view are drawn, so a 3,000-row ledger scrolls smoothly; a
 * clicked finding's cell is scrolled to and outlined; columns widen by dragging their edge; the
 * grid scrolls from the keyboard once focused.
 */
export function SheetView(props: SheetViewProps): React.JSX.Element {
  return renderSheetView(useSheetView(props), useStyles());
}

function renderSheetView(s: SheetViewState, styles: ReturnType<typeof useStyles>): React.JSX.Element {
  const { sheet, offsets, widths } = s;
  const selectedTab = s.tabs.findIndex((t) => t.value === s.current);
  const columns = Array.from({ length: s.columns.last - s.columns.first }, (_, i) => s.columns.first + i);
  return (
    <div className={styles.root} data-testid="sheet-view">
      {s.tabs.length > 0 && (
        <div className={styles.tabs}>
          <TabStrip id={s.id} label={s.ui.sheetTabs} tabs={s.tabs} selected={s.current} onSelect={s.onSheet} size="small" wrap />
        </div>
      )}
      <div
        ref={s.scroller}
        className={styles.scroller}
        onScroll={s.onScroll}
        data-testid="sheet-scroller"
        {...(sheet ? { role: 'tabpanel', id: `${s.id}-panel`, 'aria-labelledby': tabId(s.id, Math.max(0, selectedTab)), tabIndex: 0 } : {})}
      >
        {sheet ? (
          <div className={styles.content} style={{ height: (sheet.values.length + EXTRA_ROWS + 1) * ROW_HEIGHT, width: ROW_HEADER_WIDTH + offsets[offsets.length - 1] }}>
            <div className={styles.headerRow} style={{ width: ROW_HEADER_WIDTH + offsets[offsets.length - 1] }}>
              <div className={mergeClasses(styles.cell, styles.head, styles.rowNumber)} />
              {columns.map((c) => (
                <div key={c} className={mergeClasses(styles.cell, styles.head)} style={{ left: ROW_HEADER_WIDTH + offsets[c], width: widths[c] }} data-column={columnLetters(c)}>
                  {columnLetters(c)}
                  <div className={styles.resize} aria-hidden="true" data-resize={columnLetters(c)} onPointerDown={(e) => s.startResize(c, e)} />
                </div>
              ))}
            </div>
            {renderRows(s, sheet, styles)}
          </div>
        ) : (
          <Caption1 className={styles.placeholder}>{s.ui.sheetPlaceholder}</Caption1>
        )}
      </div>
    </div>
  );
}

function renderRows(s: SheetViewState, sheet: SheetGrid, styles: ReturnType<typeof useStyles>): React.JSX.Element[] {
  const { offsets } = s;
  const rows: React.JSX.Element[] = [];
  for (let r = s.rows.first; r < s.rows.last; r++) {
    const values = sheet.values[r] ?? [];
    const cells: React.JSX.Element[] = [];
    const format = (c: number) => sheet.formats?.[r]?.[c];
    const pieces = rowPieces(values, s.spans.get(r) ?? [], offsets, s.columns.first, s.columns.last, (c) => textWidth(cellText(values[c] ?? null, format(c))));
    for (const { col, right } of pieces) {
      const v = values[col] ?? null;
      const text = cellText(v, format(col));
      const width = offsets[right + 1] - offsets[col];
      const address = `${columnLetters(col)}${r + 1}`;
      const isSelected = s.target !== null && s.target.row === r && s.target.col === col;
      cells.push(
        <div
          key={col}
          className={mergeClasses(styles.cell, isNumeric(v) && styles.number, s.marked.has(address) && styles.marked, isSelected && styles.selected)}
          style={{ left: ROW_HEADER_WIDTH + offsets[col], width }}
          data-cell={address}
          data-selected={isSelected ? 'true' : undefined}
          title={textWidth(text) > width - CELL_TEXT_PADDING ? text : undefined}
        >
          {text}
        </div>,
      );
    }
    rows.push(
      <div key={r} className={styles.row} style={{ top: (r + 1) * ROW_HEIGHT, width: ROW_HEADER_WIDTH + offsets[offsets.length - 1] }} data-row={r + 1}>
        <div className={mergeClasses(styles.cell, styles.head, styles.rowNumber)}>{r + 1}</div>
        {cells}
      </div>,
    );
  }
  return rows;
}
