/**
 * Every sentence a clerk reads about a finding, as a typed catalogue per language (STYLE.md
 * habit 14): a key added to findings/facts.ts without a sentence here fails to compile. The
 * catalogues receive facts (numbers at their decimals, names as data) and do all the wording,
 * including how a value, a list or a reason reads in that language.
 */
import type { Accepted, ExpressionProblem, GrimNeighbour, HintKey, HintParams, MessageKey, MessageParams, MissingValue, NamedValue, Reason, ReporterValue, Shown, TemplateSection, ValueFact, WordColumn } from '../findings/facts';

export type Language = 'zh' | 'en';

export type MessageCatalog = { readonly [K in MessageKey]: (p: MessageParams[K]) => string };
export type HintCatalog = { readonly [K in HintKey]: (p: HintParams[K]) => string };

/** How one language writes the pieces sentences are made of. */
interface Words {
  readonly shown: (v: Shown) => string;
  readonly list: (items: readonly string[]) => string;
  readonly reason: (r: Reason) => string;
  readonly value: (v: ValueFact) => string;
  readonly problem: (p: ExpressionProblem) => string;
}

// ---------------------------------------------------------------- Chinese

const zhShown = (v: Shown): string => v.digits + v.unit;

const zhValue = (v: ValueFact): string => {
  switch (v.kind) {
    case 'number':
      return v.digits;
    case 'bool':
      return v.value ? '成立' : '不成立';
    case 'text':
      return `“${v.text}”`;
    case 'column':
      return `${v.label}列`;
    case 'unknown':
      return '未知';
  }
};

const zhReason = (r: Reason): string => {
  switch (r.kind) {
    case 'missing':
      return `缺少${r.reporter ?? ''}${r.reporter ? '的' : ''}“${r.indicator}”${r.previous ? '上年数' : ''}`;
    case 'division-by-zero':
      return '除数为0';
    case 'approximate':
      return '含约数，不做相等核对';
    case 'unknown-name':
      return `“${r.name}”未能识别`;
  }
};

const zhProblem = (p: ExpressionProblem): string => {
  switch (p.kind) {
    case 'empty': return '表达式是空的';
    case 'extra': return `多余的“${p.text}”`;
    case 'chained-comparison': return '比较不能连写，请用AND连接两个比较';
    case 'too-deep': return p.limit === undefined ? '表达式嵌套过深' : `表达式的项或层次过多（超过${p.limit}层），请拆成几条规则或改用SUM`;
    case 'too-long': return `表达式过长（${p.length}个字符，上限${p.limit}），请拆成几条规则`;
    case 'percent-sign': return '比率按百分数计（99.63%写作99.63），不要写%';
    case 'missing-before': return `“${p.text}”前缺少内容`;
    case 'empty-brackets': return '括号里是空的';
    case 'unbalanced-parens': return '括号没有配对';
    case 'incomplete': return '表达式不完整';
    case 'empty-name': return '方括号里缺少指标名称';
    case 'empty-placeholder': return '大括号里缺少指标名称';
    case 'column-expected': return `“${p.text}”后应是“!”和列名`;
    case 'column-missing': return '“!”后缺少列名或指标名';
    case 'function-unclosed': return `函数${p.name}的括号没有配对`;
    case 'comma-expected': return `函数${p.name}的参数之间应以逗号分隔`;
    case 'unclosed-quote': return '引号没有配对';
    case 'unclosed-bracket': return '方括号没有配对';
    case 'unclosed-single-quote': return '单引号没有配对';
    case 'bad-character': return `无法识别的字符“${p.text}”`;
    case 'no-function': return `没有函数${p.name}`;
    case 'arity': {
      const want = p.min === p.max ? `${p.min}个` : p.max === null ? `至少${p.min}个` : `${p.min}～${p.max}个`;
      return `函数${p.name}需要${want}参数，写了${p.given}个`;
    }
    case 'prev-argument': return 'PREV的参数应是一个指标，如PREV([来信件数])';
    case 'unrecognised': return `“${p.name}”未能识别`;
    case 'number-expected': return `“${p.where}”需要数值，得到的是${zhValue(p.got)}`;
    case 'bool-expected': return `需要“成立/不成立”，得到的是${zhValue(p.got)}`;
    case 'result-not-bool': return `规则的结果应是“成立/不成立”，得到的是${zhValue(p.got)}`;
    case 'incomparable': return `不能比较${zhValue(p.left)}和${zhValue(p.right)}`;
    case 'text-comparison': return '文字只能比较是否相等';
    case 'bool-comparison': return '成立/不成立只能比较是否相等';
    case 'argument-type': return '参数类型不对';
    case 'digits-argument': return '小数位数应为-15到15之间的整数';
    case 'criteria-pairs': return '条件区域和条件应成对出现';
    case 'range-column': return `${p.name}的区域参数应是台账的列，如 信访台账!状态`;
    case 'criterion-type': return `${p.name}的条件应是文字或数值`;
    case 'ragged-ranges': return '各条件区域的行数不一致';
    case 'not-an-indicator': return `“${p.name}”不是指标目录中的指标`;
    case 'stray-close': return '多余的“}”（文字中的大括号请写成“}}”）';
    case 'unclosed-placeholder': return '“{”没有配对的“}”';
    case 'unknown-format': return `不认识的写法“${p.text}”，可用：万、上年、增减、同比、百分点`;
  }
};

