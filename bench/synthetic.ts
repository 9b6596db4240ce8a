/**
 * A synthetic compilation for the benchmark: `units` submission sheets of `groups` × 10
 * indicators each, a 全区 sheet reporting the wholes and the rates, a wide sheet (one row per
 * school under a two-row merged header, a 小计 row per block of ten schools and a 合计 row, as
 * 教育局 sends it), a catalogue, a rules sheet and a ledger. Deterministic (a fixed linear congruential sequence), with a few planted slips
 * so that the checks have something to find.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../src/core';

export interface Workload {
  readonly units: number;
  /** Indicator groups; each group is 10 indicators (a total and 3 parts, an item and its 其中, a numerator, a denominator, an amount, a rate). */
  readonly groups: number;
  readonly rules: number;
  readonly ledgerRows: number;
  /** Rows of the wide sheet: schools, in blocks of ten, each block closed by its 小计. */
  readonly schools: number;
}

export const BASE: Workload = { units: 300, groups: 20, rules: 300, ledgerRows: 100_000, schools: 300 };

export function scaled(w: Workload, factor: number): Workload {
  return { units: w.units * factor, groups: w.groups, rules: w.rules * factor, ledgerRows: w.ledgerRows * factor, schools: w.schools * factor };
}

/** Names of a group's indicators, in row order. */
export function groupNames(g: number): string[] {
  return [`总数${g}`, `甲项${g}`, `乙项${g}`, `丙项${g}`, `受理数${g}`, `办结数${g}`, `满意数${g}`, `调查数${g}`, `经费${g}`, `满意率${g}`];
}

export const unitName = (u: number): string => `单位${String(u + 1).padStart(4, '0')}`;
export const TOTAL_UNIT = '全区';
export const WIDE_UNIT = '教育局';
/** The wide sheet's columns B…G: 女生数 is 其中 of 在校学生数, 女教师数 of 专任教师数. */
const WIDE = ['班级数', '在校学生数', '女生数', '招生数', '专任教师数', '女教师数'] as const;
const WIDE_UNITS = ['个', '人', '人', '人', '人', '人'] as const;
const SCHOOL_BLOCK = 10;
const STATUSES = ['办结', '在办', '退回'];
const TOWNS = ['新安', '西乡', '航城', '福永', '福海', '沙井', '新桥', '松岗', '燕罗', '石岩'];

export interface Synthetic {
  readonly grid: WorkbookGrid;
  readonly workload: Workload;
  /** Each unit's values per group: [total, a, b, c, accepted, closed, satisfied, surveyed, amount], and last year's. */
  readonly values: readonly (readonly (readonly number[])[])[];
  readonly previous: readonly (readonly (readonly number[])[])[];
  readonly ledger: readonly (readonly (string | number)[])[];
  readonly ruleTexts: readonly string[];
  /** The same rules as Excel formulas over the same sheets, for the formula baseline. */
  readonly ruleFormulas: readonly string[];
}

export function buildSynthetic(w: Workload): Synthetic {
  let seed = 20231206;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const values: number[][][] = [];
  const previous: number[][][] = [];
  for (let u = 0; u < w.units; u++) {
    const unit: number[][] = [];
    const prev: number[][] = [];
    for (let g = 0; g < w.groups; g++) {
      const a = 10 + rand(500);
      const b = 10 + rand(500);
      const c = 10 + rand(500);
      const accepted = 50 + rand(1000);
      const closed = accepted - rand(40);
      const surveyed = 20 + rand(200);
      const satisfied = surveyed - rand(10);
      const amount = (1000 + rand(100000)) / 100;
      // One unit in fifty writes a total that does not add up.
      const total = a + b + c + (rand(50) === 0 ? 1 : 0);
      unit.push([total, a, b, c, accepted, closed, satisfied, surveyed, amount]);
      prev.push(unit[g].map((v) => Math.round(v * (0.9 + rand(20) / 100) * 100) / 100));
    }
    values.push(unit);
    previous.push(prev);
  }
  const sheets: SheetGrid[] = [catalog(w), ...values.map((v, u) => unitSheet(unitName(u), v, previous[u])), totalSheet(w, values, previous), wideSheet(w, rand)];
  const ledger: (string | number)[][] = [];
  for (let r = 0; r < w.ledgerRows; r++) ledger.push([`L${r + 1}`, STATUSES[rand(3)], TOWNS[rand(10)], 1 + rand(100), `2023-${String(1 + rand(12)).padStart(2, '0')}`]);
  sheets.push({ name: '台账', values: [['编号', '状态', '街道', '金额', '月份'], ...ledger] });
  const { texts: ruleTexts, formulas: ruleFormulas } = rules(w, rand);
  sheets.push({ name: '校验规则', values: [['编号', '规则说明', '表达式', '级别'], ...ruleTexts.map((t, i) => [`R${i + 1}`, `规则${i + 1}`, t, '错误'])] });
  return { grid: { name: 'synthetic.xlsx', sheets }, workload: w, values, previous, ledger, ruleTexts, ruleFormulas };
}

