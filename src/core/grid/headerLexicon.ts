/** The marks printed forms put in a column-letter row under the header: 甲 乙 丙 …, in order. */
export const STEMS = '甲乙丙丁戊己庚辛壬癸';
