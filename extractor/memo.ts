/**
 * Answers of a pure function of one string, kept by argument for the length of one extraction: the talk pass reads
 * the same lines and names again and again (every reader of a block parses its lead; headings are parsed inside other
 * headings' readings). Each answer is handed out as a copy, so no caller can change another's.
 *
 * The stores are emptied when an extraction begins and ends (forgetTexts): nothing read from one post is kept for the
 * next, so a post read twice costs twice (a warm benchmark measures reading, not a cache of the previous run) and a
 * long-running server holds no text of posts it has finished.
 */
const stores: Map<string, unknown>[] = [];

export function memoByText<T>(fn: (text: string) => T, copy: (value: T) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  stores.push(answers);
  return (text: string): T => {
    let answer = answers.get(text);
    if (answer === undefined && !answers.has(text)) {
      answer = fn(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return copy(answer as T);
  };
}

/** Empties every memoByText store (extract() calls it as it begins and ends). */
export function forgetTexts(): void {
  for (const answers of stores) answers.clear();
}
