/**
 * Answers of a pure function of one string, kept by argument: the talk pass reads the same lines and names again
 * and again (every reader of a block parses its lead; headings are parsed inside other headings' readings). The
 * store is bounded (cleared when full), and each answer is handed out as a copy, so no caller can change another's.
 */
export function memoByText<T>(fn: (text: string) => T, copy: (value: T) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
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
