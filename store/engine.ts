/** What a database engine gives the shared store logic (cypher-store.ts): statements, write transactions, read-only runs. */
import type { QueryResult, ReadOnlyOptions } from './graph-store.ts';
import type { TxRunner } from './load-graph.ts';

export type ReadOnlyRun = Required<ReadOnlyOptions> & { planCheck: boolean };

export interface Engine {
  readonly kind: 'embedded' | 'neo4j';
  /** The schema statement this engine runs once per node label (cypher/schema/*). */
  readonly schemaFile: 'schema/node-id-index' | 'schema/node-id-constraint';
  /** One trusted statement (the project's own cypher files) in its own transaction. */
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /** `work` in ONE write transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T>;
  /**
   * A user's statement: refused unless the engine's plan of it only reads (read-plan-guard.ts; `planCheck`
   * false skips that, for tests proving the engine refuses writes by itself), then run with writes
   * refused by the engine, a timeout, a row cap and a byte cap.
   */
  readOnly(cypher: string, params: Record<string, unknown>, options: ReadOnlyRun): Promise<QueryResult & { truncated: boolean }>;
  close(): Promise<void>;
}

/** CONFGRAPH_DEBUG_CYPHER=1 logs every statement with its params (to stderr). */
export function debugCypher(kind: string, cypher: string, params: Record<string, unknown> | undefined): void {
  if (process.env.CONFGRAPH_DEBUG_CYPHER !== '1') return;
  const shown = JSON.stringify(params ?? {});
  process.stderr.write(`[cypher ${kind}] ${cypher}\n[params] ${shown.length > 2000 ? `${shown.slice(0, 2000)}...` : shown}\n`);
}
