// The graph as Cytoscape elements: in id order, each node at its map position and with its size class (see style.ts).
import type { EdgeDefinition, ElementsDefinition, NodeDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../../../extractor/schema.ts';
import { sizeClass, sizeFor, talkCounts } from './node-metrics.ts';
import { stablePositions } from '../../../server/map-layout/stable-layout.ts';
import type { Point } from '../../../server/map-layout/stable-layout.ts';

const byId = (a: { data: { id: string } }, b: { data: { id: string } }): number => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

/** The map positions the server sent with the graph (GET /api/graph), when every node has one. */
function sentPositions(graph: Pick<KnowledgeGraph, 'elements'>): Map<string, Point> | null {
  const positions = new Map<string, Point>();
  for (const node of graph.elements.nodes) {
    const p = (node as { position?: Partial<Point> }).position;
    if (typeof p?.x !== 'number' || typeof p.y !== 'number') return null;
    positions.set(node.data.id, { x: p.x, y: p.y });
  }
  return positions;
}

/**
 * Element definitions for Cytoscape. Data is copied as the API sent it; the map positions are the
 * ones given, else the ones the server sent, else computed here (the same arithmetic).
 */
export function graphElements(
  graph: Pick<KnowledgeGraph, 'elements'>,
  options: { positions?: Map<string, Point> } = {},
): ElementsDefinition {
  const positions = options.positions ?? sentPositions(graph) ?? stablePositions(graph);
  const talks = talkCounts(graph);
  const nodes: NodeDefinition[] = [...graph.elements.nodes].sort(byId).map((n) => ({
    data: { ...n.data },
    position: { ...(positions.get(n.data.id) ?? { x: 0, y: 0 }) },
    classes: sizeClass(sizeFor(n.data.type, talks.get(n.data.id) ?? 0)),
  }));
  const edges: EdgeDefinition[] = [...graph.elements.edges].sort(byId).map((e) => ({ data: { ...e.data } }));
  return { nodes, edges };
}

/** The size class of a node added later (e.g. from a query result) that the loaded graph did not have. */
export function lateNodeClasses(type: string): string {
  return sizeClass(sizeFor(type, 0));
}
