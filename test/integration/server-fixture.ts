// The server suites' setup: the REAL embedded store (in memory) loaded with the seed graph, and the app over it.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeGraph } from '../../extractor/schema.ts';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import type { GraphStore } from '../../store/graph-store.ts';

const SEED_POST = fileURLToPath(new URL('../../data/posts/KubeCon-2017-Austin.md', import.meta.url));
const EXTRACTOR = fileURLToPath(new URL('../../extractor/index.ts', import.meta.url));

/** The seed post through the real extractor; mini-graph.json only while the extractor is not in the tree. */
export async function seedGraph(): Promise<KnowledgeGraph> {
  if (existsSync(EXTRACTOR)) {
    const { extract } = (await import(EXTRACTOR)) as { extract: (md: string, o: { source: string }) => KnowledgeGraph | Promise<KnowledgeGraph> };
    return extract(readFileSync(SEED_POST, 'utf8'), { source: 'KubeCon-2017-Austin.md' });
  }
  console.warn('[server tests] extractor/index.ts is missing: using test/fixtures/mini-graph.json as the seed graph');
  return KnowledgeGraph.parse(JSON.parse(readFileSync(new URL('../fixtures/mini-graph.json', import.meta.url), 'utf8')));
}

export async function seededStore(graph: KnowledgeGraph): Promise<GraphStore> {
  const store = EmbeddedStore.create();
  await store.init();
  await store.load(graph);
  return store;
}
