/**
 * The words and marks of report prose that 核稿 reads a figure by (SPEC §6): numerals, the words
 * that make a figure approximate, the marks that end a clause or a sentence, quotes, the change
 * words before a figure and the comparisons that name last year. extract.ts, words.ts and
 * textChecks.ts read them.
 */

// ---------------------------------------------------------------- numbers

/** A numeral, or the end of a sentence or paragraph: the one pass over a draft stops at these. */
export const NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿\n。;；!?]/g;
/** Marks that end a sentence. */
export const SENTENCE_END = '。;；!?';
/** A run of Chinese numerals. */
export const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/y;
/** Chinese numerals that start a figure: a digit and one more character, or 十 (a lone 一 is a word). */
export const CHINESE_FIGURE_START = /^([零〇一二两三四五六七八九].|十)/;
/** 万/亿 written after an Arabic number, longest first, and the power of ten each stands for. */
export const NUMBER_MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['万', 4],
  ['亿', 8],
];
/** A multiplier right after 3/4: 3/4万 is no fraction. */
export const MULTIPLIER_START = /^[万千百亿]/;
/** The Chinese comma: a number never groups its digits with it. */
export const CHINESE_COMMA = '，';
/** 第3: an ordinal, not a figure. */
export const ORDINAL_PREFIX = '第';
/** Closes an enumerator such as (1) or 1、. */
export const ENUMERATOR_CLOSE = /^[)）、]/;
/** After a number: it is a year (2023年). */
export const YEAR_AFTER = /^\s?年/;
/** After a number: it is a month or a day (12月, 6日, 6号). */
export const DATE_AFTER = /^\s?(月|日|号)/;
/** After a number: 日均, 日常 are no date. */
export const NOT_DATE_AFTER = /^\s?日[均常]/;

// ---------------------------------------------------------------- approximation

/** Words before a number that make it approximate (约150). */
export const APPROX_BEFORE: readonly string[] = ['超过', '将近', '大约', '接近', '多达', '约', '近', '超', '逾'];
/** Words that end in an approximation mark without being one: 签约61.2万人 is exact. */
export const NOT_APPROX: readonly string[] = [
  '签约', '履约', '合约', '节约', '制约', '违约', '预约', '特约', '公约', '条约', '集约', '简约', '相约', '邀约', '践约', '守约', '解约', '毁约', '失约', '缔约',
  '婚约', '立约', '契约', '租约', '续约', '订约', '应约', '赴约', '爽约', '最近', '附近', '临近', '就近', '亲近', '靠近', '贴近', '邻近', '相近', '远近', '新近',
  '赶超', '高超',
];
/** Words right after a number that make it approximate (150余). */
export const APPROX_AFTER_NUMBER: readonly string[] = ['余', '多'];
/** Words after a figure's unit that make it approximate (150人以上). */
export const APPROX_AFTER_UNIT: readonly string[] = ['以上', '左右', '上下', '余', '多'];

// ---------------------------------------------------------------- clauses and quotes

