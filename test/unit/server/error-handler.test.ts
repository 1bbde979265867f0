// Every typed store error maps to its HTTP status and a message; unknown errors are not mapped (they become a bare 500).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  InvalidGraphError,
  InvalidParamsError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreOverloadedError,
  StoreUnavailableError,
  TransactionTerminatedError,
  UnknownQueryError,
} from '../../../store/errors.ts';
import { toErrorReply } from '../../../server/error-handler.ts';
import { HttpError } from '../../../server/http-error.ts';

describe('toErrorReply', () => {
  it.each([
    [new ReadOnlyViolationError('CREATE is a write'), 403, 'read_only'],
    [new QueryTimeoutError('ran 5000 ms'), 408, 'query_timeout'],
    [new QueryLimitError('more than 3355443 paths'), 422, 'query_limit'],
    [new QuerySyntaxError('bad token'), 400, 'query_syntax'],
    [new UnknownQueryError('no such query'), 404, 'unknown_query'],
    [new InvalidParamsError('limit: too big'), 400, 'invalid_params'],
    [new InvalidGraphError('edge to nowhere'), 400, 'invalid_graph'],
    [new HttpError(418, 'teapot', 'short and stout'), 418, 'teapot'],
  ])('%s -> %i', (error, status, code) => {
    const reply = toErrorReply(error);
    expect(reply).toMatchObject({ status, code });
    expect(reply?.message).toContain(error.message);
  });

  it.each([
    [new StoreUnavailableError('Neo4j cannot be reached: connect ECONNREFUSED 127.0.0.1:4240'), 'store_unavailable', /cannot be reached/],
    [new StoreOverloadedError('Neo4j is out of memory for now: MemoryPoolOutOfMemoryError at 10.1.2.3'), 'store_overloaded', /out of memory/],
    [new TransactionTerminatedError('Neo4j terminated the transaction (bolt://10.0.0.5:7687)'), 'transaction_terminated', /terminated the transaction/],
  ])('%s -> 503 with Retry-After, saying what happened without the internal details', (error, code, says) => {
    const reply = toErrorReply(error);
    expect(reply).toMatchObject({ status: 503, code });
    expect(reply?.retryAfter).toBeGreaterThan(0);
    expect(reply?.message).toMatch(says);
    expect(reply?.message).not.toMatch(/\d+\.\d+\.\d+\.\d+|ECONNREFUSED|bolt:|:\d{2,5}/);
  });

  it('says why a write was refused', () => {
    expect(toErrorReply(new ReadOnlyViolationError('DELETE is a write'))?.message).toMatch(/read-only.*DELETE is a write/);
  });

  it('lists zod issues with their paths', () => {
    const result = z.object({ limit: z.number().max(5) }).safeParse({ limit: 9 });
    const reply = toErrorReply(result.error);
    expect(reply).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(reply?.message).toMatch(/^limit: /);
  });

  it('maps body-parser errors', () => {
    expect(toErrorReply(Object.assign(new Error('x'), { type: 'entity.too.large', status: 413, limit: 10 }))).toMatchObject({ status: 413 });
    expect(toErrorReply(Object.assign(new Error('x'), { type: 'entity.parse.failed', status: 400 }))).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('leaves unknown errors to the 500 path', () => {
    expect(toErrorReply(new Error('secret detail'))).toBeNull();
    expect(toErrorReply('a string')).toBeNull();
  });
});
