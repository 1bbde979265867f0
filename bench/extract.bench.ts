/**
 * Extractor speed: extract_seed_ms (seed post, warm, median), extract_mb_per_s (>= 200 generated posts, >= 10 MB,
 * one core; quick mode: 40 posts, 2 MB) and compromise_baseline_ratio (our MB/s over a bare compromise
 * `nlp(text).json()` pass's MB/s on the same posts: the floor of an NLP-based approach) and extract_real_mb_per_s (the
 * committed real write-ups in data/real-posts/licensed, the same way).
 * The figures time the extractor that ships, compiled to dist/ (built first when stale, outside the timing); the corpus
 * rate and the seed time run in a plain Node process of their own, as the CLI and the server run it
 * (bench/extract-rate.mjs: the best of five corpus passes, the median beside it; the seed's median of 25 runs after 30
 * warm-up runs, and extract_seed_ms_after_5_warmups the median of runs 6 to 30, the reading of older results).
 * extract_seed_cpu_ms and extract_mb_per_cpu_s_median are the same medians in CPU time of the extracting process (its
 * GC and compiler threads included): a busy neighbour on the shared VM stretches wall time, not the work done. extract_mb_per_s_tsx times the TypeScript source run through tsx in this process (a dev tool that
 * wraps every function expression in a naming helper), kept so that older results compare.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extract as extractSource } from '../extractor/index.ts';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { round } from './bench-module.ts';
import { generateCorpus } from './extract-corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

function timeIt(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

type Extract = typeof extractSource;

function buildIfStale(): void {
  const build = spawnSync(process.execPath, ['bin/build.js', '--node', '--if-stale', '--no-check'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node bin/build.js --node failed');
}

/** MB/s of the shipped extractor over the corpus in a plain Node process (bench/extract-rate.mjs): best and median of 5 passes. */
function shippedRate(posts: string[]): { rate: number; median: number; cpuMedian: number; talks: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-bench-'));
  try {
    const file = path.join(dir, 'corpus.json');
    writeFileSync(file, JSON.stringify(posts));
    const run = spawnSync(process.execPath, [path.join(root, 'bench/extract-rate.mjs'), file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`bench/extract-rate.mjs failed: ${run.stderr.slice(-500)}`);
    const out = JSON.parse(run.stdout) as { mbPerS: number; median: number; cpuMedian: number; talks: number };
    return { rate: out.mbPerS, median: out.median, cpuMedian: out.cpuMedian, talks: out.talks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seed post's warm time with the shipped extractor in a plain Node process (as the CLI and the server run it). */
function shippedSeedTime(seedFile: string, runs: number): { median: number; p90: number; after5: number; cpuMedian: number } {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/extract-rate.mjs'), '--seed', seedFile, String(runs)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`bench/extract-rate.mjs --seed failed: ${run.stderr.slice(-500)}`);
  const out = JSON.parse(run.stdout) as { medianMs: number; p90Ms: number; after5MedianMs: number; cpuMedianMs: number };
  return { median: out.medianMs, p90: out.p90Ms, after5: out.after5MedianMs, cpuMedian: out.cpuMedianMs };
}

/** MB/s over the whole corpus, after a warm-up on its first posts (the JIT's first tiers are not what runs). */
function corpusRate(extract: Extract, posts: string[], bytes: number): { rate: number; talks: number } {
  for (const post of posts.slice(0, 10)) extract(post);
  let talks = 0;
  const ms = timeIt(() => {
    for (const post of posts) talks += extract(post).elements.nodes.filter((n) => n.data.type === 'Talk').length;
  });
  return { rate: bytes / MB / (ms / 1000), talks };
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  // The shipped extractor in dist/, built first when its sources are newer (timed in plain processes below).
  buildIfStale();
  const seed = shippedSeedTime(path.join(root, 'data/posts/KubeCon-2017-Austin.md'), quick ? 9 : 25);

  const posts = quick ? generateCorpus(40, 2 * MB) : generateCorpus(200, 10.5 * MB);
  const bytes = posts.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
  const source = corpusRate(extractSource, posts, bytes);
  const { rate: extractRate, median: extractMedian, cpuMedian: extractCpuMedian, talks } = shippedRate(posts);

  // Real write-ups by other people (the committed, licensed ones): headings and leads of every habit, few repeats.
  const realDir = path.join(root, 'data/real-posts/licensed');
  const realPosts = await Promise.all((await readdir(realDir)).filter((f) => f.endsWith('.md') && f !== 'NOTICE.md').sort().map((f) => readFile(path.join(realDir, f), 'utf8')));
  const real = shippedRate(realPosts);

  // The baseline runs on a slice of the same posts (compromise alone is slow); rates compare, not totals.
  const sample = posts.slice(0, quick ? 4 : 10);
  const sampleBytes = sample.reduce((sum, p) => sum + Buffer.byteLength(p), 0);
  const compromiseMs = timeIt(() => {
    for (const post of sample) nlp(post).json();
  });
  const compromiseRate = sampleBytes / MB / (compromiseMs / 1000);

  return {
    extract_seed_ms: round(seed.median),
    extract_seed_p90_ms: round(seed.p90),
    extract_seed_ms_after_5_warmups: round(seed.after5),
    extract_seed_cpu_ms: round(seed.cpuMedian),
    extract_mb_per_s: round(extractRate),
    extract_mb_per_s_median: round(extractMedian),
    extract_mb_per_cpu_s_median: round(extractCpuMedian),
    extract_mb_per_s_tsx: round(source.rate),
    extract_posts: posts.length,
    extract_corpus_mb: round(bytes / MB),
    extract_talks_found: talks,
    extract_real_mb_per_s: round(real.rate),
    extract_real_posts: realPosts.length,
    compromise_mb_per_s: round(compromiseRate),
    compromise_baseline_ratio: round(extractRate / compromiseRate),
  };
}