function catalog(w: Workload): SheetGrid {
  const units = Array.from({ length: w.units }, (_, u) => unitName(u)).join('、');
  const rows: CellValue[][] = [['指标名称', '单位', '类型', '小数位', '报送单位', '汇总方式', '合计单位', '上级指标', '关系', '计算公式', '同比阈值']];
  for (let g = 0; g < w.groups; g++) {
    const [total, a, b, c, accepted, closed, satisfied, surveyed, amount, rate] = groupNames(g);
    const summed = (name: string, unit: string, kind: string, extra: CellValue[] = [null, null]): CellValue[] => [name, unit, kind, kind === '数值' ? 2 : null, units, '求和', TOTAL_UNIT, ...extra, null, 30];
    rows.push(summed(total, '件', '计数'));
    for (const part of [a, b, c]) rows.push(summed(part, '件', '计数', [total, '分项']));
    rows.push(summed(accepted, '件', '计数'));
    rows.push(summed(closed, '件', '计数', [accepted, '其中']));
    rows.push(summed(satisfied, '件', '计数'));
    rows.push(summed(surveyed, '件', '计数'));
    rows.push(summed(amount, '万元', '数值'));
    rows.push([rate, '%', '比率', 2, TOTAL_UNIT, '一致', null, null, null, `[${satisfied}]/[${surveyed}]*100`, null]);
  }
  WIDE.forEach((name, i) => {
    const parent = name === '女生数' ? '在校学生数' : name === '女教师数' ? '专任教师数' : null;
    rows.push([name, WIDE_UNITS[i], '计数', null, WIDE_UNIT, '求和', null, parent, parent ? '其中' : null, null, null]);
  });
  return { name: '指标目录', values: rows };
}

/**
 * 学校基本情况: 学校名称 merged down the two header rows, 学生情况 and 教职工情况 merged across
 * their sub-labels; a 小计 row after every ten schools and a 合计 row of the schools. One 小计
 * in thirty was typed over, 9 too many, a `balance` error for the check to find.
 */
function wideSheet(w: Workload, rand: (n: number) => number): SheetGrid {
  const rows: CellValue[][] = [
    ['中小学校基本情况统计表'],
    [`填报单位：${WIDE_UNIT}`, null, null, null, null, '报告期：2023年'],
    ['学校名称', '班级数（个）', '学生情况（人）', null, null, '教职工情况（人）', null],
    [null, null, WIDE[1], WIDE[2], WIDE[3], WIDE[4], WIDE[5]],
  ];
  const all = WIDE.map(() => 0);
  for (let first = 0, block = 0; first < w.schools; first += SCHOOL_BLOCK, block++) {
    const subtotal = WIDE.map(() => 0);
    for (let s = first; s < Math.min(first + SCHOOL_BLOCK, w.schools); s++) {
      const classes = 6 + rand(40);
      const students = classes * (35 + rand(15));
      const teachers = Math.round(students / (12 + rand(6)));
      const school = [classes, students, Math.floor(students * (0.45 + rand(8) / 100)), Math.floor(students / (3 + rand(3))), teachers, Math.floor(teachers * (0.5 + rand(30) / 100))];
      school.forEach((v, i) => (subtotal[i] += v));
      rows.push([`第${s + 1}学校`, ...school]);
    }
    subtotal.forEach((v, i) => (all[i] += v));
    const shown = [...subtotal];
    if (block % 30 === 7) shown[1] += 9;
    rows.push(['小计', ...shown]);
  }
  rows.push(['合计', ...all]);
  return { name: '学校基本情况', values: rows, merges: [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 6 },
  ] };
}

