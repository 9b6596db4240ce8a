/**
 * The words around an indicator's name in prose that 核稿 matches a figure by (SPEC §6): what a
 * name may drop, what links it to its figure, and what makes it name another indicator.
 * match.ts reads them.
 */

/** Trailing words a name may drop in prose: 床位数 → 床位, 来信信访件数 → 来信信访. */
export const NAME_SUFFIXES: readonly string[] = ['总人数', '人数', '总数', '件数', '个数', '次数', '宗数', '家数', '户数', '数量', '数'];
/** Words after a name and before its figure: 床位数为12680张, 机构共有963个. */
export const LINKS = /(为|达到|达|是|共有|有|共计|共|计|合计|总计|累计|总数|数量|规模|总量|约|近|超过|超|逾)+$/;
/**
 * Words that make a different indicator of the one they qualify: 其他医疗卫生机构 is not
 * 医疗卫生机构, 新增床位 not 床位. A candidate is kept only when its own name has the word.
 */
export const QUALIFIERS: readonly string[] = [
  '其他', '其它', '其余', '另有', '新增', '新建', '新开', '新设', '新招', '新聘', '新录用', '净增',
  '民营', '民办', '私立', '私营', '公立', '公办', '社会办', '政府办', '国有', '集体', '个体', '外资',
  '基层', '重点', '重大', '一般', '级', '以上', '以下', '优质', '示范', '特色', '标准化', '中医', '中西医', '专科', '综合', '妇幼',
  '村', '乡镇', '农村', '城市', '城镇', '市属', '区属', '省属', '门诊', '急诊', '住院', '出院', '入院',
  '男性', '女性', '儿童', '老年', '孕产妇', '婴儿', '残疾', '低保', '特困', '困难', '流动', '常住', '户籍',
  '每', '人均', '平均', '日均', '年均', '户均', '不予', '不合格', '不满意', '未办结', '未结', '未完成', '非公',
];
/** A single character that, right before a name, makes it another (未办结, 非公立, 另). */
export const NEGATORS = /[未非另不]$/;
/** A negation at the start of a name itself (未办结件数): not a negated name. */
export const NEGATED_NAME = /^[未非另不]/;
/** 其中 before a name in the catalogue (其中：医院). */
export const OF_WHICH_PREFIX = /^其中[:：]?/;
/** A bracketed part of a name, in either width: 床位数（张）. */
export const BRACKETED = /[（(][^）)]*[）)]/g;
/** The brackets alone. */
export const BRACKETS = /[（()）]/g;
/**
 * Words that hold a name by accident or mean every kind of it: 其中医院 holds 中医, 各级各类学校
 * means all schools. They are taken out before qualifiers are looked for.
 */
export const NOT_QUALIFYING = /其中|各级各类|各级|各类/g;
/** A unit in points (个百分点): only a rate's change is stated in it. */
export const POINTS_UNIT = /百分点$/;
