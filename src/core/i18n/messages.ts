/**
 * Every sentence a clerk reads, as a typed catalogue per language (STYLE.md habit 14): a key
 * added here without a translation fails to compile. Values arrive already formatted
 * ("4418宗", "99.63%"), so the catalogues only place them.
 */

export type Language = 'zh' | 'en';

export interface MessageParams {
  'parse.error': { value: string };
  'parse.date': { raw: string };
  'parse.boolean': { raw: string };
  'parse.text': { raw: string };
  'parse.grouping': { raw: string };
  'parse.uncached': { raw: string };
  'parse.stored-as-text': { raw: string; value: string };
  'parse.approx': { raw: string; value: string };
  'parse.no-table': { sheet: string };
  'catalog.bad-value': { column: string; raw: string; allowed: string };
  'catalog.unknown-parent': { indicator: string; parent: string };
  'catalog.unknown-reporter': { indicator: string; reporter: string };
  'catalog.duplicate': { indicator: string };
  'catalog.cycle': { indicator: string };
  'missing.absent': { indicator: string; reporter: string };
  'missing.blank': { indicator: string; reporter: string };
  'unknown.indicator': { label: string; reporter: string };
  'unknown.no-name': { value: string };
  'unknown.column': { label: string };
  'duplicate.values': { indicator: string; reporter: string; values: string };
  'unit.mismatch': { indicator: string; reporter: string; unit: string; expected: string };
  'unit.converted': { indicator: string; reporter: string; unit: string; expected: string; value: string };
  'type.negative': { indicator: string; reporter: string; value: string };
  'type.fractional': { indicator: string; reporter: string; value: string };
  'type.rate-range': { indicator: string; reporter: string; value: string; min: string; max: string };
  'type.not-rate': { indicator: string; reporter: string; value: string };
  'type.text-expected': { indicator: string; reporter: string; value: string };
  'balance.parts': { indicator: string; reporter: string; total: string; sum: string; parts: string };
  'balance.total-row': { label: string; reporter: string; total: string; sum: string; parts: string };
  'balance.wide': { indicator: string; reporter: string; total: string; sum: string; count: string };
  'balance.rounding': { indicator: string; total: string; sum: string };
  'approx.skipped': { indicator: string; raw: string };
  'part-of': { indicator: string; reporter: string; value: string; parent: string; parentValue: string };
  'ratio.mismatch': { indicator: string; reporter: string; value: string; expected: string; computation: string };
  'ratio.truncated': { indicator: string; reporter: string; value: string; expected: string; computation: string };
  'ratio.undecided': { indicator: string; reasons: string };
  granularity: { indicator: string; reporter: string; value: string; base: string; baseIndicator: string; below: string; above: string };
  'cross-source': { indicator: string; values: string; used: string };
  aggregate: { indicator: string; totalReporter: string; total: string; sum: string; count: string };
  yoy: { indicator: string; reporter: string; value: string; previous: string; change: string; threshold: string };
  'prev-year': { indicator: string; reporter: string; value: string; published: string };
  'rule.failed': { description: string; left: string; op: string; right: string };
  'rule.failed-plain': { description: string };
  'rule.syntax': { id: string; row: string; position: string; error: string };
  'rule.unknown-name': { id: string; row: string; position: string; name: string };
  'rule.type': { id: string; row: string; error: string };
  'rule.undecided': { description: string; reasons: string };
  'rule.bad-severity': { raw: string };
  'narrative.missing-value': { indicator: string; section: string; order: string };
  'narrative.syntax': { section: string; order: string; position: string; error: string };
  'text.mismatch': { text: string; indicator: string; value: string };
  'text.unmatched': { text: string };
  'text.repeat': { indicator: string; first: string; second: string };
  'text.granularity': { text: string; base: string; below: string; above: string };
  'text.balance': { total: string; parts: string; sum: string };
  'text.mismatch-previous': { text: string; indicator: string; value: string };
  'text.mismatch-change': { text: string; indicator: string; value: string };
  'text.ratio': { text: string; expected: string; computation: string };
  'text.truncated': { text: string; expected: string; computation: string };
  'narrative.year-missing': { placeholder: string };
}

export interface HintParams {
  transposed: { suggested: string };
  'unit-slip': { suggested: string };
  'last-year': { previous: string };
  truncated: { rounded: string };
  sign: { suggested: string };
  'percent-scale': { suggested: string };
}

