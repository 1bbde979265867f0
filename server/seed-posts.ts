/** Loads every markdown post of a directory into an empty store (extract, then load, one post at a time). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphStore } from '../store/graph-store.ts';
import type { ExtractFn } from './options.ts';

export interface SeedSummary {
  posts: number;
  nodes: number;
  edges: number;
  skipped: boolean;
}

export async function loadPostsIfEmpty(store: GraphStore, dir: string, extract: ExtractFn, log: (line: string) => void): Promise<SeedSummary> {
  const before = await store.stats();
  if (before.nodes > 0) return { posts: 0, nodes: before.nodes, edges: before.edges, skipped: true };
  const files = (await readdir(dir).catch(() => [])).filter((f) => /\.(md|markdown)$/i.test(f)).sort();
  let posts = 0;
  for (const file of files) {
    try {
      const markdown = await readFile(path.join(dir, file), 'utf8');
      await store.load(await extract(markdown, { source: file }));
      posts++;
    } catch (error) {
      // One bad post must not keep the others (or the server) from loading.
      log(`could not load ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const after = await store.stats();
  return { posts, nodes: after.nodes, edges: after.edges, skipped: false };
}
