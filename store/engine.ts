/** What a database engine gives the shared store logic (cypher-store.ts): statements, write transactions, read-only runs. */
import type { QueryResult, ReadOnlyOptions } from './graph-store.ts';
import type { TxRunner } from './load-graph.ts';

export interface Engine {
  readonly kind: 'embedded' | 'neo4j';
  /** The schema statement this engine runs once per node label (cypher/schema/*). */
  readonly schemaFile: 'schema/node-id-index' | 'schema/node-id-constraint';
  /** One trusted statement (the project's own cypher files) in its own transaction. */
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
  /** `work` in ONE write transaction: committed when it resolves, rolled back when it throws. */
  write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T>;
  /** A user's statement, with writes refused by the engine itself, a timeout and a row cap. */
  readOnly(cypher: string, params: Record<string, unknown>, options: Required<ReadOnlyOptions>): Promise<QueryResult & { truncated: boolean }>;
  close(): Promise<void>;
}

/** CONFGRAPH_DEBUG_CYPHER=1 logs every statement with its params (to stderr). */
export function debugCypher(kind: string, cypher: string, params: Record<string, unknown> | undefined): void {
  if (process.env.CONFGRAPH_DEBUG_CYPHER !== '1') return;
  const shown = JSON.stringify(params ?? {});
  process.stderr.write(`[cypher ${kind}] ${cypher}\n[params] ${shown.length > 2000 ? `${shown.slice(0, 2000)}...` : shown}\n`);
}