export type MessageKey = keyof MessageParams;
export type HintKey = keyof HintParams;

export type MessageDetail = { [K in MessageKey]: { readonly key: K; readonly params: MessageParams[K] } }[MessageKey];
export type HintDetail = { [K in HintKey]: { readonly key: K; readonly params: HintParams[K] } }[HintKey];

export type MessageCatalog = { readonly [K in MessageKey]: (p: MessageParams[K]) => string };
export type HintCatalog = { readonly [K in HintKey]: (p: HintParams[K]) => string };

const at = (reporter: string): string => (reporter ? `${reporter}填报的` : '');

export const ZH_MESSAGES: MessageCatalog = {
  'parse.error': (p) => `单元格是错误值${p.value}，读不出数值，请改正公式或直接填写数值。`,
  'parse.date': (p) => `此处应填数值，单元格却是日期（${p.raw}），请检查单元格格式。`,
  'parse.boolean': (p) => `此处应填数值，单元格却是逻辑值${p.raw}。`,
  'parse.text': (p) => `“${p.raw}”读不成数值，请填写数字（可带万、亿、%或“余”“约”等字样）。`,
  'parse.grouping': (p) => `“${p.raw}”的千分位逗号位置不对，无法确定数值。`,
  'parse.uncached': (p) => `公式${p.raw}没有计算结果（文件由不计算公式的程序保存），请在Excel或WPS中打开、保存后再核对。`,
  'parse.stored-as-text': (p) => `“${p.raw}”以文本形式存储，已按数值${p.value}读取。`,
  'parse.approx': (p) => `“${p.raw}”是约数，按${p.value}读取，不参与相等核对。`,
  'parse.no-table': (p) => `工作表“${p.sheet}”中没有可识别的数据表，已跳过。`,
  'catalog.bad-value': (p) => `指标目录“${p.column}”列填的“${p.raw}”无法识别，可填：${p.allowed}。`,
  'catalog.unknown-parent': (p) => `指标“${p.indicator}”的上级指标“${p.parent}”不在指标目录中。`,
  'catalog.unknown-reporter': (p) => `指标“${p.indicator}”的合计单位“${p.reporter}”不在其报送单位之外另行报送，无法核对合计。`,
  'catalog.duplicate': (p) => `指标目录中“${p.indicator}”出现了不止一次，以第一次为准。`,
  'catalog.cycle': (p) => `指标“${p.indicator}”的上级指标关系构成循环。`,
  'missing.absent': (p) => `${p.reporter}未报送“${p.indicator}”。`,
  'missing.blank': (p) => `${p.reporter}报送的“${p.indicator}”未填写数值。`,
  'unknown.indicator': (p) => `“${p.label}”不在指标目录中，未纳入汇总。`,
  'unknown.no-name': (p) => `该行填有数值${p.value}，但没有指标名称，无法归入任何指标。`,
  'unknown.column': (p) => `列“${p.label}”不在指标目录中，未纳入汇总。`,
  'duplicate.values': (p) => `${at(p.reporter)}“${p.indicator}”在同一张表中出现多次且数值不同（${p.values}）。`,
  'unit.mismatch': (p) => `${at(p.reporter)}“${p.indicator}”单位为“${p.unit}”，指标目录规定为“${p.expected}”。`,
  'unit.converted': (p) => `${at(p.reporter)}“${p.indicator}”单位为“${p.unit}”，已换算为${p.value}${p.expected}。`,
  'type.negative': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，计数不能为负数。`,
  'type.fractional': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，计数应为整数。`,
  'type.rate-range': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，比率应在${p.min}～${p.max}之间。`,
  'type.not-rate': (p) => `${at(p.reporter)}“${p.indicator}”填报${p.value}，指标目录规定为比率（%），请确认是否为百分数。`,
  'type.text-expected': (p) => `${at(p.reporter)}“${p.indicator}”是文本指标，却填了数值${p.value}。`,
  'balance.parts': (p) => `${at(p.reporter)}“${p.indicator}”为${p.total}，其分项之和为${p.sum}（${p.parts}），二者不等。`,
  'balance.total-row': (p) => `${at(p.reporter)}“${p.label}”行为${p.total}，其上各行之和为${p.sum}（${p.parts}），二者不等。`,
  'balance.wide': (p) => `${at(p.reporter)}“${p.indicator}”合计行为${p.total}，${p.count}个单位之和为${p.sum}，二者不等。`,
  'balance.rounding': (p) => `“${p.indicator}”合计${p.total}与分项之和${p.sum}的差异在四舍五入范围内。`,
  'approx.skipped': (p) => `“${p.indicator}”填的是约数“${p.raw}”，相等核对已跳过。`,
  'part-of': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，大于其所属的“${p.parent}”（${p.parentValue}）。`,
  'ratio.mismatch': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，按${p.computation}计算应为${p.expected}。`,
  'ratio.truncated': (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，按${p.computation}四舍五入应为${p.expected}，填报数是截尾所得。`,
  'ratio.undecided': (p) => `“${p.indicator}”无法按计算公式核对：${p.reasons}。`,
  granularity: (p) => `${at(p.reporter)}“${p.indicator}”为${p.value}，但${p.base}（${p.baseIndicator}）中任何整数件都算不出这个比率（最接近的是${p.below}和${p.above}）。`,
  'cross-source': (p) => `“${p.indicator}”各处填报不一致：${p.values}。汇总暂用${p.used}。`,
  aggregate: (p) => `“${p.indicator}”${p.totalReporter}填报的合计为${p.total}，${p.count}个报送单位之和为${p.sum}，二者不等。`,
  yoy: (p) => `${at(p.reporter)}“${p.indicator}”本年${p.value}，上年${p.previous}，${p.change}，超过同比阈值${p.threshold}。`,
  'prev-year': (p) => `${at(p.reporter)}“${p.indicator}”上年数为${p.value}，与上年公布数${p.published}不一致。`,
  'rule.failed': (p) => `${p.description}：左边为${p.left}，右边为${p.right}，不满足“${p.op}”。`,
  'rule.failed-plain': (p) => `${p.description}：不成立。`,
  'rule.syntax': (p) => `校验规则${p.id}（第${p.row}行）表达式第${p.position}个字符处有误：${p.error}。`,
  'rule.unknown-name': (p) => `校验规则${p.id}（第${p.row}行）表达式第${p.position}个字符处的“${p.name}”不是已知的指标、单位或台账列。`,
  'rule.type': (p) => `校验规则${p.id}（第${p.row}行）无法计算：${p.error}。`,
  'rule.undecided': (p) => `${p.description}：${p.reasons}，无法判断。`,
  'rule.bad-severity': (p) => `校验规则的级别“${p.raw}”无法识别，应填错误、警告或提示；按错误处理。`,
  'narrative.missing-value': (p) => `文字模板（${p.section}第${p.order}条）引用的“${p.indicator}”没有数值，已写为【缺：${p.indicator}】。`,
  'narrative.syntax': (p) => `文字模板（${p.section}第${p.order}条）第${p.position}个字符处有误：${p.error}。`,
  'text.mismatch': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”为${p.value}。`,
  'text.unmatched': (p) => `文稿中的“${p.text}”未能对应到任何指标。`,
  'text.repeat': (p) => `文稿中“${p.indicator}”前后两处数值不同：${p.first}与${p.second}。`,
  'text.granularity': (p) => `文稿中“${p.text}”以${p.base}为基数时，任何整数件都算不出这个比率（最接近的是${p.below}和${p.above}）。`,
  'text.balance': (p) => `文稿中合计“${p.total}”与其中各项（${p.parts}）之和${p.sum}不等。`,
  'text.mismatch-previous': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”上年为${p.value}。`,
  'text.mismatch-change': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”比上年变化${p.value}。`,
  'text.ratio': (p) => `文稿中“${p.text}”与文中数字不符：按${p.computation}计算应为${p.expected}。`,
  'text.truncated': (p) => `文稿中“${p.text}”按${p.computation}四舍五入应为${p.expected}，文中是截尾所得。`,
  'narrative.year-missing': (p) => `文字模板用了{${p.placeholder}}，但报表没有报告期年份，已写为【缺：${p.placeholder}】。`,
};

export const EN_MESSAGES: MessageCatalog = {
  'parse.error': (p) => `The cell holds the error ${p.value}; fix the formula or type the number.`,
  'parse.date': (p) => `A number is due here but the cell holds a date (${p.raw}); check the cell format.`,
  'parse.boolean': (p) => `A number is due here but the cell holds ${p.raw}.`,
  'parse.text': (p) => `"${p.raw}" cannot be read as a number.`,
  'parse.grouping': (p) => `"${p.raw}" has misplaced thousands separators.`,
  'parse.uncached': (p) => `The formula ${p.raw} has no calculated result (saved by a program that does not calculate); open and save the file in Excel or WPS first.`,
  'parse.stored-as-text': (p) => `"${p.raw}" is stored as text; read as ${p.value}.`,
  'parse.approx': (p) => `"${p.raw}" is approximate, read as ${p.value} and left out of equality checks.`,
  'parse.no-table': (p) => `Sheet "${p.sheet}" has no recognisable table and was skipped.`,
  'catalog.bad-value': (p) => `The catalogue's "${p.column}" column holds "${p.raw}", which is not one of: ${p.allowed}.`,
  'catalog.unknown-parent': (p) => `The parent "${p.parent}" of "${p.indicator}" is not in the catalogue.`,
  'catalog.unknown-reporter': (p) => `The total unit "${p.reporter}" of "${p.indicator}" cannot be checked.`,
  'catalog.duplicate': (p) => `"${p.indicator}" appears more than once in the catalogue; the first is used.`,
  'catalog.cycle': (p) => `The parents of "${p.indicator}" form a cycle.`,
  'missing.absent': (p) => `${p.reporter} did not report "${p.indicator}".`,
  'missing.blank': (p) => `${p.reporter} left "${p.indicator}" blank.`,
  'unknown.indicator': (p) => `"${p.label}" is not in the catalogue and was not compiled.`,
  'unknown.no-name': (p) => `This row holds ${p.value} but no indicator name.`,
  'unknown.column': (p) => `Column "${p.label}" is not in the catalogue and was not compiled.`,
  'duplicate.values': (p) => `"${p.indicator}" of ${p.reporter} appears more than once in the sheet with different values (${p.values}).`,
  'unit.mismatch': (p) => `"${p.indicator}" of ${p.reporter} is in "${p.unit}"; the catalogue says "${p.expected}".`,
  'unit.converted': (p) => `"${p.indicator}" of ${p.reporter} is in "${p.unit}"; converted to ${p.value} ${p.expected}.`,
  'type.negative': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; a count cannot be negative.`,
  'type.fractional': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; a count must be whole.`,
  'type.rate-range': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; a rate lies between ${p.min} and ${p.max}.`,
  'type.not-rate': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; the catalogue says it is a rate (%).`,
  'type.text-expected': (p) => `"${p.indicator}" is a text indicator but holds the number ${p.value}.`,
  'balance.parts': (p) => `"${p.indicator}" of ${p.reporter} is ${p.total} but its parts add up to ${p.sum} (${p.parts}).`,
  'balance.total-row': (p) => `The "${p.label}" row of ${p.reporter} is ${p.total} but the rows above add up to ${p.sum} (${p.parts}).`,
  'balance.wide': (p) => `The total row of "${p.indicator}" of ${p.reporter} is ${p.total} but its ${p.count} units add up to ${p.sum}.`,
  'balance.rounding': (p) => `"${p.indicator}" total ${p.total} and the sum of its parts ${p.sum} differ within rounding.`,
  'approx.skipped': (p) => `"${p.indicator}" is the approximate "${p.raw}"; equality checks were skipped.`,
  'part-of': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}, more than "${p.parent}" (${p.parentValue}) it is part of.`,
  'ratio.mismatch': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; ${p.computation} gives ${p.expected}.`,
  'ratio.truncated': (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}; ${p.computation} rounds to ${p.expected}: the figure was truncated.`,
  'ratio.undecided': (p) => `"${p.indicator}" cannot be recomputed from its formula: ${p.reasons}.`,
  granularity: (p) => `"${p.indicator}" of ${p.reporter} is ${p.value}, but no whole number out of ${p.base} (${p.baseIndicator}) gives it (nearest: ${p.below} and ${p.above}).`,
  'cross-source': (p) => `"${p.indicator}" is reported differently: ${p.values}. Using ${p.used} for now.`,
  aggregate: (p) => `"${p.indicator}": ${p.totalReporter} reports a total of ${p.total}, but its ${p.count} reporting units add up to ${p.sum}.`,
  yoy: (p) => `"${p.indicator}" of ${p.reporter}: ${p.value} this year, ${p.previous} last year, ${p.change}, beyond the ${p.threshold} threshold.`,
  'prev-year': (p) => `"${p.indicator}" of ${p.reporter}: last year's ${p.value} differs from the published ${p.published}.`,
  'rule.failed': (p) => `${p.description}: left side ${p.left}, right side ${p.right}, "${p.op}" does not hold.`,
  'rule.failed-plain': (p) => `${p.description}: does not hold.`,
  'rule.syntax': (p) => `Rule ${p.id} (row ${p.row}), character ${p.position}: ${p.error}.`,
  'rule.unknown-name': (p) => `Rule ${p.id} (row ${p.row}), character ${p.position}: "${p.name}" is no known indicator, unit or ledger column.`,
  'rule.type': (p) => `Rule ${p.id} (row ${p.row}) cannot be computed: ${p.error}.`,
  'rule.undecided': (p) => `${p.description}: cannot decide (${p.reasons}).`,
  'rule.bad-severity': (p) => `The rule severity "${p.raw}" is not error, warning or info; treated as error.`,
  'narrative.missing-value': (p) => `Template ${p.section} #${p.order} uses "${p.indicator}", which has no value; written as 【缺：${p.indicator}】.`,
  'narrative.syntax': (p) => `Template ${p.section} #${p.order}, character ${p.position}: ${p.error}.`,
  'text.mismatch': (p) => `"${p.text}" in the draft disagrees with the workbook: "${p.indicator}" is ${p.value}.`,
  'text.unmatched': (p) => `"${p.text}" in the draft matches no indicator.`,
  'text.repeat': (p) => `The draft states "${p.indicator}" twice with different values: ${p.first} and ${p.second}.`,
  'text.granularity': (p) => `"${p.text}" in the draft: no whole number out of ${p.base} gives this rate (nearest: ${p.below} and ${p.above}).`,
  'text.balance': (p) => `The draft's total "${p.total}" differs from the sum ${p.sum} of its parts (${p.parts}).`,
  'text.mismatch-previous': (p) => `"${p.text}" in the draft disagrees with the workbook: last year's "${p.indicator}" is ${p.value}.`,
  'text.mismatch-change': (p) => `"${p.text}" in the draft disagrees with the workbook: "${p.indicator}" changed by ${p.value} from last year.`,
  'text.ratio': (p) => `"${p.text}" in the draft disagrees with the draft's own figures: ${p.computation} gives ${p.expected}.`,
  'text.truncated': (p) => `"${p.text}" in the draft: ${p.computation} rounds to ${p.expected}; the draft truncated it.`,
  'narrative.year-missing': (p) => `A template uses {${p.placeholder}} but the workbook states no reporting year; written as 【缺：${p.placeholder}】.`,
};

