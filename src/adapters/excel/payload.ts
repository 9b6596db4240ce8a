/**
 * Excel on the web refuses a request or a response over 5 MB, and counts in a request "the
 * number of API calls, the number of objects, such as a Range object, and the length of value to
 * be set" (learn.microsoft.com/office/dev/add-ins/excel/performance; FIELD-NOTES.md). Every sync
 * the adapter makes is budgeted by an estimate that errs high: calls and objects at 400 bytes
 * each (Microsoft's own example puts a one-cell write — one object, one call — above 500) and
 * values by their UTF-8 bytes, where a Chinese character takes 3.
 */
export const REQUEST_BUDGET = 3_500_000;
export const RESPONSE_BUDGET = 3_000_000;
const CALL_COST = 400;
const OBJECT_COST = 400;

/** UTF-8 bytes of a value as office-js sends it (JSON), counted without building a buffer. */
export function utf8Bytes(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The estimated request bytes of `calls` calls on `objects` new objects carrying `valueBytes`. */
export const opsCost = (calls: number, objects: number, valueBytes = 0): number => calls * CALL_COST + objects * OBJECT_COST + valueBytes;

/**
 * A request that syncs itself before it would pass the budget: reserve the cost of a group of
 * calls, then queue them. Syncs are counted for the tests' and the maintainer's benefit.
 */
export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = REQUEST_BUDGET,
    private readonly beforeSync: () => void = () => undefined,
  ) {}

  /** Makes room for `bytes` more in the current request, syncing first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.beforeSync();
    await this.context.sync();
    this.used = 0;
  }
}