/** Marks that end the words naming a figure (tables, clauses, lists). */
export const CLAUSE_BREAK = /[，,。；;：:！!？?\n\t、]/;
/** A conjunction starts a new noun: 重点隐患和5宗 — the 5's words begin after 和. */
export const CONJUNCTION = /(以及|和|与|及(?!时)|或)/g;
/** Quote marks dropped from the words before a figure. */
export const QUOTES_BEFORE = /[“”"‘’《》「」\s]/g;
/** Quote marks dropped from the words after a figure. */
export const QUOTES_AFTER = /[“”"‘’《》\s]/g;
/** Each opening quote mark and its closing one: what they enclose is a name, not statistics. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '《': '》', '"': '"', '「': '」' };
/** An opening quote mark (QUOTE_PAIRS' keys). */
export const QUOTE_OPEN = /[“《"「]/;
/** The quote of a document's title (《2023年方案》): numerals inside are never figures. */
export const TITLE_QUOTE = '《';
/** 其中 and what may follow it before a part's figure. */
export const OF_WHICH = '其中';
export const OF_WHICH_BEFORE = /其中[:：]?\s*[^，,。；;]{0,12}$/;

// ---------------------------------------------------------------- changes on last year

/** Change words at the end of the words before a figure, and the sign they give it. */
export const CHANGE_WORDS: readonly (readonly [string, -1 | 0 | 1])[] = [
  ['增长率', 0], ['增幅', 0], ['增速', 0], ['降幅', -1],
  ['净增', 1], ['净减', -1], ['增长', 1], ['增加', 1], ['上升', 1], ['提高', 1], ['提升', 1], ['下降', -1], ['减少', -1], ['降低', -1], ['回落', -1], ['下滑', -1], ['增', 1], ['减', -1], ['降', -1],
];
/** 增长到, 增至: the level reached, not a change. */
export const LEVEL_REACHED = /(到|至)$/;
/** 新增 states a level. */
export const NEW_LEVEL = /新增$/;
/** Words between a change word and its figure (增长了, 增长达). */
export const CHANGE_LINKS = /(了|达到|达|为|约|近)+$/;
/** The comparison that ends a change's subject (比上年, 同比). */
export const COMPARISON_END = /(比上年|比去年|较上年|较去年|与上年相比|同比|环比|比|较)+$/;
/** A comparison with last year anywhere in the subject. */
export const LAST_YEAR_COMPARISON = /(比上年|比去年|较上年|较去年|同比)/g;
/** What is left of 比2022年增加 once the year's digits end the words. */
export const YEAR_LEFTOVER = /^年度?(同期)?(相比)?$/;

// ---------------------------------------------------------------- learning templates from last year's prose

/** A first-level heading line: 一、总体情况. */
export const HEADING_LINE = /^\s*([一二三四五六七八九十]+)、(.+)$/;
/** Where a heading's title ends. */
export const HEADING_TITLE_END = /[,，。]/;
/** A second-level heading that leads a sentence: （一）信访工作。 */
export const SUBHEADING_LEAD = /^\s*[（(][一二三四五六七八九十]+[)）][^。]*?。/;
/** Marks that end a sentence of a template. */
export const TEMPLATE_SENTENCE_END = '。；;';
/** 同比增长12.3%, 比上年增加120件, 提高0.52个百分点: phrases that state a change, and the template form that writes them. */
export const CHANGE_PHRASES: readonly { readonly pattern: RegExp; readonly form: 'yoy' | 'points' | 'change' }[] = [
  { pattern: /(同比)?(增长|上升|下降|减少)\s*\d+(?:\.\d+)?\s*%/y, form: 'yoy' },
  { pattern: /(提高|上升|下降|降低)\s*\d+(?:\.\d+)?\s*个百分点/y, form: 'points' },
  { pattern: /(增加|减少)\s*\d+(?:\.\d+)?\s*[^\d，,。；;、\s]{1,3}/y, form: 'change' },
];
/** The number in a figure's text, Arabic or Chinese. */
export const FIGURE_NUMBER = /[\d零〇一二两三四五六七八九十百千万亿.,]*\d[\d.,]*|[零〇一二两三四五六七八九十百千万亿]+/;
/** 万 or 亿 at the start of what follows a number. */
export const MULTIPLIER_LEAD = /^[万亿]/;
/** A year written before 年 (2023年): the template writes it as a placeholder. */
export const YEAR_BEFORE_NIAN = /(?<!\d)((?:19|20)\d{2})(?=\s?年)/g;

// ---------------------------------------------------------------- the checks on a draft

/** 占比18.8%: a share of a larger whole. */
export const SHARE_WORD = /占/;
/** Words that name a remainder (其他, 未出结果, 仍在办理): a list that ends in one means to be complete. */
export const REMAINDER = /(其他|其它|其余|剩余|未|仍|尚|待|在办|在审|另有)/;
