/**
 * CLI start-up as a user meets it: cli_help_ms (`confgraph --help`) and cli_extract_seed_ms (`confgraph extract` of the
 * seed post to a file), each from process start to exit, median of 5 (quick: 3), through bin/confgraph.js on the
 * compiled dist/ (built first when stale, outside the timing). The load average is recorded beside them: on a shared
 * 2-core machine it moves these numbers more than any change of ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { percentile, round } from './bench-module.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function timedRun(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['bin/confgraph.js', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`confgraph ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return ms;
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const build = spawnSync(process.execPath, ['bin/build.js', '--node', '--if-stale', '--no-check'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node bin/build.js --node failed');
  const out = mkdtempSync(path.join(tmpdir(), 'confgraph-bench-cli-'));
  try {
    const n = quick ? 3 : 5;
    const seed = ['extract', 'data/posts/KubeCon-2017-Austin.md', '--out', path.join(out, 'seed.cyjs')];
    // One unmeasured run each warms the OS file cache, as a user's second command finds it.
    timedRun(['--help']);
    timedRun(seed);
    const help = Array.from({ length: n }, () => timedRun(['--help']));
    const extract = Array.from({ length: n }, () => timedRun(seed));
    return {
      cli_help_ms: round(percentile(help, 50), 0),
      cli_extract_seed_ms: round(percentile(extract, 50), 0),
      cli_runs: n,
      cli_load_average_1m: round(loadavg()[0] ?? 0),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
