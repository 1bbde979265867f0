// Per-node numbers read from the raw graph (no Cytoscape): talk counts and node sizes, shared by the map layout and the stylesheet.
import type { KnowledgeGraph } from '../../extractor/schema.ts';

type Elements = Pick<KnowledgeGraph, 'elements'>;

/** How many talks each node is linked to (mentioned by, presented, ...); a talk counts as one. */
export function talkCounts(graph: Elements): Map<string, number> {
  const types = new Map<string, string>();
  for (const { data } of graph.elements.nodes) types.set(data.id, data.type);
  const talks = new Map<string, Set<string>>();
  const link = (id: string, talk: string) => {
    const set = talks.get(id);
    if (set) set.add(talk);
    else talks.set(id, new Set([talk]));
  };
  for (const { data } of graph.elements.edges) {
    if (types.get(data.source) === 'Talk') link(data.target, data.source);
    if (types.get(data.target) === 'Talk') link(data.source, data.target);
  }
  const counts = new Map<string, number>();
  for (const [id, type] of types) counts.set(id, type === 'Talk' ? 1 : (talks.get(id)?.size ?? 0));
  return counts;
}

/** Node diameter in px: grows with the square root of the talk count, so hubs stand out but stay readable. */
export function sizeFor(type: string, talks: number): number {
  if (type === 'Talk') return 22;
  if (type === 'Event' || type === 'Post') return 34;
  return Math.round(16 + 10 * Math.sqrt(Math.min(talks, 30)));
}
