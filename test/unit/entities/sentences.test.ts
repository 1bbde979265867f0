// Sentence splitter tables: boundaries kept and boundaries that must not split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_PATTERN, boundaries, endsWithStop, splitSentences } from '../../../extractor/entities/sentences.ts';

const splits: Array<[string, number]> = [
  ['Kubernetes is great. It runs anywhere.', 2],
  ['One line\nSecond line', 2],
  ['Really? Yes! Done.', 3],
  ['He said "it works." Then he left.', 2],
];

const keeps: Array<[string, number]> = [
  ['Use a tool, e.g. Helm, for that.', 1],
  ['Kubernetes v1.9.x ships CoreDNS v1.0 as an option.', 1],
  ['See https://example.com/a.b.c for details.', 1],
  ['Talk by J. Smith about etcd.', 1],
  ['Vendors (Red Hat Inc. and others) joined.', 1],
];

describe('splitSentences', () => {
  it.each(splits)('splits %j into %i', (text, n) => expect(splitSentences(text)).toHaveLength(n));
  it.each(keeps)('does not split %j', (text, n) => expect(splitSentences(text)).toHaveLength(n));
});

describe('boundaries', () => {
  // The scanner is written by hand for speed; the pattern is its grammar. Random lines of the characters that decide a
  // boundary (stops, closers, openers, spaces of several kinds, capitals and digits in and out of ASCII, an astral
  // digit, '@') must find the same boundaries, at the same places, with the same text.
  it('finds what its pattern finds in random lines', () => {
    const units = ['a', 'A', '7', '.', '!', '?', '"', "'", ')', ']', '(', '[', ' ', '\t', '\u00a0', '\u2003', 'É', 'é', '@', '𝟏', '-'];
    const line = fc.array(fc.constantFrom(...units), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (sample) => {
        const expected = [...sample.matchAll(BOUNDARY_PATTERN)].map((m) => ({ index: m.index, text: m[0] }));
        expect(boundaries(sample)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a sentence\'s end as its pattern does', () => {
    const units = ['a', '.', '!', '?', '"', "'", ')', ']', '(', ' ', '\t', '\u00a0', '\u2003', '\n'];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(endsWithStop(sample)).toBe(/[.!?]["')\]]*\s*$/.test(sample));
      }),
      { numRuns: 3000 },
    );
  });
});
