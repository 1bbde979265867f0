// A shortest path over the loaded graph (breadth-first, either direction), through the nodes a predicate allows (pure).
import type { EdgeData } from '../../../extractor/schema.ts';
import type { GraphIndex } from './graph-index.ts';

export interface PathStep {
  /** The node reached by this step. */
  node: string;
  /** The edge taken to reach it (null for the first node). */
  edge: EdgeData | null;
}

/**
 * The steps from `from` to `to`, or null when no path exists. Ties go to the neighbour with the
 * smallest id, so the same graph always gives the same path. `allow` filters the nodes in between
 * (the ends are always allowed), e.g. to keep the path to the node types the view shows.
 */
export function findPath(index: GraphIndex, from: string, to: string, allow: (id: string) => boolean = () => true): PathStep[] | null {
  if (!index.nodes.has(from) || !index.nodes.has(to)) return null;
  if (from === to) return [{ node: from, edge: null }];
  const via = new Map<string, EdgeData | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !via.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const edges = [...(index.out.get(id) ?? []), ...(index.in.get(id) ?? [])]
        .map((e) => ({ e, other: e.source === id ? e.target : e.source }))
        .sort((a, b) => (a.other < b.other ? -1 : a.other > b.other ? 1 : a.e.id < b.e.id ? -1 : 1));
      for (const { e, other } of edges) {
        if (via.has(other) || (other !== to && !allow(other))) continue;
        via.set(other, e);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const steps: PathStep[] = [];
  for (let at: string | null = to; at !== null; ) {
    const edge: EdgeData | null = via.get(at) ?? null;
    steps.unshift({ node: at, edge });
    at = edge ? (edge.source === at ? edge.target : edge.source) : null;
  }
  return steps;
}
