/**
 * `npm run bench [-- --quick] [-- --only name]`: runs every bench/*.bench.ts and writes bench/results.json.
 * Speeds are measured here, never asserted in tests.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { BenchModule, BenchResults } from './bench-module.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
const results: Record<string, BenchResults | { error: string }> = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only && only !== name) continue;
  const started = Date.now();
  process.stdout.write(`bench ${name} ...\n`);
  try {
    const mod = (await import(path.join(here, file))) as BenchModule;
    results[name] = await mod.run({ quick });
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
await writeFile(path.join(here, 'results.json'), JSON.stringify(out, null, 2) + '\n');
process.stdout.write(`wrote bench/results.json\n`);
process.exit(0);
