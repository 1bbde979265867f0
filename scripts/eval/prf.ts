/** Precision, recall and F1 over keyed items; optional gold items are neither rewarded nor punished. */

export interface PartScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold items not found. */
  misses: string[];
  /** Extracted items not in the gold. */
  falseHits: string[];
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/**
 * gold/extracted map keys to display labels. Keys in `optional` count for neither side.
 * Precision and recall are 1 when there is nothing to find or nothing found (no evidence of error).
 */
export function scoreKeys(gold: Map<string, string>, extracted: Map<string, string>, optional: Set<string> = new Set()): PartScore {
  let tp = 0;
  const misses: string[] = [];
  const falseHits: string[] = [];
  for (const [key, label] of gold) {
    if (optional.has(key)) continue;
    if (extracted.has(key)) tp++;
    else misses.push(label);
  }
  for (const [key, label] of extracted) if (!gold.has(key) && !optional.has(key)) falseHits.push(label);
  return finishScore(tp, falseHits, misses);
}

export function finishScore(tp: number, falseHits: string[], misses: string[]): PartScore {
  const fp = falseHits.length;
  const fn = misses.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, misses, falseHits };
}
