/** A sentence as a list of word tokens and entity slots, so relation rules can read "E uses E" patterns. */
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
const WORDS = new RegExp(`[${L}]+(?:[-'’][${L}]+)*|['’]s?|[^\\s${L}]`, 'g');
const ALNUM = new RegExp(`[${L}]`);

/** Letter/digit test without a regex for ASCII (the common case). */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(c);
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

/** Entity spans in the sentence (longest first, no overlaps), then the words between them. */
export function sentenceSlots(sentence: string, refs: readonly SurfaceRef[]): Slot[] {
  const spans: Array<{ start: number; end: number; entity: SlotEntity }> = [];
  const bySurface = [...refs].sort((a, b) => b.surface.length - a.surface.length);
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
      spans.push({ start, end, entity: { id: ref.id, type: ref.type, name: ref.name } });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let pos = 0;
  const words = (text: string): void => {
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const w = m[0];
      const lower = w.toLowerCase();
      slots.push({ kind: 'word', text: lower.includes('’') ? lower.replace('’', "'") : lower, cap: isUpper(w) });
    }
  };
  for (const span of spans) {
    words(sentence.slice(pos, span.start));
    slots.push({ kind: 'entity', entity: span.entity });
    pos = span.end;
  }
  words(sentence.slice(pos));
  return slots;
}
