/** Maps neo4j-driver errors (Neo4jError codes) to the typed store errors. */
import { QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreError, StoreUnavailableError } from './errors.ts';

export function mapNeo4jError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Failed to connect/i.test(message)) {
    return new StoreUnavailableError(`Neo4j cannot be reached: ${message}`, { cause: error });
  }
  if (code.includes('AccessMode') || code.includes('Security.Forbidden') || /in read access mode/i.test(message)) {
    return new ReadOnlyViolationError(`read-only: the query tries to write (${message})`, { cause: error });
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('TransactionMarkedAsFailed') && /timed? ?out/i.test(message)) {
    return new QueryTimeoutError(`the query did not finish in time and was stopped (${message})`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure') || code.startsWith('Neo.ClientError.Schema')) {
    return new QuerySyntaxError(message, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') return new StoreUnavailableError(`Neo4j refused the credentials: ${message}`, { cause: error });
  return new StoreError(message, { cause: error });
}
