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

const WORDS = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’]s?|[^\s\p{L}\p{N}]/gu;

const ALNUM = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);

/** Start offsets where `surface` stands as a whole word (plain indexOf: no regex compiled per name). */
function occurrences(sentence: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = sentence.indexOf(surface); at >= 0; at = sentence.indexOf(surface, at + 1)) {
    if (!isWordChar(sentence[at - 1]) && !isWordChar(sentence[at + surface.length])) out.push(at);
  }
  return out;
}

/** Entity spans in the sentence (longest first, no overlaps), then the words between them. */
export function sentenceSlots(sentence: string, refs: readonly SurfaceRef[]): Slot[] {
  const spans: Array<{ start: number; end: number; entity: SlotEntity }> = [];
  const bySurface = [...refs].sort((a, b) => b.surface.length - a.surface.length);
  for (const ref of bySurface) {
    if (!ref.surface) continue;
    for (const start of occurrences(sentence, ref.surface)) {
      const end = start + ref.surface.length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, entity: { id: ref.id, type: ref.type, name: ref.name } });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let pos = 0;
  const words = (text: string): void => {
    for (const m of text.matchAll(WORDS)) slots.push({ kind: 'word', text: m[0].toLowerCase().replace('’', "'"), cap: /^\p{Lu}/u.test(m[0]) });
  };
  for (const span of spans) {
    words(sentence.slice(pos, span.start));
    slots.push({ kind: 'entity', entity: span.entity });
    pos = span.end;
  }
  words(sentence.slice(pos));
  return slots;
}