/** The words each word column accepts, as the findings list them (catalog/catalogLexicon.ts reads more spellings). */
const ZH_ACCEPTED_WORDS: Record<WordColumn, readonly string[]> = {
  kind: ['计数', '数值', '比率', '文本'],
  aggregation: ['一致', '求和'],
  relation: ['分项', '其中'],
  rounding: ['四舍五入', '截尾', '五成双'],
};

const zhAccepted = (a: Accepted): string => {
  switch (a.kind) {
    case 'one-of': return ZH_ACCEPTED_WORDS[a.column].join('、');
    case 'integer': return `${a.min}～${a.max} 的整数`;
    case 'percent': return '非负的百分数，如 30 或 30%';
    case 'number': return '数值';
    case 'range': return '如 0-100';
  }
};

/**
 * What a placeholder lacks, as the narrative's gap marker names it (【缺：满意率上年数】): the
 * narrative writes Chinese whatever the pane's language, so narrative/render.ts uses this too.
 */
export const zhMissing = (indicator: string, missing: MissingValue): string =>
  missing === 'value' ? indicator : missing === 'previous' ? `${indicator}上年数` : `${indicator}上年数为0，无法计算同比`;

/** A rule by its 编号 and row; one without 编号 by its row alone (校验规则第11行（第11行）, as before). */
const zhRule = (p: { id: string | null; row: number }): string => `校验规则${p.id ?? `第${p.row}行`}（第${p.row}行）`;

/** The 章节 words the narrative gives a template row that names none (narrative/reportLexicon.ts writes them too). */
export const ZH_SECTION_WORDS = { blank: '正文', default: '主要指标' } as const;

const zhSection = (s: TemplateSection): string => (s.kind === 'named' ? s.name : ZH_SECTION_WORDS[s.kind]);

const ZH: Words = { shown: zhShown, list: (items) => items.join('、'), reason: zhReason, value: zhValue, problem: zhProblem };

const at = (reporter: string): string => (reporter ? `${reporter}填报的` : '');
const zhParts = (parts: readonly NamedValue[]): string => parts.map((p) => `${p.name}${p.value ? zhShown(p.value) : '—'}`).join('+');
const zhReporterValue = (v: ReporterValue): string => `${v.reporter}${v.sheet ? `（${v.sheet}表）` : ''} ${zhShown(v.value)}`;
const zhGrim = (g: GrimNeighbour | null): string => (g ? `${g.k}/${g.n}=${zhShown(g.rate)}` : '无');
const zhReasons = (rs: readonly Reason[]): string => (rs.length > 0 ? rs.map(zhReason).join('；') : '缺少数据');

