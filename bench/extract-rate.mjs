// The shipped extractor's speed, in a plain Node process as the CLI and the server run it (no tsx, no second copy of
// the extractor in the heap): `node bench/extract-rate.mjs CORPUS.json` prints {"mbPerS", "median", "passes", "talks"} as JSON.
// The corpus (a JSON array of markdown strings) is written by extract.bench.ts. Five passes: the best one is the rate
// (a shared VM only ever slows a pass down), the median is reported beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(pathToFileURL(path.join(root, 'dist/extractor/index.js')).href);
const posts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = posts.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
for (const post of posts.slice(0, 10)) extract(post);
const rates = [];
let talks = 0;
for (let pass = 0; pass < 5; pass++) {
  talks = 0;
  const started = performance.now();
  for (const post of posts) talks += extract(post).elements.nodes.filter((n) => n.data.type === 'Talk').length;
  rates.push(bytes / 1048576 / ((performance.now() - started) / 1000));
}
rates.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ mbPerS: rates[rates.length - 1], median: rates[2], passes: rates, talks }) + '\n');
