/**
 * The load algorithm both stores share, run inside ONE write transaction per graph (a post): validate,
 * merge nodes label by label, then relationships type by type, in batches of UNWIND rows.
 */
import { KnowledgeGraph, NODE_TYPES, type EdgeData, type NodeData, type NodeType } from '../extractor/schema.ts';
import { nodeId } from '../extractor/ids.ts';
import { statement } from './cypher-files.ts';
import { InvalidGraphError } from './errors.ts';
import type { LoadSummary, RowValue } from './graph-store.ts';
import { edgeProps, mergeEdgeProps, mergeNodeProps, nodeProps, sameProps, typeFromId, type Props } from './graph-codec.ts';

/**
 * Rows per UNWIND statement, chosen with bench/store.bench.ts on the 135k-relationship corpus
 * (one load, 2 shared cores): grafeo used 3.0-3.2 s CPU at 250, 500 and 1000 rows and 3.7 s at 2000
 * (its wall time doubled there); Neo4j's wall time varied more between runs than between 500, 1000,
 * 2000 and 5000 rows, and its client CPU dropped from 2.4 s at 500 to 1.8 s at 1000. 1000 is the
 * largest size before grafeo slows down and keeps Bolt round trips and parameter maps moderate.
 */
export const LOAD_BATCH_SIZE = 1000;

export interface TxRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<Array<Record<string, RowValue>>>;
}

const PREFIXES = new Map<string, NodeType>(NODE_TYPES.map((t) => [nodeId(t, 'x').split(':')[0] ?? '', t]));

/** Parses and checks a graph before any write: schema shape, no conflicting duplicates. */
export function checkGraph(input: unknown): KnowledgeGraph {
  const parsed = KnowledgeGraph.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidGraphError(`invalid graph: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'does not fit the schema'}`);
  }
  for (const [what, items] of [['node', parsed.data.elements.nodes], ['edge', parsed.data.elements.edges]] as const) {
    const seen = new Map<string, object>();
    for (const { data } of items) {
      const before = seen.get(data.id);
      // Serialised only on an id collision: the same element twice is fine, two different ones are not.
      if (before !== undefined && JSON.stringify(before) !== JSON.stringify(data)) throw new InvalidGraphError(`invalid graph: two different ${what}s with id "${data.id}"`);
      seen.set(data.id, data);
    }
  }
  return parsed.data;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function storedProps(tx: TxRunner, cypher: string, params: Record<string, unknown>): Promise<Map<string, Props>> {
  const rows = await tx.run(cypher, params);
  return new Map(rows.map((row) => [String(row.id), (row.props ?? {}) as Props]));
}

/** True when the store holds nothing of this label/type yet: the group is created, not merged. */
async function noneStored(tx: TxRunner, key: 'load/count-label' | 'load/count-type', fill: Record<string, string>): Promise<boolean> {
  const [row] = await tx.run(statement(key, fill), {});
  return Number(row?.count ?? 0) === 0;
}

async function writeRows(tx: TxRunner, key: string, fill: Record<string, string>, rows: object[], what: string): Promise<void> {
  if (rows.length === 0) return;
  const [result] = await tx.run(statement(key, fill), { rows });
  const written = Number(result?.merged ?? 0);
  if (written !== rows.length) {
    throw new InvalidGraphError(`invalid graph: ${rows.length - written} ${what} edge(s) point at a node that is neither in the graph nor in the store`);
  }
}

/**
 * Nodes label by label: ids the store lacks are CREATEd, stored ones whose merged properties differ are
 * updated, unchanged ones are not written at all. Returns the ids created, whose edges cannot exist yet.
 */
