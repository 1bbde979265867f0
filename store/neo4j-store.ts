/**
 * The Neo4j store: neo4j-driver 6 over Bolt. Loads are one write transaction per graph; users'
 * Cypher runs in a child process under a memory cap (neo4j-reader.ts), in READ transactions (the
 * server refuses writes) after a plan check, with a server-side timeout and row and byte caps.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { CypherStore } from './cypher-store.ts';
import { debugCypher, type Engine, type ReadOnlyRun } from './engine.ts';
import type { QueryResult, RowValue } from './graph-store.ts';
import type { TxRunner } from './load-graph.ts';
import { connectDriver, toNeo4jParams, type Neo4jConfig } from './neo4j-driver.ts';
import { mapNeo4jError } from './neo4j-errors.ts';
import { Neo4jReader } from './neo4j-reader.ts';
import { fromNeo4j, normaliseRow } from './row-values.ts';

export type { Neo4jConfig } from './neo4j-driver.ts';

class Neo4jEngine implements Engine {
  readonly kind = 'neo4j' as const;
  readonly schemaFile = 'schema/node-id-constraint' as const;

  private readonly driver: Driver;
  private readonly database: string | undefined;
  /** Users' reads run in a child process under a memory cap; the project's own statements run here. */
  private readonly reader: Neo4jReader;

  constructor(config: Neo4jConfig) {
    this.driver = connectDriver(config);
    this.database = config.database;
    this.reader = new Neo4jReader(config);
  }

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

  readOnly(cypher: string, params: Record<string, unknown>, options: ReadOnlyRun): Promise<QueryResult & { truncated: boolean }> {
    debugCypher(`${this.kind} read-only`, cypher, params);
    return this.reader.query(cypher, params, options);
  }

  async close(): Promise<void> {
    await this.reader.close();
    await this.driver.close();
  }
}

export class Neo4jStore extends CypherStore {
  /** Connects lazily: a down server shows as StoreUnavailableError on the first call (and health() false). */
  static connect(config: Neo4jConfig): Neo4jStore {
    return new Neo4jStore(new Neo4jEngine(config));
  }
}
