/**
 * Caps a user query's answer by rows and by bytes (its JSON size): rows past the row cap are cut
 * (and the answer says so); an answer that outgrows the byte cap is refused with a QueryLimitError
 * that names the limit, since a cut in the middle of a huge value would be a silently wrong answer.
 */
import { QueryLimitError } from './errors.ts';
import type { RowValue } from './graph-store.ts';

export class ResultBudget {
  private bytes = 2;
  readonly rows: Array<Record<string, RowValue>> = [];
  truncated = false;

  constructor(
    private readonly maxRows: number,
    private readonly maxBytes: number,
  ) {}

  /** Adds a row; false once the row cap is reached (the caller stops reading). */
  add(row: Record<string, RowValue>): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = true;
      return false;
    }
    this.bytes += jsonBytes(row, this.maxBytes - this.bytes + 1) + 1;
    if (this.bytes > this.maxBytes) {
      throw new QueryLimitError(
        `the answer is larger than the limit of ${formatBytes(this.maxBytes)} (after ${this.rows.length} row(s)); return fewer or smaller values, e.g. with LIMIT or by naming properties`,
      );
    }
    this.rows.push(row);
    return true;
  }
}

/**
 * About the size of `value` as JSON (strings counted as UTF-8, not escaped), without building the JSON:
 * JSON.stringify of one 268 MB string would first copy it. Stops counting once past `stopAfter`.
 */
export function jsonBytes(value: RowValue, stopAfter = Infinity): number {
  let total = 0;
  const stack: RowValue[] = [value];
  while (stack.length > 0 && total <= stopAfter) {
    const v = stack.pop() as RowValue;
    if (typeof v === 'string') total += Buffer.byteLength(v, 'utf8') + 2;
    else if (v === null || typeof v !== 'object') total += String(v).length;
    else if (Array.isArray(v)) {
      total += 1 + v.length;
      stack.push(...v);
    } else {
      const entries = Object.entries(v);
      total += 1 + entries.length;
      for (const [key, item] of entries) {
        total += Buffer.byteLength(key, 'utf8') + 3;
        stack.push(item);
      }
    }
  }
  return total;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} kB`;
}