async function loadNodes(tx: TxRunner, nodes: NodeData[], batchSize: number, summary: LoadSummary): Promise<Set<string>> {
  const created = new Set<string>();
  for (const [label, group] of groupBy(nodes, (n) => n.type)) {
    const fill = { __LABEL__: label };
    const fresh = await noneStored(tx, 'load/count-label', fill);
    for (const batch of chunks(group, batchSize)) {
      const stored = fresh ? new Map<string, Props>() : await storedProps(tx, statement('load/fetch-nodes', fill), { ids: batch.map((n) => n.id) });
      const toCreate: Array<{ id: string; props: Props }> = [];
      const toUpdate: Array<{ id: string; props: Props }> = [];
      for (const n of batch) {
        const before = stored.get(n.id);
        const props = mergeNodeProps(nodeProps(n), before);
        if (!before) {
          toCreate.push({ id: n.id, props });
          created.add(n.id);
        } else if (!sameProps(before, props)) toUpdate.push({ id: n.id, props });
      }
      summary.nodesCreated += toCreate.length;
      summary.nodesUpdated += toUpdate.length;
      if (toCreate.length) await tx.run(statement('load/create-nodes', fill), { rows: toCreate });
      if (toUpdate.length) await tx.run(statement('load/merge-nodes', fill), { rows: toUpdate });
    }
  }
  return created;
}

/**
 * Relationships type by type: one touching a node created by this load (or of a type the store has
 * none of) cannot exist yet and is CREATEd without a lookup; the others are fetched and, when new or
 * changed, merged. Every write checks that both ends were found, else the whole load rolls back.
 */
async function loadEdges(tx: TxRunner, edges: EdgeData[], createdNodes: Set<string>, typeOf: (id: string) => NodeType, batchSize: number, summary: LoadSummary): Promise<void> {
  // Asked once per type before any edge is written: a type's later groups (other end labels) stay "fresh".
  const freshTypes = new Set<string>();
  for (const type of new Set(edges.map((e) => e.type))) if (await noneStored(tx, 'load/count-type', { __TYPE__: type })) freshTypes.add(type);
  // List rows, in the order the create/merge-edges headers give: cheaper to hand to grafeo than maps.
  const row = (e: EdgeData, props: Props): RowValue[] => [e.id, e.source, e.target, props.evidence ?? '[]', props.count ?? null, props.role ?? null];
  const groups = groupBy(edges, (e) => `${e.type} ${typeOf(e.source)} ${typeOf(e.target)}`);
  for (const [key, group] of groups) {
    const [type = '', source = '', target = ''] = key.split(' ');
    const fill = { __TYPE__: type, __SOURCE__: source, __TARGET__: target };
    const cannotExist = (e: EdgeData): boolean => freshTypes.has(type) || createdNodes.has(e.source) || createdNodes.has(e.target);
    for (const batch of chunks(group, batchSize)) {
      const known = batch.filter((e) => !cannotExist(e));
      const stored = known.length ? await storedProps(tx, statement('load/fetch-edges', fill), { rows: known.map((e) => ({ id: e.id, source: e.source, target: e.target })) }) : new Map<string, Props>();
      const toCreate: RowValue[][] = [];
      const toUpdate: RowValue[][] = [];
      for (const e of batch) {
        const before = stored.get(e.id);
        const props = mergeEdgeProps(edgeProps(e), before);
        if (!before) toCreate.push(row(e, props));
        else if (!sameProps(before, props)) toUpdate.push(row(e, props));
      }
      summary.edgesCreated += toCreate.length;
      summary.edgesUpdated += toUpdate.length;
      await writeRows(tx, 'load/create-edges', fill, toCreate, type);
      await writeRows(tx, 'load/merge-edges', fill, toUpdate, type);
    }
  }
}

/** Writes `graph` through `tx`; throws (so the caller rolls back) on the first problem. */
export async function loadGraph(tx: TxRunner, graph: KnowledgeGraph, batchSize = LOAD_BATCH_SIZE): Promise<LoadSummary> {
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const nodes = [...new Map(graph.elements.nodes.map(({ data }) => [data.id, data])).values()];
  const edges = [...new Map(graph.elements.edges.map(({ data }) => [data.id, data])).values()];
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  const typeOf = (id: string): NodeType => {
    const type = types.get(id) ?? typeFromId(id, PREFIXES);
    if (!type) throw new InvalidGraphError(`invalid graph: edge end "${id}" is not a node of the graph and has no known id prefix`);
    return type;
  };
  edges.forEach((e) => (typeOf(e.source), typeOf(e.target)));
  const created = await loadNodes(tx, nodes, batchSize, summary);
  await loadEdges(tx, edges, created, typeOf, batchSize, summary);
  return summary;
}
