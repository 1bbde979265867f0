/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "Enovy" is one step from "Envoy"), with an early cut-off. */

export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table (two back, for a transposition), reused: the typo pass measures a word against hundreds of
  // names, and a table of arrays per pair was its largest allocation.
  const width = b.length + 1;
  let twoBack = rowBuffer(0, width);
  let previous = rowBuffer(1, width);
  let row = rowBuffer(2, width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (twoBack[j - 2] ?? 0) + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = row;
    row = spare;
  }
  return previous[b.length] ?? max + 1;
}

const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Row buffer `k` (of three), at least `width` long. */
function rowBuffer(k: number, width: number): Int32Array {
  let buffer = rows[k] ?? new Int32Array(width);
  if (buffer.length < width) buffer = new Int32Array(width * 2);
  rows[k] = buffer;
  return buffer;
}

/** How many edits a word of this length may carry and still count as a misspelling. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length >= 9 ? 2 : 1;
}
