/**
 * The graph with each node at its map position, as Cytoscape's elements JSON carries it (`position`):
 * computed once per answer of GET /api/graph (and cached with it) instead of in every browser that loads it.
 */
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { stablePositions } from './stable-layout.ts';
import type { Point } from './stable-layout.ts';

export type PlacedGraph = Omit<KnowledgeGraph, 'elements'> & {
  elements: { nodes: Array<KnowledgeGraph['elements']['nodes'][number] & { position: Point }>; edges: KnowledgeGraph['elements']['edges'] };
};

export function withPositions(graph: KnowledgeGraph): PlacedGraph {
  const positions = stablePositions(graph);
  return {
    ...graph,
    elements: {
      nodes: graph.elements.nodes.map((node) => ({ ...node, position: positions.get(node.data.id) ?? { x: 0, y: 0 } })),
      edges: graph.elements.edges,
    },
  };
}
