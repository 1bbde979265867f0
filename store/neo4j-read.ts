/**
 * A user's read on Neo4j, as the Neo4j query process (neo4j-reader-child.ts) runs it: in a READ transaction
 * with a server-side timeout, refused unless Neo4j's own plan of it (EXPLAIN, which runs nothing) passes the
 * read-plan guard, its rows capped by count and bytes.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult as Neo4jQueryResult } from 'neo4j-driver';
import type { ReadOnlyRun } from './engine.ts';
import { QuerySyntaxError, QueryTimeoutError, StoreError } from './errors.ts';
import type { QueryResult } from './graph-store.ts';
import { toNeo4jParams } from './neo4j-driver.ts';
import { mapNeo4jError } from './neo4j-errors.ts';
import { neo4jReadPlan } from './neo4j-plan.ts';
import { assertReadPlan } from './read-plan-guard.ts';
import { ResultBudget } from './result-budget.ts';
import { fromNeo4j, normaliseRow } from './row-values.ts';

/** Extra time the client waits past the server's own transaction timeout before giving up itself. */
export const CLIENT_GRACE_MS = 2_000;

/**
 * EXPLAIN plans without running anything. A statement Neo4j fails to even plan with an internal error
 * (its lexer trips on some malformed input) is the query's fault, not the database's: a syntax error.
 */
async function explain(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Neo4jQueryResult> {
  try {
    return await tx.run(`EXPLAIN ${cypher}`, params);
  } catch (error) {
    const mapped = mapNeo4jError(error);
    if (mapped.constructor !== StoreError) throw mapped;
    throw new QuerySyntaxError(`Neo4j could not parse or plan the query: ${mapped.message}`, { cause: error });
  }
}

export async function neo4jReadOnly(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOnlyRun,
): Promise<QueryResult & { truncated: boolean }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(options.maxRows + 1, 1000) });
  let timer: NodeJS.Timeout | undefined;
  const clientTimeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(`the query did not finish within ${options.timeoutMs} ms and was stopped`)), options.timeoutMs + CLIENT_GRACE_MS);
  });
  const work = session.executeRead(
    async (tx) => {
      const neo4jParams = toNeo4jParams(params) as Record<string, unknown>;
      // The planner decides, in this READ transaction, before anything runs.
      if (options.planCheck) assertReadPlan(neo4jReadPlan((await explain(tx, cypher, neo4jParams)).summary));
      const budget = new ResultBudget(options.maxRows, options.maxBytes);
      const result = tx.run(cypher, neo4jParams);
      const columns = (await result.keys()).map(String);
      for await (const record of result) {
        if (!budget.add(normaliseRow(record.toObject(), fromNeo4j))) break;
      }
      return { columns, rows: budget.rows, truncated: budget.truncated };
    },
    { timeout: options.timeoutMs, metadata: { app: 'confgraph', kind: 'user-query' } },
  );
  try {
    return await Promise.race([work, clientTimeout]);
  } catch (error) {
    throw mapNeo4jError(error);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    await session.close();
  }
}
