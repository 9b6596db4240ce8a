/**
 * Excel's own limits that every writer keeps (Excel specifications and limits,
 * support.microsoft.com 1672b34d-7043-467e-8e27-269d656771c3): a sheet, a formula or a row
 * beyond them is refused by office-js and reported as damaged content in an .xlsx.
 */
const MAX_FUNCTION_ARGUMENTS = 255;
const MAX_FORMULA_LENGTH = 8_192;
/** Points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * The most arguments any function call of a formula takes. Strings ("…") and quoted sheet names
 * ('…') are skipped; array constants {…} and bare parentheses are not calls.
 */
function maxFunctionArguments(formula: string): number {
  const stack: { call: boolean; args: number; empty: boolean }[] = [];
  let max = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = closingQuote(formula, i);
      if (stack.length > 0) stack[stack.length - 1].empty = false;
      continue;
    }
    if (ch === '(' || ch === '{') {
      if (stack.length > 0) stack[stack.length - 1].empty = false;
      stack.push({ call: ch === '(' && /[A-Za-z0-9_.]$/.test(formula.slice(Math.max(0, i - 1), i)), args: 1, empty: true });
    } else if (ch === ')' || ch === '}') {
      const top = stack.pop();
      if (top?.call && !top.empty) max = Math.max(max, top.args);
    } else if (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (ch === ',' && top.call) top.args++;
      if (ch.trim() !== '') top.empty = false;
    }
  }
  return max;
}

/** Index of the quote closing the one at `open` (a doubled quote is an escaped one). */
function closingQuote(text: string, open: number): number {
  const q = text[open];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === q) {
      if (text[i + 1] === q) i += 2;
      else return i;
    } else i++;
  }
  return i;
}

/** Whether Excel takes this formula: at most 8,192 characters and 255 arguments per function. */
export function formulaFitsExcel(formula: string): boolean {
  return formula.length <= MAX_FORMULA_LENGTH && maxFunctionArguments(formula) <= MAX_FUNCTION_ARGUMENTS;
}

/**
 * SUM over any number of terms within Excel's 255 arguments: SUM(a,b,…) up to 255 terms, else
 * SUM(SUM(…255 terms),SUM(…)) nested as deep as needed.
 */
export function sumFormula(terms: readonly string[]): string {
  if (terms.length <= MAX_FUNCTION_ARGUMENTS) return `SUM(${terms.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < terms.length; i += MAX_FUNCTION_ARGUMENTS) chunks.push(sumFormula(terms.slice(i, i + MAX_FUNCTION_ARGUMENTS)));
  return sumFormula(chunks);
}
