/** The GraphStore logic both stores share, on top of an Engine: schema, loads, named queries, export, stats. */
import { NODE_TYPES, type KnowledgeGraph } from '../extractor/schema.ts';
import { namedQuery, statement } from './cypher-files.ts';
import type { Engine } from './engine.ts';
import { UnknownQueryError } from './errors.ts';
import { filterGraph, type ExportFilter } from './export-filter.ts';
import { edgeFromStored, nodeFromStored, type Props } from './graph-codec.ts';
import type { GraphStore, LoadSummary, QueryResult, ReadOnlyOptions, StoreStats } from './graph-store.ts';
import { loadGraph } from './load-graph.ts';
import { checkLoadPlan, planLoad, type LoadPlan } from './load-plan.ts';
import { validateNamedParams } from './named-params.ts';
import { assertParamsShape } from './params-check.ts';

/** Defaults for users' Cypher: long enough for real questions, short enough to stop a runaway, small enough to send. */
export const READ_ONLY_DEFAULTS: Required<ReadOnlyOptions> = { timeoutMs: 5_000, maxRows: 1_000, maxBytes: 8 * 1024 * 1024 };

function definedOnly(options: ReadOnlyOptions): ReadOnlyOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** Relationships or nodes deleted per clear transaction: a few MiB of Neo4j transaction state, far under its 256 MiB cap. */
export const CLEAR_BATCH = 10_000;

export class CypherStore implements GraphStore {
  readonly kind: 'embedded' | 'neo4j';

  /** Rows one clear statement deletes (a test lowers it to see clear() loop). */
  protected clearBatch = CLEAR_BATCH;

  protected constructor(protected readonly engine: Engine) {
    this.kind = engine.kind;
  }

  async init(): Promise<void> {
    for (const label of NODE_TYPES) await this.engine.run(statement(this.engine.schemaFile, { __LABEL__: label }));
  }

  /** Bumped by every load and clear through this store (see GraphStore.dataVersion). */
  private writes = 0;

  get dataVersion(): number {
    return this.writes;
  }

  async load(graph: KnowledgeGraph): Promise<LoadSummary> {
    return this.loadPlanned(planLoad(graph));
  }

  async loadPlanned(plan: LoadPlan): Promise<LoadSummary> {
    const checked = checkLoadPlan(plan);
    try {
      return await this.engine.write((tx) => loadGraph(tx, checked));
    } finally {
      this.writes++;
    }
  }

  async runNamed(name: string, params: Record<string, unknown>): Promise<QueryResult> {
    const file = namedQuery(name);
    if (!file) throw new UnknownQueryError(`no named query "${name}"`);
    return this.engine.run(statement(file.key), validateNamedParams(file, params));
  }

  async runReadOnly(cypher: string, params: Record<string, unknown> = {}, options: ReadOnlyOptions = {}): Promise<QueryResult & { truncated: boolean }> {
    assertParamsShape(params);
    return this.engine.readOnly(cypher, params, { ...READ_ONLY_DEFAULTS, ...definedOnly(options), planCheck: true });
  }

  /** runReadOnly without the plan check: tests use it to prove the engine itself refuses writes. */
  readOnlyUnguarded(cypher: string, params: Record<string, unknown> = {}, options: ReadOnlyOptions = {}): Promise<QueryResult & { truncated: boolean }> {
    return this.engine.readOnly(cypher, params, { ...READ_ONLY_DEFAULTS, ...definedOnly(options), planCheck: false });
  }

  async exportGraph(filter?: ExportFilter): Promise<KnowledgeGraph> {
    // Types and the node cap are applied in the query, so a filtered or capped export never reads the whole graph.
    const partial = filter?.types !== undefined || filter?.maxNodes !== undefined;
    const types = filter?.types ?? [...NODE_TYPES];
    const limit = filter?.maxNodes === undefined ? 1_000_000 : filter.maxNodes + 1;
    const nodes = partial ? await this.engine.run(statement('load/export-nodes-of-types'), { types, limit }) : await this.engine.run(statement('load/export-nodes'));
    const edges = partial ? await this.engine.run(statement('load/export-edges-of-types'), { types }) : await this.engine.run(statement('load/export-edges'));
    const cut = filter?.maxNodes !== undefined && nodes.rows.length > filter.maxNodes;
    const graph: KnowledgeGraph = {
      elements: {
        nodes: (cut ? nodes.rows.slice(0, filter.maxNodes) : nodes.rows).map((row) => ({ data: nodeFromStored(String(row.label), (row.props ?? {}) as Props) })),
        edges: edges.rows.map((row) => ({ data: edgeFromStored(String(row.type), String(row.source), String(row.target), (row.props ?? {}) as Props) })),
      },
      warnings: cut ? [`the graph was cut at ${filter.maxNodes} nodes; filter by type or event to see the rest`] : [],
    };
    // The edges of the kept nodes only: filterGraph drops those whose other end was cut.
    return filterGraph(graph, cut ? { ...filter, types } : filter);
  }

  async stats(): Promise<StoreStats> {
    const nodes = await this.engine.run(statement('load/stats-nodes'));
    const edges = await this.engine.run(statement('load/stats-edges'));
    const nodesByType = Object.fromEntries(nodes.rows.map((r) => [String(r.label), Number(r.count)]));
    const edgesByType = Object.fromEntries(edges.rows.map((r) => [String(r.type), Number(r.count)]));
    const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    return { nodes: sum(nodesByType), edges: sum(edgesByType), nodesByType, edgesByType };
  }

  async health(): Promise<boolean> {
    try {
      const result = await this.engine.run(statement('load/health'));
      return result.rows.length === 1;
    } catch {
      return false;
    }
  }

  /**
   * Relationships, then nodes, CLEAR_BATCH at a time, one transaction per batch: one transaction for a large store
   * would pass Neo4j's per-transaction memory cap. A clear that fails midway leaves a smaller store; run it again.
   */
  async clear(): Promise<void> {
    try {
      for (const key of ['load/clear-relationships', 'load/clear-nodes']) {
        for (;;) {
          const [row] = await this.engine.write((tx) => tx.run(statement(key), { limit: this.clearBatch }));
          if (Number(row?.deleted ?? 0) < this.clearBatch) break;
        }
      }
    } finally {
      this.writes++;
    }
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}
