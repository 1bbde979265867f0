/** `npm run golden:update`: rewrites test/golden/*.graph.json from the current extractor. The only way goldens change. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../extractor/index.ts';
import { GOLDEN_DIR, ROOT, goldenPosts } from './golden-posts.ts';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const { post, golden, source } of goldenPosts()) {
  const graph = extract(readFileSync(post, 'utf8'), { source });
  writeFileSync(golden, JSON.stringify(graph, null, 2) + '\n');
  const { nodes, edges } = graph.elements;
  process.stdout.write(`${path.relative(ROOT, golden)}: ${nodes.length} nodes, ${edges.length} edges, ${graph.warnings.length} warnings\n`);
}
