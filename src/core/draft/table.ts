import { toMatchKey } from '../text/fold';
import { BRACKETED_UNIT, CAPTION_UNIT, CELL_APPROX, COLUMN_LABELS, FIGURE_START, LABEL_ENUMERATOR, NOT_A_FIGURE, NOTE_ROW, OF_WHICH_LABEL, PERCENT_WORD, UNIT_PREFIX, YEAR_HEADER, type DraftColumnRole } from './draftTableLexicon';
import { foldWidth, readFigure, unitMatcher, type DraftFigure, type FigureRole, type StatedNumber, type UnitMatcher } from './extract';

/**
 * Tables in a draft (SPEC §6): a run of two or more lines with tab-separated cells, as Word
 * tables are read (one row a line) and as a table pasted from Word arrives. The label cells
 * name the figures of their row; the header names each column's role (本年, 上年, 增减, 增减率).
 */
export interface DraftTables {
  /** Ranges [start, end) of the text the tables take up, ascending: not prose. */
  readonly spans: readonly (readonly [number, number])[];
  readonly figures: readonly DraftFigure[];
}

type ColumnRole = DraftColumnRole;

interface Column {
  readonly role: ColumnRole | null;
  /** A unit named in the header: 金额（万元）, 增减率(%). */
  readonly unit: string | null;
}


export function readTables(input: string, units: readonly string[], year: number | null): DraftTables {
  const text = foldWidth(input);
  const matcher = unitMatcher(units);
  const spans: [number, number][] = [];
  const figures: DraftFigure[] = [];
  let block: { start: number; end: number }[] = [];
  let previousLine = '';
  let tableNo = 0;
  const flush = (): void => {
    if (block.length >= 2) {
      spans.push([block[0].start, block[block.length - 1].end]);
      tableNo++;
      readTable(text, input, block, matcher, year, captionUnit(previousLine), tableNo, figures);
    }
    block = [];
  };
  let lineStart = 0;
  // The next tab is looked up only once it lies behind: finding lines with tabs stays linear.
  let tab = text.indexOf('\t');
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (tab >= 0 && tab < lineStart) tab = text.indexOf('\t', lineStart);
    if (tab >= 0 && tab < lineEnd) block.push({ start: lineStart, end: lineEnd });
    else {
      flush();
      previousLine = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return { spans, figures };
}

/** 单位：万元 on the line above a table. */
function captionUnit(line: string): string | null {
  const m = CAPTION_UNIT.exec(line);
  return m ? m[1] : null;
}

interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function cellsOf(text: string, line: { start: number; end: number }): Cell[] {
  const cells: Cell[] = [];
  let s = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '\t') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      cells.push({ start: a, end: b, text: text.slice(a, b) });
      s = i + 1;
    }
  }
  return cells;
}

function readTable(text: string, input: string, lines: readonly { start: number; end: number }[], units: UnitMatcher, year: number | null, caption: string | null, tableNo: number, out: DraftFigure[]): void {
  const rows = lines.map((l) => cellsOf(text, l));
  const headerAt = rows.findIndex((r) => r.filter((c) => roleOf(c.text, year).role !== null).length >= 2);
  const header = headerAt >= 0 ? rows[headerAt].map((c) => roleOf(c.text, year)) : null;
  rows.forEach((cells, r) => {
    if (r <= headerAt) return;
    const nonEmpty = cells.filter((c) => c.text !== '');
    if (nonEmpty.length < 2) return;
    const columns: Column[] = cells.map((_, i) => header?.[i] ?? { role: null, unit: null });
    const readings = cells.map((c, i) => (columns[i].role === 'label' || columns[i].role === 'unit' || columns[i].role === 'ignore' || columns[i].role === 'index' ? null : readCell(text, input, c, units)));
    // Without a header, the label is the text before the first figure; the first figure is this year's.
    const firstFigure = readings.findIndex((x) => x !== null);
    const labelCells = header ? cells.filter((_, i) => columns[i].role === 'label') : cells.slice(0, Math.max(0, firstFigure)).filter((c) => readCell(text, input, c, units) === null);
    const rawLabel = (labelCells.length > 0 ? labelCells : cells.filter((_, i) => readings[i] === null && columns[i].role !== 'ignore' && columns[i].role !== 'index' && columns[i].role !== 'unit')).map((c) => c.text).join('');
    const { label, unit: labelUnit, ofWhich } = cleanLabel(rawLabel);
    if (label === '' || NOTE_ROW.test(label)) return;
    const unitCell = cells.find((_, i) => columns[i].role === 'unit')?.text || null;
    cells.forEach((cell, i) => {
      const reading = readings[i];
      if (!reading) return;
      const column = columns[i];
      const role = toFigureRole(header ? column.role : i === firstFigure ? 'level' : null);
      const percent = reading.percent || column.unit === '%' || role.kind === 'yoy' || (unitCell !== null && unitCell === '%');
      const unit = percent ? null : (reading.unit ?? column.unit ?? unitCell ?? labelUnit ?? caption);
      out.push({
        offset: cell.start,
        length: cell.end - cell.start,
        text: input.slice(cell.start, cell.end),
        value: reading.value,
        decimals: reading.decimals,
        power: reading.power,
        approx: reading.approx,
        percent,
        fraction: reading.fraction,
        unit: unit === '' ? null : unit,
        before: label,
        after: '',
        sentence: -tableNo * 100_000 - r,
        paragraph: -tableNo,
        ofWhich,
        role,
        inTable: true,
      });
    });
  });
}

