/** Splits a section's text into sentences: one per line at least, then at . ! ? unless an abbreviation, initial or version precedes. */

import type { Section } from '../passes/types.ts';

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'inc', 'corp', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'approx', 'cf', 'incl', 'resp', 'jr', 'sr', 'co']);

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    // (A line with no stop in it is one sentence: most lines of notes and lists need no search.)
    if (!hasStop(trimmed)) {
      out.push(trimmed);
      continue;
    }
    let start = 0;
    // A boundary: terminal punctuation (optionally closing quote/bracket), whitespace, then an opening char or capital/digit.
    // (Only from the first mark of a run: tried inside a run of thousands of dots, it rescanned the run each time.)
    const re = /(?<![.!?])[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}@])/gu;
    for (const m of trimmed.matchAll(re)) {
      // The word before the stop (found backwards from the stop: a regex anchored at $ would rescan the line).
      const wordStart = Math.max(start, trimmed.lastIndexOf(' ', m.index - 1) + 1);
      const raw = trimmed.slice(wordStart, m.index).replace(/^[("']+/, '');
      const lastWord = raw.toLowerCase();
      // "e.g.", "Inc.", an initial ("J. Smith") or "U.S." do not end a sentence.
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(raw) || /^\p{L}\.\p{L}$/u.test(lastWord)) continue;
      const end = m.index + m[0].trimEnd().length;
      out.push(trimmed.slice(start, end).trim());
      start = m.index + m[0].length;
    }
    const rest = trimmed.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** The line holds a '.', '!' or '?' (every sentence boundary opens with one). */
function hasStop(line: string): boolean {
  return line.includes('.') || line.includes('!') || line.includes('?');
}

const bySection = new WeakMap<Section, string[]>();

/** The sentences of a section, split once and shared by the entity and relation passes. */
export function sectionSentences(section: Section): string[] {
  let cached = bySection.get(section);
  if (!cached) {
    cached = splitSentences(section.text);
    bySection.set(section, cached);
  }
  return cached;
}
