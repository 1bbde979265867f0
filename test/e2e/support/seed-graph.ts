// The graphs the browser tests load: the seed post through the real extractor, and a hostile one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../extractor/index.ts';
import type { KnowledgeGraph } from '../../../extractor/schema.ts';

const SEED_POST = fileURLToPath(new URL('../../../data/posts/KubeCon-2017-Austin.md', import.meta.url));

export async function seedGraph(): Promise<KnowledgeGraph> {
  return extract(readFileSync(SEED_POST, 'utf8'), { source: 'KubeCon-2017-Austin.md' });
}

/** Counts of what the UI should show, read from the graph the same way a user would check it. */
export function talksMentioning(graph: KnowledgeGraph, entityId: string): string[] {
  const talks = new Set(graph.elements.nodes.filter((n) => n.data.type === 'Talk').map((n) => n.data.id));
  return graph.elements.edges
    .filter((e) => e.data.type === 'MENTIONS' && e.data.target === entityId && talks.has(e.data.source))
    .map((e) => e.data.source);
}
