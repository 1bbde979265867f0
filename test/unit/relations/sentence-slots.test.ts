// The slot view of a sentence: entity spans (longest name first), the words between them, and the hand-written word
// scanner held to its grammar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord, sentenceSlots, SLOT_WORD_PATTERN, type Slot, type SurfaceRef } from '../../../extractor/relations/sentence-slots.ts';

const ref = (surface: string, type: SurfaceRef['type'] = 'Project'): SurfaceRef => ({ id: `${type}:${surface}`, type, name: surface, surface });
const show = (slots: Slot[]): string[] => slots.map((s) => (s.kind === 'word' ? s.text : `[${s.entity.name}]`));

describe('sentenceSlots', () => {
  it.each([
    ['Plonk maintains Quux.', [ref('Plonk', 'Organization'), ref('Quux')], ['[Plonk]', 'maintains', '[Quux]', '.']],
    ["Plonk's Quux-Zorb isn’t Quux", [ref('Plonk', 'Organization'), ref('Quux'), ref('Quux-Zorb')], ['[Plonk]', "'s", '[Quux-Zorb]', "isn't", '[Quux]']],
    ['Zorbless and Zorb', [ref('Zorb')], ['zorbless', 'and', '[Zorb]']],
    ['(Zorb, Quux)\tare  kube-native', [ref('Zorb'), ref('Quux')], ['(', '[Zorb]', ',', '[Quux]', ')', 'are', 'kube-native']],
  ] as Array<[string, SurfaceRef[], string[]]>)('%s', (sentence, refs, expected) => {
    expect(show(sentenceSlots(sentence, refs))).toEqual(expected);
  });

  it('marks capitalised words', () => {
    const slots = sentenceSlots('Ann uses Zorb', [ref('Zorb')]);
    expect(slots.map((s) => s.kind === 'word' && s.cap)).toEqual([true, false, false]);
  });

  // A plain lowercase ASCII word is its own slot text; any other is lowercased. Either way a word slot is its word
  // lowercased (a typographic apostrophe read as a plain one), capitalised as the word opened.
  it('reads each word as the word lowercased on its own', () => {
    const units = ['a', 'Z', 'Q', 's', '0', '-', '.', "'", '’', ' ', 'É', 'é', 'Σ', 'İ', '日'];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, text.map((t) => [...t].filter((c) => c.charCodeAt(0) < 128).join(''))), (sample) => {
        const words: string[] = [];
        eachWord(sample, 0, sample.length, (w) => words.push(w));
        const expected = words.map((w) => ({ kind: 'word', text: w.toLowerCase().replace('’', "'"), cap: w.charAt(0) !== w.charAt(0).toLowerCase() }));
        expect(sentenceSlots(sample, [])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  // Random text of the characters that decide a boundary: letters in and out of the ranges, joiners, quotes, spaces
  // of both kinds, a surrogate pair. Scanning a part of a text must split it as the pattern splits that part alone.
  it('splits random text exactly where its grammar matches', () => {
    const units = ['a', 'Z', 's', '0', '_', '-', '.', "'", '’', ' ', '\t', '\u00a0', '\u2003', 'é', 'Ω', '日', 'ḁ', '😀', ','];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (sample, x, y) => {
        const from = Math.min(x, y) % (sample.length + 1);
        const to = Math.max(from, Math.max(x, y) % (sample.length + 1));
        const words: string[] = [];
        eachWord(sample, from, to, (w) => words.push(w));
        expect(words).toEqual(sample.slice(from, to).match(SLOT_WORD_PATTERN) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
