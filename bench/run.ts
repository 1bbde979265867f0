/**
 * `npm run bench [-- --quick] [-- --only name]`: runs every bench/*.bench.ts and writes bench/results.json.
 * `npm run bench -- --soak [--soak-seconds N]` runs only the soak (10 minutes by default), which a plain run skips.
 * Speeds are measured here, never asserted in tests.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { BenchModule, BenchResults } from './bench-module.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const soak = args.includes('--soak');
const only = soak ? 'soak' : onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const soakSecondsIndex = args.indexOf('--soak-seconds');
const soakSeconds = soakSecondsIndex >= 0 ? Number(args[soakSecondsIndex + 1]) : 600;
if (!Number.isFinite(soakSeconds) || soakSeconds < 5) throw new Error('--soak-seconds needs a number of seconds (>= 5)');

const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
type Results = Record<string, BenchResults | { error: string }>;
const resultsPath = path.join(here, 'results.json');

/** With --only, the other benches' recorded numbers are kept: one bench rerun must not erase the rest. */
async function previousResults(): Promise<Results> {
  if (!only) return {};
  try {
    return (JSON.parse(await readFile(resultsPath, 'utf8')) as { results?: Results }).results ?? {};
  } catch {
    return {};
  }
}

const results: Results = await previousResults();
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only && only !== name) continue;
  if (name === 'soak' && !soak) continue;
  const started = Date.now();
  process.stdout.write(`bench ${name} ...\n`);
  try {
    const mod = (await import(path.join(here, file))) as BenchModule;
    results[name] = await mod.run({ quick, soakSeconds });
  } catch (error) {
    results[name] = { error: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(`bench ${name}: ${JSON.stringify(results[name])} (${Date.now() - started} ms)\n`);
}
const out = {
  date: new Date().toISOString(),
  quick,
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
  results,
};
await writeFile(resultsPath, JSON.stringify(out, null, 2) + '\n');
process.stdout.write(`wrote bench/results.json\n`);
process.exit(0);
