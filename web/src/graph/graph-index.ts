// Lookups over the loaded graph (nodes by id, edges by endpoint) that the panels and the table read.
import type { EdgeData, KnowledgeGraph, NodeData } from '../../../extractor/schema.ts';

export interface GraphIndex {
  nodes: Map<string, NodeData>;
  /** Edges leaving each node id. */
  out: Map<string, EdgeData[]>;
  /** Edges entering each node id. */
  in: Map<string, EdgeData[]>;
}

export function buildIndex(graph: Pick<KnowledgeGraph, 'elements'>): GraphIndex {
  const index: GraphIndex = { nodes: new Map(), out: new Map(), in: new Map() };
  for (const { data } of graph.elements.nodes) index.nodes.set(data.id, data);
  for (const { data } of graph.elements.edges) {
    push(index.out, data.source, data);
    push(index.in, data.target, data);
  }
  return index;
}

function push(map: Map<string, EdgeData[]>, key: string, edge: EdgeData): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

export function outEdges(index: GraphIndex, id: string, type?: string): EdgeData[] {
  const list = index.out.get(id) ?? [];
  return type ? list.filter((e) => e.type === type) : list;
}

export function inEdges(index: GraphIndex, id: string, type?: string): EdgeData[] {
  const list = index.in.get(id) ?? [];
  return type ? list.filter((e) => e.type === type) : list;
}

export function nodeName(index: GraphIndex, id: string): string {
  return index.nodes.get(id)?.name ?? id;
}

/** The projects mentioned by the most talks, most first (ties by name). */
export function topProjects(index: GraphIndex, limit: number): Array<{ id: string; name: string; talks: number }> {
  const out: Array<{ id: string; name: string; talks: number }> = [];
  // Plain loops, no per-project arrays: this runs before the first frame, while the code is still cold.
  for (const node of index.nodes.values()) {
    if (node.type !== 'Project') continue;
    let talks = 0;
    for (const e of index.in.get(node.id) ?? []) if (e.type === 'MENTIONS' && index.nodes.get(e.source)?.type === 'Talk') talks++;
    if (talks > 0) out.push({ id: node.id, name: node.name, talks });
  }
  return out.sort((a, b) => b.talks - a.talks || a.name.localeCompare(b.name)).slice(0, limit);
}

// When a name is shared (a project and an organization both called "Rook"), entities win over talks and posts.
const NAME_PREFERENCE = ['Project', 'Organization', 'Person', 'Talk', 'Event', 'Post'];

/** The node id `text` stands for: an id, else a name or alias (case-insensitive); null when none. */
export function resolveName(index: GraphIndex, text: string): string | null {
  const wanted = text.trim();
  if (!wanted) return null;
  if (index.nodes.has(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  let best: { id: string; rank: number } | null = null;
  for (const node of index.nodes.values()) {
    if (node.name.toLowerCase() !== lower && !node.aliases.some((a) => a.toLowerCase() === lower)) continue;
    const rank = NAME_PREFERENCE.indexOf(node.type);
    if (!best || rank < best.rank || (rank === best.rank && node.id < best.id)) best = { id: node.id, rank };
  }
  return best?.id ?? null;
}
