/**
 * A graph made ready to load, before any store is touched: parsed and checked (zod, duplicate ids, edge ends), its
 * nodes grouped by label and its edges by type and end labels, and each group cut into batches of encoded rows.
 * Planning is pure CPU work proportional to the graph, so the app does it in its extraction worker; the main thread
 * only checks the plan's envelope and decodes one bounded batch at a time while it writes (load-graph.ts).
 */
import { EDGE_TYPES, KnowledgeGraph, NODE_TYPES, type EdgeData, type EdgeType, type NodeData, type NodeType } from '../extractor/schema.ts';
import { nodeId } from '../extractor/ids.ts';
import { InvalidGraphError } from './errors.ts';
import { edgeProps, nodeProps, typeFromId, type Props } from './graph-codec.ts';

/**
 * Rows per UNWIND statement, chosen with bench/store.bench.ts on the 135k-relationship corpus
 * (one load, 2 shared cores): grafeo used 3.0-3.2 s CPU at 250, 500 and 1000 rows and 3.7 s at 2000
 * (its wall time doubled there); Neo4j's wall time varied more between runs than between 500, 1000,
 * 2000 and 5000 rows, and its client CPU dropped from 2.4 s at 500 to 1.8 s at 1000. 1000 is the
 * largest size before grafeo slows down and keeps Bolt round trips and parameter maps moderate.
 */
export const LOAD_BATCH_SIZE = 1000;

/**
 * Characters of encoded rows per batch: the main thread's work on a batch (decoding it, handing its parameters to the
 * engine, merging evidence) grows with its bytes, not its rows. A 5 MB post's edges carry ~9 MB of evidence in a few
 * hundred rows. Merged into a store holding the seed post (2 shared cores at load 7-8, CPU ms between two statements):
 * 64 KB, max ~5-13 ms and 260-310 ms CPU in all; 128 KB, max ~4-6 ms, 220 ms; 256 KB, max ~7-15 ms, 210-260 ms.
 * A single row larger than this is a batch of its own.
 */
export const LOAD_BATCH_CHARS = 128 * 1024;

/** One batch: a JSON array of rows, UTF-8, so a worker can transfer it instead of copying it. */
export type EncodedBatch = Uint8Array;

export interface NodeGroup {
  label: NodeType;
  /** Rows `{id, props}`, props as stored (graph-codec.ts nodeProps). */
  batches: EncodedBatch[];
}

export interface EdgeGroup {
  type: EdgeType;
  source: NodeType;
  target: NodeType;
  /** Rows `{id, source, target, props}`, props as stored (graph-codec.ts edgeProps: evidence a JSON string). */
  batches: EncodedBatch[];
}

export interface LoadPlan {
  nodeGroups: NodeGroup[];
  edgeGroups: EdgeGroup[];
}

