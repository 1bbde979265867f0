/** Maps neo4j-driver errors (Neo4jError codes) to the typed store errors. */
import {
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreError,
  StoreOverloadedError,
  StoreUnavailableError,
  TransactionTerminatedError,
} from './errors.ts';

const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const TERMINATED = new Set(['Neo.ClientError.Transaction.Terminated', 'Neo.TransientError.Transaction.Terminated', 'Neo.TransientError.Transaction.LockClientStopped']);
const OUT_OF_MEMORY = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.OutOfMemoryError', 'Neo.TransientError.General.StackOverFlowError']);
const DATABASE_DOWN = new Set(['Neo.TransientError.General.DatabaseUnavailable', 'Neo.TransientError.Database.DatabaseUnavailable', 'Neo.ClientError.Database.DatabaseNotFound']);

export function mapNeo4jError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  // Neo4j's syntax errors add the query and a caret on further lines; the first line says it all.
  const firstLine = message.split('\n')[0]?.trim() ?? message;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || DATABASE_DOWN.has(code) || /ECONNREFUSED|Failed to connect/i.test(message)) {
    return new StoreUnavailableError(`Neo4j cannot be reached: ${firstLine}`, { cause: error });
  }
  // The per-transaction cap (db.memory.transaction.max) comes back with the pool's code, but it is this transaction's
  // own size, not the server's load: the same transaction fails again, so it is a limit, not "for now".
  if (OUT_OF_MEMORY.has(code) && /db\.memory\.transaction\.max\b/.test(message)) {
    return new QueryLimitError(`the transaction needs more memory than one transaction may use in Neo4j (${firstLine})`, { cause: error });
  }
  if (OUT_OF_MEMORY.has(code)) return new StoreOverloadedError(`Neo4j is out of memory for now: ${firstLine}`, { cause: error });
  if (code === 'Neo.TransientError.General.TransactionMemoryLimit' || code === 'Neo.TransientError.General.MemoryLimitExceeded') {
    return new QueryLimitError(`the query needs more memory than one query may use in Neo4j (${firstLine})`, { cause: error });
  }
  if (code.includes('AccessMode') || code.includes('Security.Forbidden') || /in read access mode/i.test(message)) {
    return new ReadOnlyViolationError(`read-only: the query tries to write (${firstLine})`, { cause: error });
  }
  // A transaction stopped by its own timeout may also come back as Terminated (or MarkedAsFailed), saying why.
  const timedOut = TIMED_OUT.has(code) || ((TERMINATED.has(code) || code.endsWith('TransactionMarkedAsFailed')) && /timeout|timed out/i.test(message));
  if (timedOut) return new QueryTimeoutError(`the query did not finish in time and was stopped (${firstLine})`, { cause: error });
  if (TERMINATED.has(code)) {
    return new TransactionTerminatedError(`Neo4j terminated the transaction before it finished (an administrator, a restart or a conflict); nothing of it was kept (${firstLine})`, { cause: error });
  }
  // Neo4j 5 reports an unterminated /* comment as a DatabaseError ("Lexical error ..."): it is the query's fault.
  const lexical = code === 'Neo.DatabaseError.General.UnknownError' && /^Lexical error at line \d+/.test(firstLine);
  if (lexical || code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure') || code.startsWith('Neo.ClientError.Schema')) {
    return new QuerySyntaxError(firstLine, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') return new StoreUnavailableError(`Neo4j refused the credentials: ${firstLine}`, { cause: error });
  return new StoreError(firstLine, { cause: error });
}
