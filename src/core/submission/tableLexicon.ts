/** Header words of a wide submission table's own columns (序号, 备注) and the colon of 填报单位：X. */

/** Headers of a sequence-number column. */
export const SEQ_LABELS: readonly string[] = ['序号', '行次', 'no', 'no.'];

/** Headers of a notes column. */
export const NOTE_LABELS: readonly string[] = ['备注', '说明', 'note'];

/** A colon in either width: a "label：value" cell belongs to the header block. */
export const LABEL_COLON = /[:：]/;
