/**
 * Child process behind EmbeddedReader: holds a read-only @grafeo-db/js handle on a snapshot file
 * (the engine refuses every write on it) and answers one query at a time over IPC: grafeo's EXPLAIN
 * of the query must pass the read-plan guard before it runs, and its rows must fit the byte cap.
 * The parent kills it when a query outruns its timeout or its memory cap, which is the only way to
 * stop a running grafeo query.
 */
import pkg from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { QueryLimitError, QuerySyntaxError, ReadOnlyViolationError } from './errors.ts';
import { mapGrafeoError } from './grafeo-errors.ts';
import { grafeoReadPlan } from './grafeo-plan.ts';
import { assertReadPlan } from './read-plan-guard.ts';
import { ResultBudget } from './result-budget.ts';
import { fromGrafeo, normaliseRow } from './row-values.ts';
import type { ReaderFailure, ReaderReply, ReaderRequest } from './embedded-reader-protocol.ts';

const { GrafeoDB } = pkg;
let db: GrafeoDBType | null = null;

function reply(message: ReaderReply): void {
  process.send?.(message);
}

async function checkPlan(handle: GrafeoDBType, cypher: string, params: Record<string, unknown>): Promise<void> {
  const explained = await handle.executeCypher(`EXPLAIN ${cypher}`, params).catch((error: unknown) => {
    // A query grafeo cannot parse is the user's syntax error; one it parses but cannot plan as a query
    // (schema and session commands) is not a read.
    if (mapGrafeoError(error) instanceof QuerySyntaxError) throw error;
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new ReadOnlyViolationError(`read-only: the query is not a plain read (${firstLine.replace(/^(Query|Database) error:\s*/, '')})`);
  });
  const plan = explained.toArray()[0]?.plan;
  if (typeof plan !== 'string') throw new ReadOnlyViolationError('read-only: the query has no plan to check');
  assertReadPlan(grafeoReadPlan(plan));
}

async function handle(request: ReaderRequest): Promise<void> {
  try {
    if (request.type === 'open') {
      db?.close();
      db = GrafeoDB.openReadOnly(request.path);
      reply({ id: request.id, ok: true, columns: [], rows: [], truncated: false });
      return;
    }
    if (!db) throw new Error('no snapshot is open');
    if (request.planCheck) await checkPlan(db, request.cypher, request.params);
    const result = await db.executeCypher(request.cypher, request.params);
    const budget = new ResultBudget(request.maxRows, request.maxBytes);
    for (const row of result.toArray()) if (!budget.add(normaliseRow(row, fromGrafeo))) break;
    reply({ id: request.id, ok: true, columns: result.columns, rows: budget.rows, truncated: budget.truncated });
  } catch (error) {
    const failure: ReaderFailure = error instanceof ReadOnlyViolationError ? 'refused' : error instanceof QueryLimitError ? 'limit' : 'engine';
    const gqlStatus = (error as { gqlStatus?: unknown }).gqlStatus;
    reply({
      id: request.id,
      ok: false,
      failure,
      message: error instanceof Error ? error.message : String(error),
      gqlStatus: typeof gqlStatus === 'string' ? gqlStatus : undefined,
    });
  }
}

process.on('message', (request: ReaderRequest) => void handle(request));
process.on('disconnect', () => process.exit(0));
