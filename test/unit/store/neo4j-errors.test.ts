// Neo4j driver errors become typed store errors by their code: outages and memory exhaustion (503s), terminated
// transactions (said as such, not as a timeout), timeouts, memory limits of one query, and syntax errors in one line.
import { describe, expect, it } from 'vitest';
import {
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreError,
  StoreOverloadedError,
  StoreUnavailableError,
  TransactionTerminatedError,
} from '../../../store/errors.ts';
import { mapNeo4jError } from '../../../store/neo4j-errors.ts';

const neo4jError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.', StoreUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', 'The database is not currently available to serve your request', StoreUnavailableError],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB', StoreOverloadedError],
    // The per-transaction cap reuses the pool's code: this transaction is too big, the server is not busy.
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.0 MiB. db.memory.transaction.max threshold reached', QueryLimitError],
    ['Neo.TransientError.General.OutOfMemoryError', 'There is not enough memory to perform the current task', StoreOverloadedError],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'The allocation of an extra 8 MiB would use more than the limit 256 MiB', QueryLimitError],
    ['Neo.ClientError.Transaction.Terminated', 'The transaction has been terminated. Retry your operation in a new transaction', TransactionTerminatedError],
    ['Neo.TransientError.Transaction.Terminated', 'The transaction has been terminated.', TransactionTerminatedError],
    ['Neo.TransientError.Transaction.LockClientStopped', 'The transaction has been terminated while waiting for a lock', TransactionTerminatedError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'The transaction has not completed within the timeout specified at its start by the client', QueryTimeoutError],
    ['Neo.ClientError.Transaction.Terminated', 'The transaction has been terminated: it timed out (db.transaction.timeout)', QueryTimeoutError],
    ['Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed', ReadOnlyViolationError],
    ['Neo.DatabaseError.General.UnknownError', 'Lexical error at line 1, column 33.  Encountered: <EOF> after : ""', QuerySyntaxError],
    ['Neo.DatabaseError.General.UnknownError', 'Index 21 out of bounds for length 21', StoreError],
  ])('%s (%s) -> %o', (code, message, type) => {
    const mapped = mapNeo4jError(neo4jError(code, message));
    expect(mapped).toBeInstanceOf(type);
    if (type === StoreError) expect(mapped.constructor).toBe(StoreError);
  });

  it('says a terminated transaction was terminated, not that it ran out of time', () => {
    const mapped = mapNeo4jError(neo4jError('Neo.ClientError.Transaction.Terminated', 'The transaction has been terminated.'));
    expect(mapped.message).toMatch(/terminated the transaction/);
    expect(mapped.message).not.toMatch(/in time/);
  });

  it('keeps one line of a multi-line syntax error', () => {
    const mapped = mapNeo4jError(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input \'RETURN\' (line 1, column 10 (offset: 9))\n"MATCH (n RETURN n"\n          ^'));
    expect(mapped).toBeInstanceOf(QuerySyntaxError);
    expect(mapped.message).toBe("Invalid input 'RETURN' (line 1, column 10 (offset: 9))");
  });
});
