/** What each `bench/*.bench.ts` exports: a run that returns named measurements for bench/results.json. */
export interface BenchOptions {
  /** `npm run bench -- --quick`: smaller corpora and fewer iterations; the whole run stays under 50 s. */
  quick: boolean;
  /** `npm run bench -- --soak [--soak-seconds N]`: how long soak.bench.ts runs (600). */
  soakSeconds?: number;
}
export type BenchResults = Record<string, number | string | boolean | null | Record<string, unknown> | unknown[]>;
export interface BenchModule {
  run(options: BenchOptions): Promise<BenchResults>;
}

/** Percentile (0..100) of a list of samples, nearest-rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
