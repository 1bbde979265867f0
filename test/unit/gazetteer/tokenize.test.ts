// Tokenizer and edit-distance tables: the shapes names take in prose, and which misspellings count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, TOKEN_PATTERN, tokenize } from '../../../extractor/gazetteer/tokenize.ts';
import { allowedEdits, osaDistance } from '../../../extractor/entities/edit-distance.ts';

describe('tokenize', () => {
  it.each([
    ["CoreOS' rkt", ['CoreOS', 'rkt'], [true, false]],
    ["AWS's own GKE", ['AWS', 'own', 'GKE'], [true, false, false]],
    ['CRI-O and kube-dns', ['CRI-O', 'and', 'kube-dns'], [false, false, false]],
    ['CNCF/Kubernetes', ['CNCF', 'Kubernetes'], [false, false]],
    ['Intel(c) Clear Containers', ['Intel', 'Clear', 'Containers'], [false, false, false]],
    ['see @rook_io and GitHub.com', ['see', 'rook_io', 'and', 'GitHub.com'], [false, false, false, false]],
    // Japanese and Chinese write Latin names between their own words with no space.
    ['cAdvisorはcgroupの情報をprometheusに', ['cAdvisor', 'は', 'cgroup', 'の情報を', 'prometheus', 'に'], [false, false, false, false, false, false]],
  ] as Array<[string, string[], boolean[]]>)('%s', (text, words, possessive) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
  });

  it('keeps offsets into the original text', () => {
    const [, second] = tokenize('Hello @rook_io');
    expect(second).toMatchObject({ start: 7, end: 14 });
  });

  // The scanner is written by hand for speed; the pattern is its grammar. Random text of the characters that decide
  // a boundary (joiners, handles, letters in and out of the ranges, a surrogate pair) must split the same way.
  it('splits random text exactly where its grammar matches', () => {
    const units = ['a', 'Z', 's', 'S', '0', '_', '-', '.', "'", '’', '@', ' ', '/', 'é', 'Ω', 'ж', '日', 'の', 'ḁ', '😀', ','];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const matches = [...sample.matchAll(TOKEN_PATTERN)];
        const tokens = tokenize(sample);
        expect(tokens.length).toBe(matches.length);
        tokens.forEach((t, k) => {
          const m = matches[k] as RegExpMatchArray;
          const index = m.index ?? -1;
          // The token opens where the match does (past a handle's @) and ends before a possessive or closing '.
          expect(t.start - index).toBe(m[0].startsWith('@') ? 1 : 0);
          expect(t.text).toBe(sample.slice(t.start, t.end));
          expect(["", "'", "'s", "'S", '’s', '’S']).toContain(m[0].slice(t.end - index));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the same key for a repo path and a spaced name', () => {
    expect(nameKey('heptio/ark')).toBe(nameKey('Heptio Ark'));
  });
});

describe('osaDistance', () => {
  it.each([
    ['enovy', 'envoy', 1],
    ['isitio', 'istio', 1],
    ['opentracoing', 'opentracing', 1],
    ['kubernetes', 'kubernetes', 0],
    ['docker', 'rocket', 2],
  ] as Array<[string, string, number]>)('%s ~ %s = %i', (a, b, d) => expect(osaDistance(a, b, 3)).toBe(Math.min(d, 4)));

  it('cuts off above the limit', () => expect(osaDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3));

  // The distance keeps three rows of its table in buffers it reuses; words of every length in turn, long after short,
  // must measure as the whole table measures them: exactly up to the limit, and above the limit beyond it.
  it('measures random words as the whole table does', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = wholeTableDistance(a, b);
        const measured = osaDistance(a, b, limit);
        if (exact <= limit) expect(measured).toBe(exact);
        else expect(measured).toBeGreaterThan(limit);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
  ])('a %i-letter word may carry %i edits', (len, edits) => expect(allowedEdits(len)).toBe(edits));
});

/** Optimal string alignment over the whole table, written plainly: the reference for the buffered osaDistance. */
function wholeTableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}
