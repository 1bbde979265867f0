/**
 * Finds the graph nodes and relationships inside query rows (at any depth: lists, paths, maps) so the
 * Cypher console can draw what a query returned. Accepts the store's plain-object node/relationship
 * forms and Cytoscape `{data}` forms; everything else is ignored.
 */
import { EDGE_TYPES, NODE_TYPES } from '../extractor/schema.ts';
import type { RowValue } from '../store/graph-store.ts';

type Data = Record<string, unknown>;
export interface FoundElements {
  nodes: Array<{ data: Data }>;
  edges: Array<{ data: Data }>;
}

const nodeTypes = new Set<string>(NODE_TYPES);
const edgeTypes = new Set<string>(EDGE_TYPES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Node/relationship properties may sit flat on the object or under `properties`. */
function flatten(value: Record<string, unknown>): Data {
  const props = isRecord(value.properties) ? value.properties : {};
  const { properties: _p, ...rest } = value;
  return { ...rest, ...props };
}

function asNode(value: Record<string, unknown>): Data | null {
  const data = flatten(value);
  let type = data.type;
  if (typeof type !== 'string' && Array.isArray(data.labels)) type = data.labels.find((l) => typeof l === 'string' && nodeTypes.has(l));
  if (typeof data.id !== 'string' || typeof type !== 'string' || !nodeTypes.has(type)) return null;
  const { labels: _l, elementId: _e, ...rest } = data;
  return { ...rest, type };
}

/** Stored relationships carry only their id (`TYPE:source->target`, schema.ts edgeId) and properties. */
function endsFromId(id: unknown, type: string): [string, string] | null {
  if (typeof id !== 'string' || !id.startsWith(`${type}:`)) return null;
  const rest = id.slice(type.length + 1);
  const arrow = rest.indexOf('->');
  return arrow > 0 ? [rest.slice(0, arrow), rest.slice(arrow + 2)] : null;
}

function asEdge(value: Record<string, unknown>): Data | null {
  const data = flatten(value);
  const ends = typeof data.type === 'string' ? endsFromId(data.id, data.type) : null;
  const source = data.source ?? data.start ?? data.from ?? ends?.[0];
  const target = data.target ?? data.end ?? data.to ?? ends?.[1];
  if (typeof data.type !== 'string' || !edgeTypes.has(data.type) || typeof source !== 'string' || typeof target !== 'string') return null;
  const id = typeof data.id === 'string' ? data.id : `${data.type}:${source}->${target}`;
  const { start: _s, end: _e, from: _f, to: _t, elementId: _id, startNodeElementId: _a, endNodeElementId: _b, ...rest } = data;
  return { ...rest, id, source, target };
}

export function elementsFromRows(rows: Array<Record<string, RowValue>>, limit = 5_000): FoundElements {
  const nodes = new Map<string, Data>();
  const edges = new Map<string, Data>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || nodes.size + edges.size >= limit) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    const inner = isRecord(value.data) ? value.data : value;
    const node = asNode(inner);
    if (node) {
      nodes.set(node.id as string, node);
      return;
    }
    const edge = asEdge(inner);
    if (edge) {
      edges.set(edge.id as string, edge);
      return;
    }
    for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const row of rows) visit(row, 0);
  // An edge is drawable only when both of its ends are in the result.
  const drawable = [...edges.values()].filter((e) => nodes.has(e.source as string) && nodes.has(e.target as string));
  return { nodes: [...nodes.values()].map((data) => ({ data })), edges: drawable.map((data) => ({ data })) };
}