function toFigureRole(role: ColumnRole | null): FigureRole {
  switch (role) {
    case 'level':
      return { kind: 'level' };
    case 'previous':
      return { kind: 'previous' };
    case 'change':
      return { kind: 'change', sign: 0 };
    case 'yoy':
      return { kind: 'yoy', sign: 0 };
    default:
      return { kind: 'unknown' };
  }
}

/** A header cell's role, and a unit in its brackets: 增减率(%) → yoy in %, 2023年 → this year. */
function roleOf(raw: string, year: number | null): Column {
  const key = toMatchKey(raw);
  const bracket = BRACKETED_UNIT.exec(key);
  const unitText = bracket ? bracket[1].replace(UNIT_PREFIX, '') : null;
  const bare = bracket ? key.slice(0, bracket.index) : key;
  const unit = unitText === '%' || unitText === PERCENT_WORD ? '%' : unitText;
  const y = YEAR_HEADER.exec(bare);
  if (y) {
    const n = Number(y[1]);
    return { role: year === null || n === year ? 'level' : n === year - 1 ? 'previous' : null, unit };
  }
  for (const [pattern, role] of COLUMN_LABELS) if (pattern.test(bare)) return { role, unit };
  return { role: null, unit };
}

/** Strips an enumerator, 其中 and a unit in brackets from a row label: "  其中：医院床位（张）" → 医院床位, 张. */
function cleanLabel(raw: string): { label: string; unit: string | null; ofWhich: boolean } {
  let label = raw.replace(/^[\s\u3000]+/, '');
  label = label.replace(LABEL_ENUMERATOR, '');
  const ofWhich = OF_WHICH_LABEL.test(label);
  label = label.replace(OF_WHICH_LABEL, '');
  const bracket = BRACKETED_UNIT.exec(label);
  const unit = bracket ? bracket[1].replace(UNIT_PREFIX, '') : null;
  if (bracket) label = label.slice(0, bracket.index);
  return { label: label.trim(), unit, ofWhich };
}

/** A cell that holds one figure and nothing else (a sign allowed), else null. */
function readCell(text: string, input: string, cell: Cell, units: UnitMatcher): ReturnType<typeof readOne> {
  if (cell.text === '' || NOT_A_FIGURE.test(cell.text)) return null;
  return readOne(text, input, cell, units);
}

function readOne(text: string, input: string, cell: Cell, units: UnitMatcher): StatedNumber | null {
  const sign = /^[-−–+]/.exec(cell.text);
  let at = cell.start + (sign ? 1 : 0);
  const approxWord = CELL_APPROX.exec(text.slice(at, cell.end));
  if (approxWord) at += approxWord[0].length;
  if (at >= cell.end || !FIGURE_START.test(text[at])) return null;
  const r = readFigure(text, input, at, units, null);
  if (r === null || 'skipTo' in r) return null;
  if (r.end !== cell.end) return null;
  const negative = sign !== null && sign[0] !== '+';
  return { value: negative ? r.value.neg() : r.value, decimals: r.decimals, power: r.power, approx: r.approx || approxWord !== null, percent: r.percent, fraction: r.fraction, unit: r.unit };
}
