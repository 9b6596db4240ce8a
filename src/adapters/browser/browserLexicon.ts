/** The browser page's host error, in both languages, in the { message, en } shape of host errors. */
export const NO_WORKBOOK = { zh: '请先打开一个 .xlsx 工作簿，或载入示例。', en: 'Open an .xlsx workbook or load the sample first.' } as const;
