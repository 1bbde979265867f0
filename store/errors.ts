/** Typed store errors (STYLE.md lesson 3): callers branch on the class, never on message text. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
/** The user's Cypher tried to write (or call a writing procedure). Maps to HTTP 403. */
export class ReadOnlyViolationError extends StoreError {}
/** The query was stopped by a resource limit (memory for paths, rows held at once). Maps to HTTP 422. */
export class QueryLimitError extends StoreError {}
/** The query did not finish within its timeout: the limit on time. Maps to HTTP 408. */
export class QueryTimeoutError extends QueryLimitError {}
/** The query does not parse or refers to what does not exist. Maps to HTTP 400. */
export class QuerySyntaxError extends StoreError {}
/** The database cannot be reached right now. Maps to HTTP 503 with Retry-After. */
export class StoreUnavailableError extends StoreError {}
/** The database answers but has no memory (or capacity) left for the work right now. Maps to HTTP 503 with Retry-After. */
export class StoreOverloadedError extends StoreUnavailableError {}
/** The database ended the transaction before it finished (an administrator, a restart, a conflict): nothing of it was committed. Maps to HTTP 503. */
export class TransactionTerminatedError extends StoreError {}
/** A named query that does not exist, or params that do not fit it. Maps to HTTP 404/400. */
export class UnknownQueryError extends StoreError {}
export class InvalidParamsError extends StoreError {}
/** A graph handed to load() that does not fit the schema or refers to nodes that exist nowhere. Maps to HTTP 400. */
export class InvalidGraphError extends StoreError {}
