/** Splits a section's text into sentences: one per line at least, then at . ! ? unless an abbreviation, initial or version precedes. */

import type { Section } from '../passes/types.ts';
import { hasAnyOf } from '../passes/02-words.ts';

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'inc', 'corp', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'approx', 'cf', 'incl', 'resp', 'jr', 'sr', 'co']);

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    // (A line with no stop in it is one sentence: most lines of notes and lists need no search.)
    if (!hasAnyOf(trimmed, '.!?')) {
      out.push(trimmed);
      continue;
    }
    let start = 0;
    for (const m of boundaries(trimmed)) {
      // The word before the stop (found backwards from the stop: a regex anchored at $ would rescan the line).
      const wordStart = Math.max(start, trimmed.lastIndexOf(' ', m.index - 1) + 1);
      const raw = trimmed.slice(wordStart, m.index).replace(/^[("']+/, '');
      const lastWord = raw.toLowerCase();
      // "e.g.", "Inc.", an initial ("J. Smith") or "U.S." do not end a sentence.
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(raw) || /^\p{L}\.\p{L}$/u.test(lastWord)) continue;
      const end = m.index + m.text.trimEnd().length;
      out.push(trimmed.slice(start, end).trim());
      start = m.index + m.text.length;
    }
    const rest = trimmed.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/**
 * A sentence boundary: terminal punctuation (optionally closing quote/bracket), whitespace, then an opening character
 * or a capital or digit; only from the first mark of a run (tried inside a run of thousands of dots, a search rescanned
 * the run each time). boundaries() finds its matches by hand, jumping from stop to stop (a test holds it to the
 * pattern on random text): the pattern's search, tried at every position of every line, cost more than the rest of
 * the splitting on long paragraphs.
 */
export const BOUNDARY_PATTERN = /(?<![.!?])[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}@])/gu;

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 93;
const isOpener = (c: number): boolean => c === 34 || c === 39 || c === 40 || c === 91;
const SPACE = /\s/;
const OPENS = /^[\p{Lu}\p{N}@]/u;

/** A space by the patterns' \s at position `k` (false past the end). */
function isSpaceAt(line: string, k: number): boolean {
  const c = line.charCodeAt(k);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(line.charAt(k));
}

/** A capital, a digit or '@' at code point `k` (false past the end). */
function opensAt(line: string, k: number): boolean {
  const c = line.charCodeAt(k);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 64;
  return OPENS.test(String.fromCodePoint(line.codePointAt(k) ?? c));
}

/** The matches of BOUNDARY_PATTERN in the line, in order: where each starts and its text. */
export function boundaries(line: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  const stops = new NextStop(line);
  for (let at = stops.from(0); at >= 0; ) {
    if (at > 0 && isStop(line.charCodeAt(at - 1))) {
      at = stops.from(at + 1);
      continue;
    }
    let end = at;
    while (isStop(line.charCodeAt(end))) end++;
    while (isCloser(line.charCodeAt(end))) end++;
    const spaces = end;
    while (end < line.length && isSpaceAt(line, end)) end++;
    // (No giving back can help: a space, a closer or a stop given back never opens a sentence.)
    if (end === spaces || !(opensAt(line, end) || (isOpener(line.charCodeAt(end)) && opensAt(line, end + 1)))) {
      at = stops.from(at + 1);
      continue;
    }
    out.push({ index: at, text: line.slice(at, end) });
    at = stops.from(end);
  }
  return out;
}

const STOP_MARKS = ['.', '!', '?'];

/**
 * The next '.', '!' or '?' of a line at or after a position, by the native search for each mark (a loop over every
 * character cost more than the pattern did); each mark's next place is searched again only once passed.
 */
class NextStop {
  private readonly next: number[];

  constructor(private readonly line: string) {
    this.next = STOP_MARKS.map((mark) => line.indexOf(mark));
  }

  /** The first stop at `from` or later, or -1. */
  from(from: number): number {
    let first = -1;
    for (let k = 0; k < STOP_MARKS.length; k++) {
      let at = this.next[k] ?? -1;
      if (at >= 0 && at < from) this.next[k] = at = this.line.indexOf(STOP_MARKS[k] ?? '.', from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/**
 * The text ends as a sentence does: a stop, closing quotes or brackets, then only spaces (/[.!?]["')\]]*\s*$/, read
 * backwards from the end instead of tried at every position).
 */
export function endsWithStop(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && isSpaceAt(text, k)) k--;
  while (k >= 0 && isCloser(text.charCodeAt(k))) k--;
  return k >= 0 && isStop(text.charCodeAt(k));
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
