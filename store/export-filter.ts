/**
 * exportGraph's optional filter: node types to keep and/or one event (its talks, what they touch,
 * the speakers' organizations). Edges are kept when both ends are.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';

export interface ExportFilter {
  types?: string[];
  event?: string;
}

function eventNodeIds(graph: KnowledgeGraph, event: string): Set<string> {
  const talks = new Set(graph.elements.nodes.filter(({ data }) => data.type === 'Talk' && data.event === event).map(({ data }) => data.id));
  const keep = new Set<string>([event, ...talks]);
  for (const { data } of graph.elements.edges) {
    if (talks.has(data.source)) keep.add(data.target);
    if (talks.has(data.target)) keep.add(data.source);
  }
  const people = new Set(graph.elements.nodes.filter(({ data }) => data.type === 'Person' && keep.has(data.id)).map(({ data }) => data.id));
  for (const { data } of graph.elements.edges) if (data.type === 'WORKS_FOR' && people.has(data.source)) keep.add(data.target);
  return keep;
}

export function filterGraph(graph: KnowledgeGraph, filter: ExportFilter | undefined): KnowledgeGraph {
  if (!filter || (!filter.types && !filter.event)) return graph;
  const inEvent = filter.event ? eventNodeIds(graph, filter.event) : null;
  const types = filter.types ? new Set(filter.types) : null;
  const nodes = graph.elements.nodes.filter(({ data }) => (!types || types.has(data.type)) && (!inEvent || inEvent.has(data.id)));
  const ids = new Set(nodes.map(({ data }) => data.id));
  const edges = graph.elements.edges.filter(({ data }) => ids.has(data.source) && ids.has(data.target));
  return { elements: { nodes, edges }, warnings: graph.warnings };
}
