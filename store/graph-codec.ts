/**
 * Between the one graph shape (schema.ts) and stored properties: nulls are not stored (neither engine
 * keeps them), `evidence` is a JSON string, and export puts every schema field back.
 */
import { z } from 'zod';
import { EdgeData, NodeData, type NodeType } from '../extractor/schema.ts';
import type { RowValue } from './graph-store.ts';

export type Props = Record<string, RowValue>;

function withoutNulls(entries: Array<[string, unknown]>): Props {
  const out: Props = {};
  for (const [key, value] of entries) if (value !== null && value !== undefined) out[key] = value as RowValue;
  return out;
}

export function nodeProps(data: NodeData): Props {
  return withoutNulls(Object.entries(data).filter(([key]) => key !== 'type'));
}

export function edgeProps(data: EdgeData): Props {
  return withoutNulls([
    ['id', data.id],
    ['evidence', JSON.stringify(data.evidence)],
    ['count', data.count],
    ['role', data.role],
  ]);
}

const shapes = new Map<string, Record<string, z.ZodType>>(
  NodeData.options.map((option) => [option.shape.type.value, option.shape as Record<string, z.ZodType>]),
);

/** A stored node back in the schema shape: absent fields become null (lists: []). */
export function nodeFromStored(label: string, props: Props): NodeData {
  const shape = shapes.get(label);
  if (!shape) throw new Error(`stored node ${String(props.id)} has unknown label ${label}`);
  const data: Record<string, unknown> = { type: label };
  for (const [key, field] of Object.entries(shape)) {
    if (key === 'type') continue;
    data[key] = props[key] ?? (field instanceof z.ZodArray ? [] : null);
  }
  return NodeData.parse(data);
}

function evidenceList(value: RowValue | undefined): unknown {
  if (typeof value === 'string') return JSON.parse(value) as unknown;
  return value ?? [];
}

export function edgeFromStored(type: string, source: string, target: string, props: Props): EdgeData {
  return EdgeData.parse({
    id: props.id,
    source,
    target,
    type,
    evidence: evidenceList(props.evidence),
    count: props.count ?? null,
    role: props.role ?? null,
  });
}

/** Incoming values first, then the stored ones it lacks: reloading the same graph changes nothing. */
function union(incoming: RowValue[], stored: RowValue[]): RowValue[] {
  const seen = new Set(incoming.map((v) => JSON.stringify(v)));
  return [...incoming, ...stored.filter((v) => !seen.has(JSON.stringify(v)))];
}

/** Node merge: the incoming properties win, but aliases seen by earlier posts are kept. */
export function mergeNodeProps(incoming: Props, stored: Props | undefined): Props {
  if (!stored) return incoming;
  const aliases = Array.isArray(incoming.aliases) && Array.isArray(stored.aliases) ? union(incoming.aliases, stored.aliases) : incoming.aliases;
  return aliases === undefined ? incoming : { ...incoming, aliases };
}

/** Edge merge: the incoming properties win, but evidence sentences from earlier posts are kept. */
export function mergeEdgeProps(incoming: Props, stored: Props | undefined): Props {
  return mergeEdge(incoming, stored).props;
}

/**
 * mergeEdgeProps, and whether the result differs from what is stored, in one pass over the evidence: the sentences are
 * compared by the same text union() dedups them by, so a large edge is parsed once and never canonicalised (sorting
 * the keys of every sentence cost most of a 5 MB post's load).
 */
export function mergeEdge(incoming: Props, stored: Props | undefined): { props: Props; changed: boolean } {
  if (!stored) return { props: incoming, changed: true };
  const othersSame = sameProps({ ...incoming, evidence: null }, { ...stored, evidence: null });
  // The same evidence text (a post loaded again): the union is the incoming list, without parsing either.
  if (typeof incoming.evidence === 'string' && incoming.evidence === stored.evidence) return { props: incoming, changed: !othersSame };
  const incomingKeys = (evidenceList(incoming.evidence) as RowValue[]).map((v) => JSON.stringify(v));
  const storedKeys = (evidenceList(stored.evidence) as RowValue[]).map((v) => JSON.stringify(v));
  const seen = new Set(incomingKeys);
  const merged = [...incomingKeys, ...storedKeys.filter((key) => !seen.has(key))];
  const evidenceSame = merged.length === storedKeys.length && merged.every((key, i) => key === storedKeys[i]);
  return { props: { ...incoming, evidence: `[${merged.join(',')}]` }, changed: !(othersSame && evidenceSame) };
}

/** Key order ignored (code-unit order: any fixed order does, and localeCompare cost most of a large edge's merge). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(k === 'evidence' && typeof v === 'string' ? JSON.parse(v) : v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameProps(a: Props, b: Props): boolean {
  // Equal evidence text needs no parsing: only the other properties are compared (evidence is most of an edge's bytes).
  if (typeof a.evidence === 'string' && a.evidence === b.evidence) return canonical({ ...a, evidence: null }) === canonical({ ...b, evidence: null });
  return canonical(a) === canonical(b);
}

/** Node type from an id's prefix (ids.ts), for edges whose end node was loaded by an earlier post. */
export function typeFromId(id: string, prefixes: ReadonlyMap<string, NodeType>): NodeType | undefined {
  return prefixes.get(id.slice(0, id.indexOf(':')));
}
