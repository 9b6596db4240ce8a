/** The Excel adapter's host errors in both languages (errors.ts builds a HostError from each). */

/** One message in the clerk's two languages. */
export interface HostText {
  readonly zh: string;
  readonly en: string;
}

export const HOST_TEXT = {
  protectedSheet: (sheet: string): HostText => ({
    zh: `工作表“${sheet}”受保护，汇编助手不会解除保护；请先撤销保护或换一个名称。`,
    en: `Sheet "${sheet}" is protected; Huibian never unprotects. Unprotect it or rename it.`,
  }),
  protectedWorkbook: {
    zh: '工作簿结构受保护，无法添加工作表；汇编助手不会解除保护。请在“审阅→保护工作簿”中撤销后再试。',
    en: 'The workbook structure is protected, so no sheet can be added; Huibian never unprotects. Unprotect it under Review → Protect Workbook.',
  },
  editingCell: { zh: '您正在编辑单元格，请先按回车或Esc退出编辑，再点一次。', en: 'You are editing a cell: press Enter or Esc, then try again.' },
  veryHiddenSheet: (where: string): HostText => ({
    zh: `单元格 ${where} 在一张深度隐藏的工作表中，Excel界面无法显示它；汇编助手不会改变它的可见性。`,
    en: `Cell ${where} is on a very hidden sheet, which Excel's interface cannot show; Huibian leaves it hidden.`,
  }),
  hiddenSheet: (where: string, sheet: string): HostText => ({
    zh: `单元格 ${where} 在隐藏的工作表“${sheet}”中。可以点“显示该工作表”后再定位。`,
    en: `Cell ${where} is on the hidden sheet "${sheet}". Choose "Show the sheet" to go there.`,
  }),
  nullRead: (sheet: string): HostText => ({ zh: `读取工作表“${sheet}”时Excel没有返回数据，请重试。`, en: `Excel returned no data for sheet "${sheet}"; try again.` }),
  rowTooLarge: (sheet: string, row: number): HostText => ({
    zh: `工作表“${sheet}”第${row}行的数据超过了Excel网页版单次传输的上限（5 MB），无法读取；请在桌面版Excel中使用，或拆分该行的内容。`,
    en: `Row ${row} of sheet "${sheet}" alone is over Excel on the web's 5 MB limit per request; use desktop Excel or split that row.`,
  }),
  accessDenied: { zh: '工作簿或工作表受保护，无法写入；汇编助手不会解除保护。', en: 'The workbook or sheet is protected and cannot be written; Huibian never unprotects.' },
  notFound: { zh: '找不到要定位的工作表或单元格，可能已被改名或删除，请重新核对。', en: 'The sheet or cell is gone (renamed or deleted); run the check again.' },
  payloadTooLarge: {
    zh: 'Excel网页版拒绝了一次过大的数据传输（单次上限5 MB）。这与其他工作簿无关，重试也不会成功；请把这条提示告诉汇编助手的维护人员。',
    en: "Excel on the web refused a request over its 5 MB limit. Other workbooks have nothing to do with it and retrying will not help; please report this to Huibian's maintainers.",
  },
  busy: { zh: 'Excel正忙，请稍候再试。', en: 'Excel is busy; try again in a moment.' },
  unknown: (what: string): HostText => ({ zh: `Excel报告了错误：${what}`, en: `Excel reported an error: ${what}` }),
} as const;

/** The name a workbook goes by when office-js gives none. */
export const CURRENT_WORKBOOK = '当前工作簿';