export const ZH_HINTS: HintCatalog = {
  transposed: (p) => `疑似相邻两位数字颠倒，可能应为${p.suggested}。`,
  'unit-slip': (p) => `疑似万与个（元）单位混用，相差10⁴倍，可能应为${p.suggested}。`,
  'last-year': (p) => `与上年数${p.previous}相同，疑似误填了上年数据。`,
  truncated: (p) => `疑似截尾而非四舍五入，四舍五入应为${p.rounded}。`,
  sign: (p) => `疑似正负号填反，可能应为${p.suggested}。`,
  'percent-scale': (p) => `疑似把百分数按小数填写，可能应为${p.suggested}。`,
};

export const EN_HINTS: HintCatalog = {
  transposed: (p) => `Two adjacent digits look transposed; probably ${p.suggested}.`,
  'unit-slip': (p) => `Looks like a 10⁴ unit slip (万 vs ones); probably ${p.suggested}.`,
  'last-year': (p) => `Equals last year's ${p.previous}; last year's figure may have been copied.`,
  truncated: (p) => `Truncated instead of rounded; rounding gives ${p.rounded}.`,
  sign: (p) => `The sign looks flipped; probably ${p.suggested}.`,
  'percent-scale': (p) => `A percentage written as a fraction; probably ${p.suggested}.`,
};

const MESSAGES: Record<Language, MessageCatalog> = { zh: ZH_MESSAGES, en: EN_MESSAGES };
const HINTS: Record<Language, HintCatalog> = { zh: ZH_HINTS, en: EN_HINTS };

export function renderMessage(detail: MessageDetail, language: Language = 'zh'): string {
  const render = MESSAGES[language][detail.key] as (p: MessageDetail['params']) => string;
  return render(detail.params);
}

export function renderHint(detail: HintDetail, language: Language = 'zh'): string {
  const render = HINTS[language][detail.key] as (p: HintDetail['params']) => string;
  return render(detail.params);
}
