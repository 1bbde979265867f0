/** The posts that have golden graphs (test/golden/<stem>.graph.json): the seed and the sample posts. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_DIR = path.join(ROOT, 'test/golden');

export interface GoldenPost {
  /** The post file. */
  post: string;
  /** Its golden graph file. */
  golden: string;
  /** The `source` option the post is extracted with (its file name, so goldens do not depend on the checkout path). */
  source: string;
}

export function goldenPosts(): GoldenPost[] {
  const samples = path.join(ROOT, 'test/fixtures/posts');
  const files = [path.join(ROOT, 'data/posts/KubeCon-2017-Austin.md'), ...readdirSync(samples).filter((f) => /\.md$/.test(f)).sort().map((f) => path.join(samples, f))];
  return files.map((post) => {
    const source = path.basename(post);
    return { post, source, golden: path.join(GOLDEN_DIR, source.replace(/\.md$/, '.graph.json')) };
  });
}
