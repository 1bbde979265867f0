// grafeo's error texts map to the typed store errors the API branches on (a table with what must NOT map too).
import { describe, expect, it } from 'vitest';
import {
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreError,
  StoreUnavailableError,
} from '../../../store/errors.ts';
import { mapGrafeoError } from '../../../store/grafeo-errors.ts';

const PATHS =
  'Query error: GRAFEO-Q006: execution error: A variable-length pattern would hold more than 3355443 paths at once, more than the 256 MiB of memory a path search may use: give the pattern an upper bound';

describe('mapGrafeoError', () => {
  it.each([
    [PATHS, QueryLimitError],
    ['Query exceeded timeout', QueryTimeoutError],
    ['GRAFEO-T003: Cannot write in read-only transaction', ReadOnlyViolationError],
    ['Query error: GRAFEO-Q001: syntax error: unexpected token', QuerySyntaxError],
    ['database is closed', StoreUnavailableError],
  ])('%s', (message, type) => {
    expect(mapGrafeoError(new Error(message))).toBeInstanceOf(type);
  });

  it('keeps the advice of the path guard and drops its code prefix', () => {
    const mapped = mapGrafeoError(new Error(PATHS));
    expect(mapped.message).toMatch(/^A variable-length pattern would hold more than/);
    expect(mapped).not.toBeInstanceOf(QueryTimeoutError);
  });

  it.each([
    'Query error: GRAFEO-Q006: execution error: division by zero',
    'something else went wrong',
  ])('does not call %s a limit', (message) => {
    const mapped = mapGrafeoError(new Error(message));
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped).not.toBeInstanceOf(QueryLimitError);
  });
});