const ZH_MESSAGES: MessageCatalog = {
  'parse.error': (p) => `单元格是错误值${p.value}，读不出数值，请改正公式或直接填写数值。`,
  'parse.date': (p) => `此处应填数值，单元格却是日期（${p.raw}），请检查单元格格式。`,
  'parse.boolean': (p) => `此处应填数值，单元格却是逻辑值${p.raw}。`,
  'parse.text': (p) => `“${p.raw}”读不成数值，请填写数字（可带万、亿、%或“余”“约”等字样）。`,
  'parse.grouping': (p) => `“${p.raw}”的千分位逗号位置不对，无法确定数值。`,
  'parse.uncached': (p) => `公式${p.raw}没有计算结果（文件由不计算公式的程序保存），请在Excel或WPS中打开、保存后再核对。`,
  'parse.stored-as-text': (p) => `“${p.raw}”以文本形式存储，已按数值${zhShown(p.value)}读取。`,
  'parse.approx': (p) => `“${p.raw}”是约数，按${zhShown(p.value)}读取，不参与相等核对。`,
  'catalog.bad-value': (p) => `指标目录“${p.column}”列填的“${p.raw}”无法识别，可填：${zhAccepted(p.accepted)}。`,
  'catalog.unknown-parent': (p) => `指标“${p.indicator}”的上级指标“${p.parent}”不在指标目录中。`,
  'catalog.duplicate': (p) => `指标目录中“${p.indicator}”出现了不止一次，以第一次为准。`,
  'catalog.cycle': (p) => `指标“${p.indicator}”的上级指标关系构成循环。`,
  'missing.absent': (p) => `${p.reporter}未报送“${p.indicator}”。`,
  'missing.blank': (p) => `${p.reporter}报送的“${p.indicator}”未填写数值。`,
  'missing.reporter': (p) => `${p.reporter}尚未报送任何数据，应报${p.indicators.length}项：${ZH.list(p.indicators.map((i) => `“${i}”`))}。`,
  'unknown.indicator': (p) => `“${p.label}”不在指标目录中，未纳入汇总。`,
  'unknown.no-name': (p) => `该行填有数值${p.value}，但没有指标名称，无法归入任何指标。`,
  'unknown.column': (p) => `列“${p.label}”不在指标目录中，未纳入汇总。`,
  'duplicate.values': (p) => `${at(p.reporter)}“${p.indicator}”在同一张表中出现多次且数值不同（${ZH.list(p.values)}）。`,
  'unit.mismatch': (p) => `${at(p.reporter)}“${p.indicator}”单位为“${p.unit}”，指标目录规定为“${p.expected}”。`,
  'unit.converted': (p) => `${at(p.reporter)}“${p.indicator}”单位为“${p.unit}”，已换算为${zhShown(p.value)}。`,
  'type.negative': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，计数不能为负数。`,
  'type.fractional': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，计数应为整数。`,
  'type.rate-range': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，比率应在${p.min}～${p.max}之间。`,
  'balance.parts': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.total)}，其分项之和为${zhShown(p.sum)}（${zhParts(p.parts)}），二者不等。`,
  'balance.total-row': (p) => `${at(p.reporter)}“${p.label}”行为${zhShown(p.total)}，其上各行之和为${zhShown(p.sum)}（${zhParts(p.parts)}），二者不等。`,
  'balance.wide': (p) => `${at(p.reporter)}“${p.indicator}”${p.label}行为${zhShown(p.total)}，${p.count}个单位之和为${zhShown(p.sum)}，二者不等。`,
  'part-of': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，大于其所属的“${p.parent}”（${zhShown(p.parentValue)}）。`,
  'ratio.mismatch': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，按${p.computation}计算应为${zhShown(p.expected)}。`,
  'ratio.truncated': (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，按${p.computation}四舍五入应为${zhShown(p.expected)}，填报数是截尾所得。`,
  'ratio.undecided': (p) => `“${p.indicator}”无法按计算公式核对：${zhReasons(p.reasons)}。`,
  granularity: (p) => `${at(p.reporter)}“${p.indicator}”为${zhShown(p.value)}，但${p.base}（${p.baseIndicator}）中任何整数件都算不出这个比率（最接近的是${zhGrim(p.below)}和${zhGrim(p.above)}）。`,
  'cross-source': (p) => `“${p.indicator}”各处填报不一致：${ZH.list(p.values.map(zhReporterValue))}。汇总暂用${p.used.reporter}的${zhShown(p.used.value)}。`,
  aggregate: (p) => `“${p.indicator}”${p.totalReporter}填报的合计为${zhShown(p.total)}，${p.count}个报送单位之和为${zhShown(p.sum)}，二者不等。`,
  yoy: (p) => `${at(p.reporter)}“${p.indicator}”本年${zhShown(p.value)}，上年${zhShown(p.previous)}，同比${p.up ? '增长' : '下降'}${p.percent}%，超过同比阈值${p.threshold}%。`,
  'prev-year': (p) => `${at(p.reporter)}“${p.indicator}”上年数为${zhShown(p.value)}，与上年公布数${zhShown(p.published)}不一致。`,
  'rule.failed': (p) => `${p.description}：左边为${zhValue(p.left)}，右边为${zhValue(p.right)}，不满足“${p.op}”。`,
  'rule.failed-plain': (p) => `${p.description}：不成立。`,
  'rule.syntax': (p) => `${zhRule(p)}表达式第${p.position}个字符处有误：${zhProblem(p.problem)}。`,
  'rule.unknown-name': (p) => `${zhRule(p)}表达式第${p.position}个字符处的“${p.name}”不是已知的指标、单位或台账列。`,
  'rule.type': (p) => `${zhRule(p)}无法计算：${zhProblem(p.problem)}。`,
  'rule.undecided': (p) => `${p.description}：${zhReasons(p.reasons)}，无法判断。`,
  'rule.bad-severity': (p) => `校验规则的级别“${p.raw}”无法识别，应填错误、警告或提示；按错误处理。`,
  'narrative.missing-value': (p) => `文字模板（${zhSection(p.section)}第${p.order}条）引用的“${zhMissing(p.indicator, p.missing)}”没有数值，已写为【缺：${zhMissing(p.indicator, p.missing)}】。`,
  'narrative.syntax': (p) => `文字模板（${zhSection(p.section)}第${p.order}条）第${p.position}个字符处有误：${zhProblem(p.problem)}。`,
  'text.mismatch': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”为${p.asWritten ? `${zhShown(p.asWritten)}（${zhShown(p.value)}）` : zhShown(p.value)}。`,
  'text.mismatch-previous': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”上年为${zhShown(p.value)}。`,
  'text.mismatch-change': (p) => `文稿中“${p.text}”与报表数据不符：“${p.indicator}”比上年变化${zhShown(p.change)}。`,
  'text.ratio': (p) => `文稿中“${p.text}”与文中数字不符：按${p.computation}计算应为${zhShown(p.expected)}。`,
  'text.truncated': (p) => `文稿中“${p.text}”按${p.computation}四舍五入应为${zhShown(p.expected)}，文中是截尾所得。`,
  'narrative.year-missing': (p) => `文字模板用了{${p.placeholder}}，但报表没有报告期年份，已写为【缺：${p.placeholder}】。`,
  'text.unmatched': (p) => `文稿中的“${p.text}”未能对应到任何指标。`,
  'text.repeat': (p) => `文稿中“${p.indicator}”前后两处数值不同：${p.first}与${p.second}。`,
  'text.granularity': (p) => `文稿中“${p.text}”以${p.base}为基数时，任何整数件都算不出这个比率（最接近的是${zhGrim(p.below)}和${zhGrim(p.above)}）。`,
  'text.balance': (p) => `文稿中合计“${p.total}”与其中各项（${p.parts.join('+')}）之和${p.sum}不等。`,
};

const ZH_HINTS: HintCatalog = {
  transposed: (p) => `疑似相邻两位数字颠倒，可能应为${zhShown(p.suggested)}。`,
  'unit-slip': (p) => `疑似万与个（元）单位混用，相差10⁴倍，可能应为${zhShown(p.suggested)}。`,
  'last-year': (p) => `与上年数${zhShown(p.previous)}相同，疑似误填了上年数据。`,
  truncated: (p) => `疑似截尾而非四舍五入，四舍五入应为${zhShown(p.rounded)}。`,
  sign: (p) => `疑似正负号填反，可能应为${zhShown(p.suggested)}。`,
  'percent-scale': (p) => `疑似把百分数按小数填写，可能应为${zhShown(p.suggested)}。`,
};

// ---------------------------------------------------------------- English

/** The unit is catalogue data: kept as written, after the number. */
const enShown = (v: Shown): string => (v.unit === '' ? v.digits : v.unit === '%' ? `${v.digits}%` : `${v.digits} ${v.unit}`);

const enValue = (v: ValueFact): string => {
  switch (v.kind) {
    case 'number':
      return v.digits;
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'text':
      return `"${v.text}"`;
    case 'column':
      return `the column ${v.label}`;
    case 'unknown':
      return 'unknown';
  }
};

const enReason = (r: Reason): string => {
  switch (r.kind) {
    case 'missing':
      return `${r.previous ? "last year's " : ''}"${r.indicator}"${r.reporter ? ` of ${r.reporter}` : ''} is missing`;
    case 'division-by-zero':
      return 'division by zero';
    case 'approximate':
      return 'an approximate figure is not compared for equality';
    case 'unknown-name':
      return `"${r.name}" is not recognised`;
  }
};

const enProblem = (p: ExpressionProblem): string => {
  switch (p.kind) {
    case 'empty': return 'the expression is empty';
    case 'extra': return `unexpected "${p.text}"`;
    case 'chained-comparison': return 'comparisons cannot be chained; join two comparisons with AND';
    case 'too-deep': return p.limit === undefined ? 'the expression is nested too deeply' : `the expression has more than ${p.limit} terms or levels; split the rule or use SUM`;
    case 'too-long': return `the expression is ${p.length} characters long, over the limit of ${p.limit}; split the rule`;
    case 'percent-sign': return 'rates are in percent (99.63% is written 99.63); leave out the %';
    case 'missing-before': return `something is missing before "${p.text}"`;
    case 'empty-brackets': return 'the parentheses are empty';
    case 'unbalanced-parens': return 'unbalanced parentheses';
    case 'incomplete': return 'the expression is incomplete';
    case 'empty-name': return 'the square brackets hold no indicator name';
    case 'empty-placeholder': return 'the braces hold no indicator name';
    case 'column-expected': return `"${p.text}" must be followed by "!" and a column name`;
    case 'column-missing': return 'a column or indicator name is missing after "!"';
    case 'function-unclosed': return `the parentheses of ${p.name} are not closed`;
    case 'comma-expected': return `the arguments of ${p.name} must be separated by commas`;
    case 'unclosed-quote': return 'unclosed quotation mark';
    case 'unclosed-bracket': return 'unclosed square bracket';
    case 'unclosed-single-quote': return 'unclosed single quote';
    case 'bad-character': return `unrecognised character "${p.text}"`;
    case 'no-function': return `there is no function ${p.name}`;
    case 'arity': {
      const want = p.min === p.max ? `${p.min}` : p.max === null ? `at least ${p.min}` : `${p.min} to ${p.max}`;
      return `${p.name} takes ${want} arguments, ${p.given} given`;
    }
    case 'prev-argument': return 'the argument of PREV must be one indicator, e.g. PREV([x])';
    case 'unrecognised': return `"${p.name}" is not recognised`;
    case 'number-expected': return `"${p.where}" needs a number, got ${enValue(p.got)}`;
    case 'bool-expected': return `a true/false value is needed, got ${enValue(p.got)}`;
    case 'result-not-bool': return `a rule must come out true or false, this one gives ${enValue(p.got)}`;
    case 'incomparable': return `${enValue(p.left)} and ${enValue(p.right)} cannot be compared`;
    case 'text-comparison': return 'text can only be compared for equality';
    case 'bool-comparison': return 'true/false can only be compared for equality';
    case 'argument-type': return 'wrong argument type';
    case 'digits-argument': return 'the number of digits must be a whole number from -15 to 15';
    case 'criteria-pairs': return 'criteria ranges and criteria must come in pairs';
    case 'range-column': return `the range argument of ${p.name} must be a ledger column`;
    case 'criterion-type': return `the criterion of ${p.name} must be text or a number`;
    case 'ragged-ranges': return 'the criteria ranges differ in length';
    case 'not-an-indicator': return `"${p.name}" is not an indicator of the catalogue`;
    case 'stray-close': return 'a stray "}" (write "}}" for a brace in the text)';
    case 'unclosed-placeholder': return 'a "{" has no matching "}"';
    case 'unknown-format': return `unknown form "${p.text}"; the forms are 万, 上年, 增减, 同比 and 百分点`;
  }
};

const EN_ACCEPTED_WORDS: Record<WordColumn, readonly string[]> = {
  kind: ['count', 'amount', 'rate', 'text'],
  aggregation: ['agree', 'sum'],
  relation: ['parts', 'of-which'],
  rounding: ['half-up', 'truncate', 'half-even'],
};

const enAccepted = (a: Accepted): string => {
  switch (a.kind) {
    case 'one-of': return `one of ${EN_ACCEPTED_WORDS[a.column].join(', ')}`;
    case 'integer': return `a whole number from ${a.min} to ${a.max}`;
    case 'percent': return 'a percentage of 0 or more, e.g. 30 or 30%';
    case 'number': return 'a number';
    case 'range': return 'a range such as 0-100';
  }
};

const EN_MISSING: Record<MissingValue, (indicator: string) => string> = {
  value: (indicator) => `uses "${indicator}", which has no value`,
  previous: (indicator) => `uses last year's "${indicator}", which has no value`,
  'zero-previous': (indicator) => `uses the growth rate of "${indicator}", which cannot be computed: last year's value is 0`,
};

const enRule = (p: { id: string | null; row: number }): string => (p.id === null ? `The rule in row ${p.row}` : `Rule ${p.id} (row ${p.row})`);

const enSection = (s: TemplateSection): string =>
  s.kind === 'named' ? `Template ${s.name}` : s.kind === 'blank' ? 'Template (no section)' : 'Default template (indicators with no section)';

const EN: Words = { shown: enShown, list: (items) => items.join(', '), reason: enReason, value: enValue, problem: enProblem };

const of = (reporter: string): string => (reporter ? ` of ${reporter}` : '');
const enParts = (parts: readonly NamedValue[]): string => parts.map((p) => `${p.name} ${p.value ? enShown(p.value) : '-'}`).join(' + ');
const enReporterValue = (v: ReporterValue): string => `${v.reporter}${v.sheet ? ` (sheet ${v.sheet})` : ''} ${enShown(v.value)}`;
const enGrim = (g: GrimNeighbour | null): string => (g ? `${g.k}/${g.n} = ${enShown(g.rate)}` : 'none');
const enReasons = (rs: readonly Reason[]): string => (rs.length > 0 ? rs.map(enReason).join('; ') : 'data is missing');

export const EN_MESSAGES: MessageCatalog = {
  'parse.error': (p) => `The cell holds the error ${p.value}; fix the formula or type the number.`,
  'parse.date': (p) => `A number is due here but the cell holds a date (${p.raw}); check the cell format.`,
  'parse.boolean': (p) => `A number is due here but the cell holds ${p.raw}.`,
  'parse.text': (p) => `"${p.raw}" cannot be read as a number.`,
  'parse.grouping': (p) => `"${p.raw}" has misplaced thousands separators.`,
  'parse.uncached': (p) => `The formula ${p.raw} has no calculated result (saved by a program that does not calculate); open and save the file in Excel or WPS first.`,
  'parse.stored-as-text': (p) => `"${p.raw}" is stored as text; read as ${enShown(p.value)}.`,
  'parse.approx': (p) => `"${p.raw}" is approximate, read as ${enShown(p.value)} and left out of equality checks.`,
  'catalog.bad-value': (p) => `The catalogue's "${p.column}" column holds "${p.raw}"; it takes ${enAccepted(p.accepted)}.`,
  'catalog.unknown-parent': (p) => `The parent "${p.parent}" of "${p.indicator}" is not in the catalogue.`,
  'catalog.duplicate': (p) => `"${p.indicator}" appears more than once in the catalogue; the first is used.`,
  'catalog.cycle': (p) => `The parents of "${p.indicator}" form a cycle.`,
  'missing.absent': (p) => `${p.reporter} did not report "${p.indicator}".`,
  'missing.blank': (p) => `${p.reporter} left "${p.indicator}" blank.`,
  'missing.reporter': (p) => `${p.reporter} has sent nothing yet; it owes ${p.indicators.length}: ${EN.list(p.indicators.map((i) => `"${i}"`))}.`,
  'unknown.indicator': (p) => `"${p.label}" is not in the catalogue and was not compiled.`,
  'unknown.no-name': (p) => `This row holds ${p.value} but no indicator name.`,
  'unknown.column': (p) => `Column "${p.label}" is not in the catalogue and was not compiled.`,
  'duplicate.values': (p) => `"${p.indicator}"${of(p.reporter)} appears more than once in the sheet with different values (${EN.list(p.values)}).`,
  'unit.mismatch': (p) => `"${p.indicator}"${of(p.reporter)} is in "${p.unit}"; the catalogue says "${p.expected}".`,
  'unit.converted': (p) => `"${p.indicator}"${of(p.reporter)} is in "${p.unit}"; converted to ${enShown(p.value)}.`,
  'type.negative': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}; a count cannot be negative.`,
  'type.fractional': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}; a count must be whole.`,
  'type.rate-range': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}; a rate lies between ${p.min} and ${p.max}.`,
  'balance.parts': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.total)} but its parts add up to ${enShown(p.sum)} (${enParts(p.parts)}).`,
  'balance.total-row': (p) => `The "${p.label}" row${of(p.reporter)} is ${enShown(p.total)} but the rows above add up to ${enShown(p.sum)} (${enParts(p.parts)}).`,
  'balance.wide': (p) => `The "${p.label}" row of "${p.indicator}"${of(p.reporter)} is ${enShown(p.total)} but its ${p.count} units add up to ${enShown(p.sum)}.`,
  'part-of': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}, more than "${p.parent}" (${enShown(p.parentValue)}) it is part of.`,
  'ratio.mismatch': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}; ${p.computation} gives ${enShown(p.expected)}.`,
  'ratio.truncated': (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}; ${p.computation} rounds to ${enShown(p.expected)}: the figure was truncated.`,
  'ratio.undecided': (p) => `"${p.indicator}" cannot be recomputed from its formula: ${enReasons(p.reasons)}.`,
  granularity: (p) => `"${p.indicator}"${of(p.reporter)} is ${enShown(p.value)}, but no whole number out of ${p.base} (${p.baseIndicator}) gives it (nearest: ${enGrim(p.below)} and ${enGrim(p.above)}).`,
  'cross-source': (p) => `"${p.indicator}" is reported differently: ${EN.list(p.values.map(enReporterValue))}. Using ${enShown(p.used.value)} of ${p.used.reporter} for now.`,
  aggregate: (p) => `"${p.indicator}": ${p.totalReporter} reports a total of ${enShown(p.total)}, but its ${p.count} reporting units add up to ${enShown(p.sum)}.`,
  yoy: (p) => `"${p.indicator}"${of(p.reporter)}: ${enShown(p.value)} this year, ${enShown(p.previous)} last year, ${p.up ? 'up' : 'down'} ${p.percent}% year on year, beyond the ${p.threshold}% threshold.`,
  'prev-year': (p) => `"${p.indicator}"${of(p.reporter)}: last year's ${enShown(p.value)} differs from the published ${enShown(p.published)}.`,
  'rule.failed': (p) => `${p.description}: left side ${enValue(p.left)}, right side ${enValue(p.right)}, "${p.op}" does not hold.`,
  'rule.failed-plain': (p) => `${p.description}: does not hold.`,
  'rule.syntax': (p) => `${enRule(p)}, character ${p.position}: ${enProblem(p.problem)}.`,
  'rule.unknown-name': (p) => `${enRule(p)}, character ${p.position}: "${p.name}" is no known indicator, unit or ledger column.`,
  'rule.type': (p) => `${enRule(p)} cannot be computed: ${enProblem(p.problem)}.`,
  'rule.undecided': (p) => `${p.description}: cannot decide (${enReasons(p.reasons)}).`,
  'rule.bad-severity': (p) => `The rule severity "${p.raw}" is not error, warning or info; treated as error.`,
  'narrative.missing-value': (p) => `${enSection(p.section)} #${p.order} ${EN_MISSING[p.missing](p.indicator)}; a gap marker was written in its place.`,
  'narrative.syntax': (p) => `${enSection(p.section)} #${p.order}, character ${p.position}: ${enProblem(p.problem)}.`,
  'text.mismatch': (p) => `"${p.text}" in the draft disagrees with the workbook: "${p.indicator}" is ${p.asWritten ? `${enShown(p.asWritten)} (${enShown(p.value)})` : enShown(p.value)}.`,
  'text.mismatch-previous': (p) => `"${p.text}" in the draft disagrees with the workbook: last year's "${p.indicator}" is ${enShown(p.value)}.`,
  'text.mismatch-change': (p) => `"${p.text}" in the draft disagrees with the workbook: "${p.indicator}" changed by ${enShown(p.change)} from last year.`,
  'text.ratio': (p) => `"${p.text}" in the draft disagrees with the draft's own figures: ${p.computation} gives ${enShown(p.expected)}.`,
  'text.truncated': (p) => `"${p.text}" in the draft: ${p.computation} rounds to ${enShown(p.expected)}; the draft truncated it.`,
  'narrative.year-missing': (p) => `A template uses {${p.placeholder}} but the workbook states no reporting year; a gap marker was written in its place.`,
  'text.unmatched': (p) => `"${p.text}" in the draft matches no indicator.`,
  'text.repeat': (p) => `The draft states "${p.indicator}" twice with different values: "${p.first}" and "${p.second}".`,
  'text.granularity': (p) => `"${p.text}" in the draft: no whole number out of ${p.base} gives this rate (nearest: ${enGrim(p.below)} and ${enGrim(p.above)}).`,
  'text.balance': (p) => `The draft's total "${p.total}" differs from the sum ${p.sum} of its parts (${EN.list(p.parts.map((x) => `"${x}"`))}).`,
};

export const EN_HINTS: HintCatalog = {
  transposed: (p) => `Two adjacent digits look transposed; probably ${enShown(p.suggested)}.`,
  'unit-slip': (p) => `Looks like a 10⁴ unit slip (ten-thousands vs ones); probably ${enShown(p.suggested)}.`,
  'last-year': (p) => `Equals last year's ${enShown(p.previous)}; last year's figure may have been copied.`,
  truncated: (p) => `Truncated instead of rounded; rounding gives ${enShown(p.rounded)}.`,
  sign: (p) => `The sign looks flipped; probably ${enShown(p.suggested)}.`,
  'percent-scale': (p) => `A percentage written as a fraction; probably ${enShown(p.suggested)}.`,
};

export const MESSAGES: Record<Language, MessageCatalog> = { zh: ZH_MESSAGES, en: EN_MESSAGES };
export const HINTS: Record<Language, HintCatalog> = { zh: ZH_HINTS, en: EN_HINTS };
