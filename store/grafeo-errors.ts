/** Maps @grafeo-db/js errors (GQLSTATUS in `gqlStatus`, GRAFEO-xxxx codes in the message) to the typed store errors. */
import { QueryLimitError, QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreError, StoreUnavailableError } from './errors.ts';

export function mapGrafeoError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { gqlStatus?: unknown } | null)?.gqlStatus;
  const firstLine = message.split('\n')[0] ?? message;
  if (/read-only|permission denied|write operations require/i.test(message)) {
    return new ReadOnlyViolationError(`read-only: the query tries to write (${firstLine})`, { cause: error });
  }
  if (/timeout/i.test(message)) return new QueryTimeoutError(firstLine, { cause: error });
  // grafeo's guard on variable-length patterns: a runaway read cut before the timeout, with advice.
  if (/GRAFEO-Q006/.test(message) && /more than .* (memory|paths)/i.test(message)) {
    return new QueryLimitError(firstLine.replace(/^Query error:\s*GRAFEO-Q006:\s*(execution error:\s*)?/, ''), { cause: error });
  }
  if (/database is closed|cannot be locked/i.test(message)) return new StoreUnavailableError(firstLine, { cause: error });
  if ((typeof status === 'string' && status.startsWith('42')) || /syntax error|semantic error|GRAFEO-Q00[12]/.test(message)) {
    const at = /-->\s*query:(\d+):(\d+)/.exec(message);
    const text = firstLine.replace(/^Query error:\s*/, '').replace(/^GRAFEO-Q00\d:\s*/, '');
    return new QuerySyntaxError(at ? `${text} (at line ${at[1]}, column ${at[2]})` : text, { cause: error });
  }
  return new StoreError(firstLine, { cause: error });
}
