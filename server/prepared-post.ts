/**
 * A post read and made ready to load: the summary POST /api/posts answers with, and the checked, batched load plan it
 * writes (store/load-plan.ts). Pure, so the app makes it in its extraction worker, off the main thread.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { planLoad, type LoadPlan } from '../store/load-plan.ts';

export interface PostSummaryParts {
  post: { id: string; title: string; url: string } | null;
  nodes: number;
  edges: number;
  talks: number;
  warnings: string[];
}

export interface PreparedPost {
  summary: PostSummaryParts;
  plan: LoadPlan;
}

export function summarize(graph: KnowledgeGraph): PostSummaryParts {
  const post = graph.elements.nodes.find((n) => n.data.type === 'Post')?.data;
  return {
    post: post && post.type === 'Post' ? { id: post.id, title: post.title, url: post.url } : null,
    nodes: graph.elements.nodes.length,
    edges: graph.elements.edges.length,
    talks: graph.elements.nodes.filter((n) => n.data.type === 'Talk').length,
    warnings: graph.warnings,
  };
}

/** Plans first: a graph that does not fit the schema throws InvalidGraphError before anything is summarized. */
export function preparePost(graph: KnowledgeGraph): PreparedPost {
  const plan = planLoad(graph);
  return { summary: summarize(graph), plan };
}
