// What the embed page draws: a named query's result, or the graph (server-filtered by type).
import { getGraph, runNamedQuery } from '../api.ts';
import type { KnowledgeGraph } from '../api.ts';
import type { EmbedParams } from './embed-params.ts';

export async function loadElements(params: EmbedParams): Promise<KnowledgeGraph['elements']> {
  if (params.query) return (await runNamedQuery(params.query, params.params)).elements;
  const graph = await getGraph(params.types.length > 0 ? { types: params.types } : {});
  return graph.elements;
}
