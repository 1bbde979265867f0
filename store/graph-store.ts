/**
 * The GraphStore contract (STYLE.md lesson 3). Implemented by the embedded store (@grafeo-db/js)
 * and the Neo4j store (neo4j-driver); one spec suite runs against both.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';
import type { ExportFilter } from './export-filter.ts';
import type { LoadPlan } from './load-plan.ts';

/** A row value as JSON: graph nodes/relationships come back as plain objects (see row-values.ts). */
export type RowValue = null | boolean | number | string | RowValue[] | { [key: string]: RowValue };

export interface QueryResult {
  columns: string[];
  rows: Array<Record<string, RowValue>>;
}

export interface ReadOnlyOptions {
  /** Abort the query after this many milliseconds. */
  timeoutMs?: number;
  /** Return at most this many rows (the result says whether it was cut). */
  maxRows?: number;
  /** Refuse (QueryLimitError) an answer whose rows take more than this many bytes as JSON. */
  maxBytes?: number;
}

export interface LoadSummary {
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
}

export interface StoreStats {
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /**
   * Changes with every load or clear made through this store object: answers computed at one version
   * are still right at the same version (for the embedded store, which no other process can write to,
   * always; Neo4j may also be changed by other clients).
   */
  readonly dataVersion: number;
  /** Creates indexes/constraints; safe to call twice. */
  init(): Promise<void>;
  /** Merges a graph in, atomically: on failure the store is as it was before. Idempotent. */
  load(graph: KnowledgeGraph): Promise<LoadSummary>;
  /**
   * load() of a graph planLoad() (load-plan.ts) already checked and batched, in a worker thread say: only the plan's
   * envelope is checked before the transaction starts, each row as its batch is written (a bad one rolls it all back).
   */
  loadPlanned(plan: LoadPlan): Promise<LoadSummary>;
  /** Runs one of the named queries in cypher/ with validated params. */
  runNamed(name: string, params: Record<string, unknown>): Promise<QueryResult>;
  /** Runs a user's Cypher read-only; any write is refused with a ReadOnlyViolationError. */
  runReadOnly(cypher: string, params?: Record<string, unknown>, options?: ReadOnlyOptions): Promise<QueryResult & { truncated: boolean }>;
  /** The whole stored graph (or the part of the given node types) in the one graph shape. */
  exportGraph(filter?: ExportFilter): Promise<KnowledgeGraph>;
  stats(): Promise<StoreStats>;
  /** True when the backing database answers. */
  health(): Promise<boolean>;
  /** Deletes every node and relationship in bounded batches, one transaction each (schema stays); one that fails midway leaves fewer, and may be run again. */
  clear(): Promise<void>;
  close(): Promise<void>;
}
