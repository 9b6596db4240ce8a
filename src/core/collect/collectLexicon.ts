/**
 * The Chinese of 导入报送 and 下一年度 (SPEC §1 steps 2–3, §7): the 报送记录 sheet Huibian keeps,
 * and how a year is written on a form. The sheets are the clerk's documents, in Chinese.
 */

/** The 报送记录 sheet: one row per sheet imported (file, unit, time, figures changed). */
export const IMPORT_LOG = {
  sheetName: '报送记录',
  title: '报送记录',
  header: ['时间', '文件', '报送单位', '工作表', '方式', '改动', '改动数据'],
  kinds: { new: '首次报送', resubmission: '重新报送', other: '其他工作表' },
  /** One figure's change in the last column: 来信信访办结件数 3049→3094. */
  change: (indicator: string, reporter: string, old: string | null, next: string | null): string => `${reporter}·${indicator} ${old ?? '空'}→${next ?? '空'}`,
  more: (n: number): string => `等${n}项`,
  separator: '；',
} as const;

/** A year as forms and 报告期 write it. */
export const yearText = (year: number): string => `${year}年`;

/** A year written in a title or header: 2023年 (matched to move it on by a year). */
export const YEAR_IN_TEXT = /(\d{4})(?=\s*年)/g;

/** Why a department file was not imported. */
export const REFUSALS = {
  noSheet: '没有可识别的报送表',
  ownOnly: '只含汇编助手生成的工作表',
  sharedTaken: (sheet: string): string => `“${sheet}”与汇编工作簿中的同名工作表重复，未导入`,
} as const;