function unitSheet(name: string, values: readonly (readonly number[])[], previous: readonly (readonly number[])[]): SheetGrid {
  const rows: CellValue[][] = [[`${name}统计表`], [`填报单位：${name}`, null, '报告期：2023年'], ['指标名称', '单位', '本年数', '上年数']];
  values.forEach((group, g) => {
    const names = groupNames(g);
    group.forEach((v, i) => rows.push([i === 5 ? `其中：${names[i]}` : names[i], i === 8 ? '万元' : '件', v, previous[g][i]]));
  });
  return { name, values: rows };
}

function totalSheet(w: Workload, values: readonly (readonly (readonly number[])[])[], previous: readonly (readonly (readonly number[])[])[]): SheetGrid {
  const rows: CellValue[][] = [['全区汇总'], [`填报单位：${TOTAL_UNIT}`], ['指标名称', '单位', '本年数', '上年数']];
  for (let g = 0; g < w.groups; g++) {
    const names = groupNames(g);
    for (let i = 0; i < 9; i++) {
      const sum = values.reduce((s, u) => s + u[g][i], 0);
      const prev = previous.reduce((s, u) => s + u[g][i], 0);
      rows.push([names[i], i === 8 ? '万元' : '件', Math.round(sum * 100) / 100, Math.round(prev * 100) / 100]);
    }
    const satisfied = values.reduce((s, u) => s + u[g][6], 0);
    const surveyed = values.reduce((s, u) => s + u[g][7], 0);
    rows.push([names[9], '%', Math.round((satisfied / surveyed) * 10000) / 100, null]);
  }
  return { name: TOTAL_UNIT, values: rows };
}

/** Row (1-based) of indicator i of group g: unit sheets hold 9 per group, the 全区 sheet 10 (with the rate). */
export const unitRow = (g: number, i: number): number => 4 + g * 9 + i;
export const totalRow = (g: number, i: number): number => 4 + g * 10 + i;

function rules(w: Workload, rand: (n: number) => number): { texts: string[]; formulas: string[] } {
  const texts: string[] = [];
  const formulas: string[] = [];
  const last = w.ledgerRows + 1;
  const col = (c: string): string => `'台账'!${c}2:${c}${last}`;
  for (let i = 0; i < w.rules; i++) {
    const u = unitName(rand(w.units));
    const g = rand(w.groups);
    const n = groupNames(g);
    const at = (k: number, sheet = u): string => `'${sheet}'!C${sheet === TOTAL_UNIT ? totalRow(g, k) : unitRow(g, k)}`;
    switch (i % 6) {
      case 0:
        texts.push(`[${u}!${n[5]}] <= [${u}!${n[4]}]`);
        formulas.push(`=${at(5)}<=${at(4)}`);
        break;
      case 1:
        texts.push(`[${u}!${n[1]}] + [${u}!${n[2]}] + [${u}!${n[3]}] = [${u}!${n[0]}]`);
        formulas.push(`=${at(1)}+${at(2)}+${at(3)}=${at(0)}`);
        break;
      case 2:
        texts.push(`[${n[6]}] <= [${n[7]}]`);
        formulas.push(`=${at(6, TOTAL_UNIT)}<=${at(7, TOTAL_UNIT)}`);
        break;
      case 3:
        texts.push(`COUNTIF(台账!状态, "${STATUSES[i % 3]}") <= ${w.ledgerRows}`);
        formulas.push(`=COUNTIF(${col('B')}, "${STATUSES[i % 3]}")<=${w.ledgerRows}`);
        break;
      case 4:
        texts.push(`SUMIF(台账!街道, "${TOWNS[i % 10]}", 台账!金额) >= 0`);
        formulas.push(`=SUMIF(${col('C')}, "${TOWNS[i % 10]}", ${col('D')})>=0`);
        break;
      default: {
        const month = `2023-${String(1 + (i % 12)).padStart(2, '0')}`;
        texts.push(`COUNTIFS(台账!状态, "办结", 台账!月份, "${month}") >= 0`);
        formulas.push(`=COUNTIFS(${col('B')}, "办结", ${col('E')}, "${month}")>=0`);
      }
    }
  }
  return { texts, formulas };
}
