/** Keeps only schema-valid elements of a graph (and no dangling edges), noting what it dropped. */
import { EdgeData, KnowledgeGraph, NodeData } from './schema.ts';

export function sanitizeGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const whole = KnowledgeGraph.safeParse(graph);
  if (whole.success) return whole.data;
  const warnings = graph.warnings.filter((w) => typeof w === 'string');
  const nodes = graph.elements.nodes.filter((n) => NodeData.safeParse(n.data).success);
  const ids = new Set(nodes.map((n) => n.data.id));
  const edges = graph.elements.edges.filter((e) => EdgeData.safeParse(e.data).success && ids.has(e.data.source) && ids.has(e.data.target));
  const dropped = graph.elements.nodes.length - nodes.length + graph.elements.edges.length - edges.length;
  warnings.push(`${dropped} graph element(s) failed validation and were dropped`);
  return KnowledgeGraph.parse({ elements: { nodes, edges }, warnings });
}
