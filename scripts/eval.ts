/**
 * `npm run eval [-- --json] [-- --post FILE --gold FILE] [-- --limit N]`: scores extract(post) against a gold
 * annotation (default: the seed and test/fixtures/seed-gold.json) with the rules of the gold README.
 * A report, not a gate: always exits 0 (an unreadable post or gold file is reported on stderr).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extractor/index.ts';
import { Gold } from './eval/gold.ts';
import { scoreGraph } from './eval/score.ts';
import { formatReport, reportJson } from './eval/report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const postPath = option('--post') ?? path.join(root, 'data/posts/KubeCon-2017-Austin.md');
const goldPath = option('--gold') ?? path.join(root, 'test/fixtures/seed-gold.json');
try {
  const [markdown, goldText] = await Promise.all([readFile(postPath, 'utf8'), readFile(goldPath, 'utf8')]);
  const gold = Gold.parse(JSON.parse(goldText));
  const graph = extract(markdown, { source: path.basename(postPath) });
  const report = scoreGraph(graph, gold);
  if (args.includes('--json')) process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n');
  else {
    process.stdout.write(`eval: ${path.relative(root, postPath)} against ${path.relative(root, goldPath)}\n\n`);
    process.stdout.write(formatReport(report, Number(option('--limit') ?? 12)) + '\n');
    if (graph.warnings.length) process.stdout.write(`\nextractor warnings: ${graph.warnings.join('; ')}\n`);
  }
} catch (error) {
  process.stderr.write(`eval: cannot score: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
}