export interface PlanLimits {
  /** Rows per batch (LOAD_BATCH_SIZE). */
  rows?: number;
  /** Characters of encoded rows per batch (LOAD_BATCH_CHARS). */
  chars?: number;
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

/** Rows (already JSON) cut at `rows` rows or `chars` characters, whichever comes first, each batch encoded. */
function encodeBatches(rows: string[], limits: Required<PlanLimits>): EncodedBatch[] {
  const encoder = new TextEncoder();
  const batches: EncodedBatch[] = [];
  let current: string[] = [];
  let chars = 0;
  const flush = () => {
    if (current.length) batches.push(encoder.encode(`[${current.join(',')}]`));
    current = [];
    chars = 0;
  };
  for (const row of rows) {
    if (current.length > 0 && (current.length >= limits.rows || chars + row.length > limits.chars)) flush();
    current.push(row);
    chars += row.length + 1;
  }
  flush();
  return batches;
}

/** Checks `input` and plans its load; throws InvalidGraphError (nothing written yet) on the first problem. */
export function planLoad(input: unknown, limits: PlanLimits = {}): LoadPlan {
  const graph = checkGraph(input);
  const bounds: Required<PlanLimits> = { rows: limits.rows ?? LOAD_BATCH_SIZE, chars: limits.chars ?? LOAD_BATCH_CHARS };
  const nodes: NodeData[] = [...new Map(graph.elements.nodes.map(({ data }) => [data.id, data])).values()];
  const edges: EdgeData[] = [...new Map(graph.elements.edges.map(({ data }) => [data.id, data])).values()];
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  const typeOf = (id: string): NodeType => {
    const type = types.get(id) ?? typeFromId(id, PREFIXES);
    if (!type) throw new InvalidGraphError(`invalid graph: edge end "${id}" is not a node of the graph and has no known id prefix`);
    return type;
  };
  const nodeGroups = [...groupBy(nodes, (n) => n.type)].map(([label, group]): NodeGroup => ({
    label: label as NodeType,
    batches: encodeBatches(group.map((n) => JSON.stringify({ id: n.id, props: nodeProps(n) })), bounds),
  }));
  const edgeGroups = [...groupBy(edges, (e) => `${e.type} ${typeOf(e.source)} ${typeOf(e.target)}`)].map(([, group]): EdgeGroup => {
    const first = group[0] as EdgeData;
    return {
      type: first.type,
      source: typeOf(first.source),
      target: typeOf(first.target),
      batches: encodeBatches(group.map((e) => JSON.stringify({ id: e.id, source: e.source, target: e.target, props: edgeProps(e) })), bounds),
    };
  });
  return { nodeGroups, edgeGroups };
}

/** The buffers to hand postMessage as its transfer list: the plan then moves to the other thread without a copy. */
export function planTransfers(plan: LoadPlan): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const group of [...plan.nodeGroups, ...plan.edgeGroups]) for (const batch of group.batches) buffers.add(batch.buffer as ArrayBuffer);
  return [...buffers];
}

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const EDGE_TYPE_SET = new Set<string>(EDGE_TYPES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBatchList(value: unknown): value is EncodedBatch[] {
  return Array.isArray(value) && value.every((b) => b instanceof Uint8Array);
}

/**
 * The envelope of a plan that crossed a thread (or any other boundary): labels and types are the schema's (they become
 * part of statements), batches are byte arrays. Cheap: it looks at groups, not rows; each row is checked as its batch
 * is decoded (decodeNodeRows, decodeEdgeRows), inside the load's transaction.
 */
export function checkLoadPlan(value: unknown): LoadPlan {
  const bad = (why: string) => new InvalidGraphError(`invalid load plan: ${why}`);
  if (!isRecord(value) || !Array.isArray(value.nodeGroups) || !Array.isArray(value.edgeGroups)) throw bad('not {nodeGroups, edgeGroups}');
  for (const group of value.nodeGroups as unknown[]) {
    if (!isRecord(group) || typeof group.label !== 'string' || !NODE_TYPE_SET.has(group.label) || !isBatchList(group.batches)) throw bad('a node group is not {label, batches}');
  }
  for (const group of value.edgeGroups as unknown[]) {
    if (!isRecord(group) || typeof group.type !== 'string' || !EDGE_TYPE_SET.has(group.type) || !isBatchList(group.batches)) throw bad('an edge group is not {type, source, target, batches}');
    for (const end of [group.source, group.target]) if (typeof end !== 'string' || !NODE_TYPE_SET.has(end)) throw bad(`edge end label ${JSON.stringify(end)} is not a node type`);
  }
  return value as unknown as LoadPlan;
}

export interface NodeRow {
  id: string;
  props: Props;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  props: Props;
}

function decodeRows(batch: EncodedBatch): unknown[] {
  let rows: unknown;
  try {
    rows = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(batch));
  } catch {
    throw new InvalidGraphError('invalid load plan: a batch is not JSON text');
  }
  if (!Array.isArray(rows)) throw new InvalidGraphError('invalid load plan: a batch is not a list of rows');
  return rows;
}

function checkProps(row: Record<string, unknown>): Props {
  if (typeof row.id !== 'string' || row.id === '' || !isRecord(row.props) || row.props.id !== row.id) throw new InvalidGraphError('invalid load plan: a row is not {id, props} with props.id = id');
  return row.props as Props;
}

export function decodeNodeRows(batch: EncodedBatch): NodeRow[] {
  return decodeRows(batch).map((row): NodeRow => {
    if (!isRecord(row)) throw new InvalidGraphError('invalid load plan: a node row is not an object');
    return { id: row.id as string, props: checkProps(row) };
  });
}

export function decodeEdgeRows(batch: EncodedBatch): EdgeRow[] {
  return decodeRows(batch).map((row): EdgeRow => {
    if (!isRecord(row) || typeof row.source !== 'string' || typeof row.target !== 'string') throw new InvalidGraphError('invalid load plan: an edge row is not {id, source, target, props}');
    const props = checkProps(row);
    if (props.evidence !== undefined && typeof props.evidence !== 'string') throw new InvalidGraphError('invalid load plan: an edge row\'s evidence is not JSON text');
    return { id: row.id as string, source: row.source, target: row.target, props };
  });
}
