/**
 * `npm run eval [-- --set NAME] [-- --json] [-- --corpus]`: extracts every post of each evaluation set (seed,
 * synthetic, dev, real; see scripts/eval/sets.ts) and prints precision, recall and F1 per part, per post and
 * pooled (micro) over the set, with the acceptance scorer when ../shared/eval is there. `--corpus` also extracts
 * every post we hold (gold or not) and lists pass failures and posts where no talk was found.
 * `-- --post FILE --gold FILE` scores one post in detail (misses and false hits, the in-repo scorer).
 * A report, not a gate: always exits 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extractor/index.ts';
import { Gold } from './eval/gold.ts';
import { scoreGraph } from './eval/score.ts';
import { formatReport, reportJson } from './eval/report.ts';
import { corpusPosts, evalSets } from './eval/sets.ts';
import { PARTS, acceptanceScorerDir, pool, scoreAll, type Counts, type PostScore } from './eval/acceptance-scorer.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/** Pooled F1 exactly as ../shared/eval/pooled.py computes it (0 when nothing was found or nothing is to find). */
function pooledF1(c: Counts): number {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
const pct = (n: number): string => n.toFixed(2);
const prf = (c: Counts): string => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return `P=${pct(p)} R=${pct(r)} F1=${pct(pooledF1(c))}`;
};

function singlePost(postPath: string, goldPath: string): void {
  const gold = Gold.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
  const graph = extract(readFileSync(postPath, 'utf8'), { source: path.basename(postPath) });
  const report = scoreGraph(graph, gold);
  if (args.includes('--json')) process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n');
  else {
    process.stdout.write(`eval: ${path.relative(root, postPath)} against ${path.relative(root, goldPath)}\n\n`);
    process.stdout.write(formatReport(report, Number(option('--limit') ?? 12)) + '\n');
    if (graph.warnings.length) process.stdout.write(`\nextractor warnings: ${graph.warnings.join('; ')}\n`);
  }
}

function scoreSets(): Record<string, { posts: Record<string, PostScore>; pooled: PostScore }> {
  const wanted = option('--set');
  const json: Record<string, { posts: Record<string, PostScore>; pooled: PostScore }> = {};
  const scorer = acceptanceScorerDir(root) ? 'the acceptance scorer ../shared/eval/score.py' : 'the in-repo scorer (../shared/eval not found)';
  if (!args.includes('--json')) process.stdout.write(`scored with ${scorer}; pooled = micro F1 over the set's posts\n`);
  for (const set of evalSets(root)) {
    if (wanted && set.name !== wanted) continue;
    if (!set.items.length) {
      if (!args.includes('--json')) process.stdout.write(`\n== ${set.name}: no posts here (${set.about}); skipped\n`);
      continue;
    }
    const graphs = set.items.map((item) => ({ gold: item.gold, graph: extract(readFileSync(item.post, 'utf8'), { source: path.basename(item.post) }) }));
    const scores = scoreAll(root, graphs);
    const pooled = pool(scores);
    json[set.name] = { posts: Object.fromEntries(set.items.map((item, i) => [item.name, scores[i] as PostScore])), pooled };
    if (args.includes('--json')) continue;
    process.stdout.write(`\n== ${set.name}: ${set.items.length} post(s), ${set.about}\n`);
    set.items.forEach((item, i) => {
      const s = scores[i];
      if (s) process.stdout.write(`  ${item.name.slice(0, 44).padEnd(45)}${PARTS.map((p) => `${p}=${pct(pooledF1(s[p]))}`).join(' ')}\n`);
    });
    process.stdout.write(`  pooled:\n`);
    for (const part of PARTS) process.stdout.write(`    ${part.padEnd(15)} ${prf(pooled[part])}  (tp=${pooled[part].tp} fp=${pooled[part].fp} fn=${pooled[part].fn})\n`);
  }
  return json;
}

/** Every post we hold: no pass may fail, and posts where no talk was found are listed so misses stay visible. */
function corpusReport(): void {
  const posts = corpusPosts(root);
  const failures: string[] = [];
  const noTalks: string[] = [];
  let talks = 0;
  const started = performance.now();
  for (const file of posts) {
    const graph = extract(readFileSync(file, 'utf8'), { source: path.basename(file) });
    const failed = graph.warnings.filter((w) => /\bfailed\b/.test(w));
    if (failed.length) failures.push(`${path.relative(root, file)}: ${failed.join('; ')}`);
    const count = graph.elements.nodes.filter((n) => n.data.type === 'Talk').length;
    talks += count;
    if (count === 0) noTalks.push(path.relative(root, file));
  }
  process.stdout.write(`\n== corpus: ${posts.length} posts extracted in ${Math.round(performance.now() - started)} ms, ${talks} talks found\n`);
  process.stdout.write(`  pass failures: ${failures.length ? '\n    ' + failures.join('\n    ') : 'none'}\n`);
  process.stdout.write(`  posts with no talk found (${noTalks.length}):${noTalks.length ? '\n    ' + noTalks.join('\n    ') : ' none'}\n`);
}

try {
  const postPath = option('--post');
  if (postPath) singlePost(postPath, option('--gold') ?? path.join(root, 'test/fixtures/seed-gold.json'));
  else {
    const json = scoreSets();
    if (args.includes('--json')) process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    if (args.includes('--corpus')) corpusReport();
  }
} catch (error) {
  process.stderr.write(`eval: cannot score: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
}
