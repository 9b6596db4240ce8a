/**
 * Excel's own rules, as the fake office-js enforces them. Each constant names where it was read;
 * test/helpers/fakeExcel.test.ts proves the fake enforces it.
 */

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB"
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Read as 5,000,000 bytes, the stricter of the two readings of "5MB".
 */
export const PAYLOAD_LIMIT = 5_000_000;

/**
 * "The payload size of a request is a combination of: the number of API calls, the number of
 * objects, such as a Range object, the length of value to be set"
 * (learn.microsoft.com/office/dev/add-ins/excel/performance, "Payload size limit best practices").
 * Microsoft does not publish the bytes per call or object; these are calibrated on that page's
 * own example: 10,000 one-cell writes in one sync exceed the limit, the 5,000 of its fix do not
 * (one range object and one call each: 10,000 × 600 > 5,000,000 ≥ 5,000 × 600).
 */
export const CALL_BYTES = 300;
export const OBJECT_BYTES = 300;
/** Bytes a response spends on each loaded object besides its values (not published; a floor). */
export const RESULT_BYTES = 100;

/** Excel specifications and limits (support.microsoft.com, 1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_FUNCTION_ARGUMENTS = 255;
export const MAX_FORMULA_CHARS = 8_192;
export const MAX_ROW_HEIGHT = 409;

/**
 * Sheet names (support.microsoft.com "Rename a worksheet"; FIELD-NOTES.md): not blank, at most 31
 * characters, none of : \ / ? * [ ], not beginning or ending with an apostrophe, not "History",
 * unique ignoring case among all sheets, chart sheets included.
 */
export const MAX_SHEET_NAME = 31;

export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'blank';
  if ([...name].length > MAX_SHEET_NAME) return 'too long';
  if (/[:\\/?*[\]]/.test(name)) return 'forbidden character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe at an end';
  if (name.toLowerCase() === 'history') return 'reserved';
  return null;
}

/**
 * The largest argument count of any function call in a formula, and its length. Strings ("…")
 * and quoted sheet names ('…') are skipped; array constants {…} and bare parentheses are not
 * function calls.
 */
export function formulaShape(formula: string): { maxArguments: number; length: number } {
  const stack: { fn: boolean; args: number; empty: boolean }[] = [];
  let max = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const close = ch;
      i++;
      while (i < formula.length && !(formula[i] === close && formula[i + 1] !== close)) i += formula[i] === close ? 2 : 1;
      if (stack.length > 0) stack[stack.length - 1].empty = false;
      continue;
    }
    if (ch === '(' || ch === '{') {
      const fn = ch === '(' && /[A-Za-z0-9_.]$/.test(formula.slice(0, i));
      if (stack.length > 0) stack[stack.length - 1].empty = false;
      stack.push({ fn, args: 1, empty: true });
      continue;
    }
    if (ch === ')' || ch === '}') {
      const top = stack.pop();
      if (top?.fn) max = Math.max(max, top.empty ? 0 : top.args);
      continue;
    }
    if (stack.length === 0) continue;
    const top = stack[stack.length - 1];
    if (ch === ',' && top.fn) top.args++;
    if (!/\s/.test(ch)) top.empty = false;
  }
  return { maxArguments: max, length: formula.length };
}

/** A thrown office-js error: the fake throws these with Excel's documented codes. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

/** UTF-8 bytes of a value as the request or response carries it (JSON; a Chinese character is 3). */
export function payloadBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
}
