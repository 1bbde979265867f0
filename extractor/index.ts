/**
 * The extractor: `extract(markdown, options) -> KnowledgeGraph`. Pure (no I/O), never throws:
 * each pass that fails leaves a warning and the graph of the passes before it.
 */
import { KnowledgeGraph, emptyGraph } from './schema.ts';
import type { ExtractOptions, EntityMention, ParsedPost, StatedRelation, TalkRecord } from './passes/types.ts';
import { guardInput } from './input-guard.ts';
import { parsePost } from './passes/01-sections.ts';
import { emptyFrontMatter } from './passes/00-front-matter.ts';
import { findTalks } from './passes/02-talks.ts';
import { findEntities } from './passes/03-entities.ts';
import { findRelations } from './passes/04-relations.ts';
import { buildGraph } from './passes/05-graph.ts';
import { sanitizeGraph } from './sanitize.ts';
import { forgetTexts } from './memo.ts';

export type { ExtractOptions } from './passes/types.ts';

function attempt<T>(name: string, warnings: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`${name} failed (${error instanceof Error ? error.message : String(error)}); partial graph`);
    return fallback;
  }
}

export function extract(markdown: string, options: ExtractOptions = {}): KnowledgeGraph {
  const warnings: string[] = [];
  forgetTexts();
  try {
    const input = guardInput(markdown);
    warnings.push(...input.warnings);
    const emptyPost: ParsedPost = { frontMatter: emptyFrontMatter(), url: options.baseUrl ?? '/', sections: [], warnings: [] };
    const parsed = attempt('reading the markdown', warnings, emptyPost, () => parsePost(input.text, options));
    const { post, talks } = attempt<{ post: ParsedPost; talks: TalkRecord[] }>('finding talks', warnings, { post: parsed, talks: [] }, () => findTalks(parsed));
    const mentions = attempt<EntityMention[]>('finding entities', warnings, [], () => findEntities(post, talks));
    const relations = attempt<StatedRelation[]>('finding relations', warnings, [], () => findRelations(post, mentions));
    const graph = attempt('building the graph', warnings, emptyGraph(), () => buildGraph({ post, talks, mentions, relations, options }));
    graph.warnings = [...new Set([...warnings, ...graph.warnings])];
    return sanitizeGraph(graph);
  } catch (error) {
    const graph = emptyGraph();
    graph.warnings = [...warnings, `extraction failed (${error instanceof Error ? error.message : String(error)})`];
    return KnowledgeGraph.parse(graph);
  } finally {
    forgetTexts();
  }
}
