/**
 * Stable in-place sort that does not allocate for short arrays: Array.prototype.sort allocates a work array on every
 * call, and the relation pass sorts two arrays of two or three items for each of tens of thousands of sentences.
 * Longer arrays (a sentence listing a hundred names) go to the built-in sort, so the cost stays O(n log n).
 */
const SHORT = 12;

export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}
