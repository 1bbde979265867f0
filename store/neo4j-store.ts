/**
 * The Neo4j store: neo4j-driver 6 over Bolt. Loads are one write transaction per graph; users'
 * Cypher runs in READ transactions (the server refuses writes) with a server-side timeout and a row cap.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult as Neo4jQueryResult } from 'neo4j-driver';
import { CypherStore } from './cypher-store.ts';
import { debugCypher, type Engine, type ReadOnlyRun } from './engine.ts';
import { QuerySyntaxError, QueryTimeoutError, StoreError } from './errors.ts';
import type { QueryResult, RowValue } from './graph-store.ts';
import type { TxRunner } from './load-graph.ts';
import { mapNeo4jError } from './neo4j-errors.ts';
import { neo4jReadPlan } from './neo4j-plan.ts';
import { assertReadPlan } from './read-plan-guard.ts';
import { ResultBudget } from './result-budget.ts';
import { fromNeo4j, normaliseRow } from './row-values.ts';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Defaults to the server's default database. */
  database?: string;
}

/** JS numbers that are integers go as Neo4j Integers (LIMIT, counts, days), not floats. */
function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  return value;
}

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

/** Extra time the client waits past the server's own transaction timeout before giving up itself. */
const CLIENT_GRACE_MS = 2_000;

class Neo4jEngine implements Engine {
  readonly kind = 'neo4j' as const;
  readonly schemaFile = 'schema/node-id-constraint' as const;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async run(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    debugCypher(this.kind, cypher, params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const running = session.run(cypher, toNeo4jParams(params) as Record<string, unknown>);
      const columns = (await running.keys()).map(String);
      const result = await running;
      return { columns, rows: result.records.map((r) => normaliseRow(r.toObject(), fromNeo4j)) };
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => {
        const runner: TxRunner = {
          run: async (cypher, params): Promise<Array<Record<string, RowValue>>> => {
            debugCypher(this.kind, cypher, params);
            const result = await tx.run(cypher, toNeo4jParams(params) as Record<string, unknown>);
            return result.records.map((r) => normaliseRow(r.toObject(), fromNeo4j));
          },
        };
        return work(runner);
      });
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async readOnly(cypher: string, params: Record<string, unknown>, options: ReadOnlyRun): Promise<QueryResult & { truncated: boolean }> {
    debugCypher(`${this.kind} read-only`, cypher, params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(options.maxRows + 1, 1000) });
    let timer: NodeJS.Timeout | undefined;
    const clientTimeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueryTimeoutError(`the query did not finish within ${options.timeoutMs} ms and was stopped`)), options.timeoutMs + CLIENT_GRACE_MS);
    });
    const work = session.executeRead(
      async (tx) => {
        const neo4jParams = toNeo4jParams(params) as Record<string, unknown>;
        // The planner decides, in this READ transaction, before anything runs: EXPLAIN executes nothing.
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

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export class Neo4jStore extends CypherStore {
  /** Connects lazily: a down server shows as StoreUnavailableError on the first call (and health() false). */
  static connect(config: Neo4jConfig): Neo4jStore {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
    return new Neo4jStore(new Neo4jEngine(driver, config.database));
  }
}
