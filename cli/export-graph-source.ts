// Where `confgraph export` gets its graph: the given posts (extracted now), else the store (or the running app that holds it), else data/posts when that is empty.
import { fileURLToPath } from 'node:url';
import { extract } from '../extractor/index.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { openStore } from '../store/open-store.ts';
import type { StoreConfig } from '../store/open-store.ts';
import { readPosts } from './read-posts.ts';
import { openStoreOrServer } from './store-or-server.ts';

const SEED_POSTS = fileURLToPath(new URL('../data/posts', import.meta.url));

/** Extracts the posts into a throwaway in-memory store, so merging works exactly as in a real load. */
async function graphFromPosts(inputs: string[], say: (line: string) => void): Promise<KnowledgeGraph> {
  const read = await readPosts(inputs);
  for (const note of read.notes) say(`note: ${note}`);
  for (const error of read.errors) say(`error: ${error}`);
  if (read.posts.length === 0) throw new Error(`no readable markdown posts in ${inputs.join(', ')}`);
  const store = await openStore({ inMemory: true });
  try {
    for (const post of read.posts) await store.load(extract(post.text, { source: post.path.split(/[\\/]/).pop() ?? post.path }));
    return await store.exportGraph();
  } finally {
    await store.close();
  }
}

export async function exportSourceGraph(posts: string | undefined, config: StoreConfig, serverUrl: string | undefined, say: (line: string) => void): Promise<KnowledgeGraph> {
  if (posts) return graphFromPosts([posts], say);
  const target = await openStoreOrServer(config, serverUrl, say);
  if (target.kind === 'server') {
    const graph = await target.server.graph();
    if (graph.elements.nodes.length > 0) return graph;
  } else {
    try {
      const stats = await target.store.stats();
      if (stats.nodes > 0) return await target.store.exportGraph();
    } finally {
      await target.store.close();
    }
  }
  say(`the store is empty; extracting the posts in ${SEED_POSTS}`);
  return graphFromPosts([SEED_POSTS], say);
}
