/**
 * Input Huibian cannot use at all (not an .xlsx, too large, encrypted). The message is one
 * line a clerk can act on, naming the file and, where there is one, the sheet and cell.
 */
export class UnusableInputError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(`${file}${sheet ? `，工作表“${sheet}”` : ''}${cell ? `，单元格${cell}` : ''}：${reason}`);
    this.name = 'UnusableInputError';
  }
}
