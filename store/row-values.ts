/**
 * One row shape for both engines: nodes become their properties plus `labels`, relationships their
 * properties plus `type`, paths a list [node, rel, node, ...], integers plain numbers, and an
 * `evidence` property (stored as a JSON string, since Neo4j properties cannot hold maps) a list again.
 */
import neo4j from 'neo4j-driver';
import type { RowValue } from './graph-store.ts';

type Raw = unknown;

function isRecord(value: Raw): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEvidence(value: RowValue): RowValue {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as RowValue;
  } catch {
    return value;
  }
}

function mapOf(entries: Record<string, unknown>, skip: (key: string) => boolean, convert: (v: Raw) => RowValue): { [key: string]: RowValue } {
  const out: { [key: string]: RowValue } = {};
  for (const [key, v] of Object.entries(entries)) {
    if (skip(key)) continue;
    const value = convert(v);
    out[key] = key === 'evidence' ? parseEvidence(value) : value;
  }
  return out;
}

const none = (): boolean => false;
const grafeoInternal = (key: string): boolean => key.startsWith('_');

/** A value from @grafeo-db/js (nodes carry `_id`/`_labels`, edges `_type`, paths `{nodes, edges}`). */
export function fromGrafeo(value: Raw): RowValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(fromGrafeo);
  if (!isRecord(value)) return String(value);
  if (Array.isArray(value._labels)) {
    return { ...mapOf(value, grafeoInternal, fromGrafeo), labels: value._labels.map(String) };
  }
  if (typeof value._type === 'string' && '_source' in value) {
    return { ...mapOf(value, grafeoInternal, fromGrafeo), type: value._type };
  }
  const keys = Object.keys(value);
  if (keys.length === 2 && Array.isArray(value.nodes) && Array.isArray(value.edges)) {
    const nodes = value.nodes;
    const edges = value.edges;
    const out: RowValue[] = [];
    nodes.forEach((node, i) => {
      out.push(fromGrafeo(node));
      if (i < edges.length) out.push(fromGrafeo(edges[i]));
    });
    return out;
  }
  return mapOf(value, none, fromGrafeo);
}

/** A value from neo4j-driver (Integer, Node, Relationship, Path, temporal types). */
export function fromNeo4j(value: Raw): RowValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value)) return { ...mapOf(value.properties, none, fromNeo4j), labels: [...value.labels] };
  if (neo4j.isRelationship(value)) return { ...mapOf(value.properties, none, fromNeo4j), type: value.type };
  if (neo4j.isPath(value)) {
    const out: RowValue[] = [fromNeo4j(value.start)];
    for (const segment of value.segments) out.push(fromNeo4j(segment.relationship), fromNeo4j(segment.end));
    return out;
  }
  if (isRecord(value) && typeof value.toString === 'function' && value.constructor !== Object) return value.toString();
  if (isRecord(value)) return mapOf(value, none, fromNeo4j);
  return String(value);
}

/** Applies the evidence rule to a top-level row (a column named `evidence` is parsed too). */
export function normaliseRow(row: Record<string, unknown>, convert: (v: Raw) => RowValue): Record<string, RowValue> {
  return mapOf(row, none, convert);
}
