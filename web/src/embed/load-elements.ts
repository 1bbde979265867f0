// What the embed page draws: a named query's result, or the whole graph (filtered on the page, so the map positions are the explorer's).
import { getGraph, runNamedQuery } from '../api.ts';
import type { KnowledgeGraph } from '../api.ts';
import type { EmbedParams } from './embed-params.ts';

export async function loadElements(params: EmbedParams): Promise<KnowledgeGraph['elements']> {
  if (params.query) return (await runNamedQuery(params.query, params.params)).elements;
  return (await getGraph()).elements;
}
