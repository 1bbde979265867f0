/** A sentence as a list of word tokens and entity slots, so relation rules can read "E uses E" patterns. */
import { isLetter, lowercase } from '../gazetteer/tokenize.ts';
import { sortSmall } from '../small-sort.ts';
import type { EntityType } from '../schema.ts';

export interface SlotEntity {
  id: string;
  type: EntityType;
  name: string;
}

/** Word slots are lowercase; `cap` keeps whether the word was capitalised (an unknown name). */
export type Slot = { kind: 'word'; text: string; cap: boolean } | { kind: 'entity'; entity: SlotEntity };

export interface SurfaceRef extends SlotEntity {
  surface: string;
}

// ASCII letters plus Latin/Greek/Cyrillic/CJK ranges (faster than \p{L} in V8).
const L = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u04FF\\u3040-\\u9FFF';
/**
 * The word slots' grammar: a word (letters joined by - ' ’), an apostrophe with an optional s, or any other single
 * character but a space. eachWord() scans it by hand (a match array per word was the slot pass's largest
 * allocation; a test holds the scanner to the pattern on random text).
 */
export const SLOT_WORD_PATTERN = new RegExp(`[${L}]+(?:[-'’][${L}]+)*|['’]s?|[^\\s${L}]`, 'g');
const SPACE = /\s/;

function isQuote(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/** End of the SLOT_WORD_PATTERN word that opens at text[at] (the text read up to `to`), or -1 where a space stands. */
function wordEnd(text: string, start: number, to: number): number {
  const c = text.charCodeAt(start);
  let at = start + 1;
  if (isLetter(c)) {
    while (at < to && isLetter(text.charCodeAt(at))) at++;
    while (at + 1 < to && (text.charCodeAt(at) === 45 || isQuote(text.charCodeAt(at))) && isLetter(text.charCodeAt(at + 1))) {
      at += 2;
      while (at < to && isLetter(text.charCodeAt(at))) at++;
    }
    return at;
  }
  if (isQuote(c)) return at < to && text.charCodeAt(at) === 115 ? at + 1 : at;
  return isSpace(c) ? -1 : at;
}

/** Calls `visit` with each word of text[from, to) by SLOT_WORD_PATTERN, in order. */
export function eachWord(text: string, from: number, to: number, visit: (word: string) => void): void {
  for (let at = from; at < to; ) {
    const end = wordEnd(text, at, to);
    if (end < 0) at++;
    else {
      visit(text.slice(at, end));
      at = end;
    }
  }
}

/** The word slot of `w`: lowercase (the tokenizer's, which keeps a plain lowercase word as it is), a typographic apostrophe read as a plain one. */
function wordSlot(w: string): Slot {
  const lower = lowercase(w);
  return { kind: 'word', text: lower.includes('’') ? lower.replace('’', "'") : lower, cap: isUpper(w) };
}

/** Appends the word slots of text[from, to) (eachWord's words, without a callback per sentence). */
function pushWords(slots: Slot[], text: string, from: number, to: number): void {
  for (let at = from; at < to; ) {
    const end = wordEnd(text, at, to);
    if (end < 0) at++;
    else {
      slots.push(wordSlot(text.slice(at, end)));
      at = end;
    }
  }
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && isLetter(c.charCodeAt(0));
}

function isUpper(w: string): boolean {
  const code = w.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : w.charAt(0) !== w.charAt(0).toLowerCase();
}

/** Start offsets where `surface` stands as a whole word (plain indexOf: no regex compiled per name). */
function occurrences(sentence: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = sentence.indexOf(surface); at >= 0; at = sentence.indexOf(surface, at + 1)) {
    if (!isWordChar(sentence[at - 1]) && !isWordChar(sentence[at + surface.length])) out.push(at);
  }
  return out;
}

// One zeroed buffer reused by every sentence: a typed array per sentence was the slot pass's largest cost.
let shared = new Uint8Array(1024);

function takenBuffer(size: number): Uint8Array {
  if (shared.length < size) shared = new Uint8Array(Math.max(size, shared.length * 2));
  shared.fill(0, 0, size);
  return shared;
}

interface Span {
  start: number;
  end: number;
  entity: SlotEntity;
}

const longerSurfaceFirst = (a: SurfaceRef, b: SurfaceRef): number => b.surface.length - a.surface.length;
const byStart = (a: Span, b: Span): number => a.start - b.start;

/** Entity spans in the sentence (longest first, no overlaps), then the words between them. */
export function sentenceSlots(sentence: string, refs: readonly SurfaceRef[]): Slot[] {
  const spans: Span[] = [];
  const bySurface = sortSmall(refs.slice(), longerSurfaceFirst);
  // Characters already inside a longer name: a lookup per character, not per earlier span (long lists stay linear).
  const taken = takenBuffer(sentence.length + 1);
  for (const ref of bySurface) {
    if (!ref.surface) continue;
    for (const start of occurrences(sentence, ref.surface)) {
      const end = start + ref.surface.length;
      let free = true;
      for (let c = start; c < end && free; c++) free = taken[c] === 0;
      if (!free) continue;
      taken.fill(1, start, end);
      // The ref is the slot's entity: rules read its id, type and name only.
      spans.push({ start, end, entity: ref });
    }
  }
  sortSmall(spans, byStart);
  const slots: Slot[] = [];
  let pos = 0;
  for (const span of spans) {
    pushWords(slots, sentence, pos, span.start);
    slots.push({ kind: 'entity', entity: span.entity });
    pos = span.end;
  }
  pushWords(slots, sentence, pos, sentence.length);
  return slots;
}
