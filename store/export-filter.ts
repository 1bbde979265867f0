/**
 * exportGraph's optional filter: node types to keep and/or one event (its talks, what they touch,
 * the speakers' organizations). Edges are kept when both ends are.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';

export interface ExportFilter {
  types?: string[];
  event?: string;
  /** At most this many nodes (by id) and the edges between them; the graph's warnings say when it was cut. */
  maxNodes?: number;
  /** At most this many edges (by id) among the kept nodes. */
  maxEdges?: number;
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
  if (!filter || (!filter.types && !filter.event && filter.maxEdges === undefined)) return graph;
  const inEvent = filter.event ? eventNodeIds(graph, filter.event) : null;
  const types = filter.types ? new Set(filter.types) : null;
  const nodes = graph.elements.nodes.filter(({ data }) => (!types || types.has(data.type)) && (!inEvent || inEvent.has(data.id)));
  const ids = new Set(nodes.map(({ data }) => data.id));
  const edges = graph.elements.edges.filter(({ data }) => ids.has(data.source) && ids.has(data.target));
  const maxEdges = filter.maxEdges ?? Infinity;
  if (edges.length <= maxEdges) return { elements: { nodes, edges }, warnings: graph.warnings };
  const warning = `the graph was cut at ${maxEdges} of its ${edges.length} edges; filter by type or event to see the rest`;
  return { elements: { nodes, edges: edges.slice(0, maxEdges) }, warnings: [...graph.warnings, warning] };
}
