type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'trace'];

/**
 * Runs a library call with the console silenced: SheetJS and ExcelJS print their warnings
 * ("Bad uncompressed size", "exceeds 31 chars") with console.error/warn, and the clerk must
 * only ever read Huibian's own one line. What the warning was about is checked, and said, by us.
 */
export function quietly<T>(fn: () => T): T {
  const saved = METHODS.map((m) => console[m]);
  for (const m of METHODS) console[m] = () => undefined;
  try {
    return fn();
  } finally {
    METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}

/** The same around an asynchronous call (ExcelJS loads and writes with promises). */
export async function quietlyAsync<T>(fn: () => Promise<T>): Promise<T> {
  const saved = METHODS.map((m) => console[m]);
  for (const m of METHODS) console[m] = () => undefined;
  try {
    return await fn();
  } finally {
    METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}
