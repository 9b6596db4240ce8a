import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { columnLetters, fromA1, type CellRef, type CellValue, type SheetGrid } from '../../core';

const ROW_HEIGHT = 24;
const COL_WIDTH = 104;
const OVERSCAN = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: '0', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  tabs: { display: 'flex', flexWrap: 'wrap', columnGap: '2px', rowGap: '2px', paddingLeft: '4px', paddingTop: '4px', paddingBottom: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  scroller: { flexGrow: 1, overflow: 'auto', position: 'relative', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  row: { display: 'flex', height: `${ROW_HEIGHT}px`, position: 'absolute', left: '0' },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'center', fontWeight: tokens.fontWeightSemibold },
  cell: { width: `${COL_WIDTH}px`, flexShrink: 0, borderRight: `1px solid ${tokens.colorNeutralStroke3}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', paddingLeft: '3px', paddingRight: '3px', lineHeight: `${ROW_HEIGHT}px`, boxSizing: 'border-box' },
  rowNo: { width: '48px' },
  number: { textAlign: 'right' },
  marked: { backgroundColor: '#FFE699' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
});

function show(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.kind === 'error' ? v.code : v.kind === 'date' ? v.iso : `=${v.formula}`;
  return String(v);
}

/**
 * A read-only view of one sheet beside the pane (browser page): rows are drawn only where the
 * view is, so a 3,000-row ledger scrolls smoothly; a selected finding's cell is scrolled to and
 * outlined.
 */
export function SheetView(props: { sheets: readonly SheetGrid[]; current: string | null; onSheet: (name: string) => void; selected: CellRef | null; highlights: readonly CellRef[] }): React.JSX.Element {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  const sheet = props.sheets.find((s) => s.name === props.current) ?? null;
  const rows = sheet?.values.length ?? 0;
  const cols = Math.min(40, Math.max(1, ...((sheet?.values ?? []).slice(0, 2000).map((r) => r.length) ?? [1])));
  const target = props.selected && props.selected.sheet === props.current ? fromA1(props.selected.cell.split(':')[0]) : null;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const update = (): void => setHeight(el.clientHeight || 600);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const targetRow = target?.row ?? -1;
  const targetCol = target?.col ?? -1;
  useEffect(() => {
    const el = scroller.current;
    if (!el || targetRow < 0) return;
    const y = (targetRow + 1) * ROW_HEIGHT;
    if (y < el.scrollTop + ROW_HEIGHT || y > el.scrollTop + el.clientHeight - ROW_HEIGHT * 2) el.scrollTop = Math.max(0, y - el.clientHeight / 3);
    el.scrollLeft = Math.max(0, targetCol * COL_WIDTH - COL_WIDTH);
    setTop(el.scrollTop);
  }, [targetRow, targetCol, props.current]);

  const marked = new Set(props.highlights.filter((h) => h.sheet === props.current).map((h) => h.cell.split(':')[0]));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const body: React.JSX.Element[] = [];
  for (let r = first; r < last; r++) {
    const values = sheet!.values[r] ?? [];
    body.push(
      <div key={r} className={styles.row} style={{ top: (r + 1) * ROW_HEIGHT }} data-row={r + 1}>
        <div className={`${styles.cell} ${styles.rowNo} ${styles.head}`}>{r + 1}</div>
        {Array.from({ length: cols }, (_, c) => {
          const address = `${columnLetters(c)}${r + 1}`;
          const isSelected = target !== null && target.row === r && target.col === c;
          const v = values[c] ?? null;
          return (
            <div
              key={c}
              className={`${styles.cell} ${typeof v === 'number' ? styles.number : ''} ${marked.has(address) ? styles.marked : ''} ${isSelected ? styles.selected : ''}`}
              data-cell={address}
              data-selected={isSelected ? 'true' : undefined}
              title={show(v)}
            >
              {show(v)}
            </div>
          );
        })}
      </div>,
    );
  }
  return (
    <div className={styles.root} data-testid="sheet-view">
      <div className={styles.tabs} role="tablist">
        {props.sheets
          .filter((s) => s.visibility !== 'veryHidden')
          .map((s) => (
            <Button key={s.name} size="small" appearance={s.name === props.current ? 'primary' : 'subtle'} onClick={() => props.onSheet(s.name)} role="tab" aria-selected={s.name === props.current}>
              {s.name}
            </Button>
          ))}
      </div>
      <div ref={scroller} className={styles.scroller} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
        {sheet ? (
          <div style={{ height: (rows + 1) * ROW_HEIGHT, width: 48 + cols * COL_WIDTH, position: 'relative' }}>
            <div className={styles.row} style={{ top: 0, position: 'sticky', zIndex: 1 }}>
              <div className={`${styles.cell} ${styles.rowNo} ${styles.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <div key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnLetters(c)}
                </div>
              ))}
            </div>
            {body}
          </div>
        ) : (
          <Caption1>—</Caption1>
        )}
      </div>
    </div>
  );
}
