/**
 * Fixes the direction of path steps whose relationship type links two nodes of the same type
 * (Project-Project): the path query is undirected, so the real edge is looked up among the step's
 * start node's relationships (entity-neighbours) and its id, source and target are used.
 */
import type { GraphStore } from '../store/graph-store.ts';
import type { FoundElements } from './elements-from-rows.ts';

export async function orientUndirectedSteps(store: GraphStore, edges: FoundElements['edges']): Promise<FoundElements['edges']> {
  return Promise.all(
    edges.map(async (edge) => {
      if (!edge.data.undirected) return edge;
      const { source, target, type } = edge.data as { source: string; target: string; type: string };
      const { rows } = await store.runNamed('entity-neighbours', { id: source });
      const real = rows.find((r) => r.type === type && ((r.source === source && r.target === target) || (r.source === target && r.target === source)));
      const id = real && typeof real.edge === 'object' && real.edge && !Array.isArray(real.edge) ? real.edge.id : undefined;
      if (!real || typeof id !== 'string') return edge;
      const { undirected: _u, ...data } = edge.data;
      return { data: { ...data, id, source: real.source, target: real.target } };
    }),
  );
}
