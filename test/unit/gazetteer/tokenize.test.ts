// Tokenizer and edit-distance tables: the shapes names take in prose, and which misspellings count.
import { describe, expect, it } from 'vitest';
import { nameKey, tokenize } from '../../../extractor/gazetteer/tokenize.ts';
import { allowedEdits, osaDistance } from '../../../extractor/entities/edit-distance.ts';

describe('tokenize', () => {
  it.each([
    ["CoreOS' rkt", ['CoreOS', 'rkt'], [true, false]],
    ["AWS's own GKE", ['AWS', 'own', 'GKE'], [true, false, false]],
    ['CRI-O and kube-dns', ['CRI-O', 'and', 'kube-dns'], [false, false, false]],
    ['CNCF/Kubernetes', ['CNCF', 'Kubernetes'], [false, false]],
    ['Intel(c) Clear Containers', ['Intel', 'Clear', 'Containers'], [false, false, false]],
    ['see @rook_io and GitHub.com', ['see', 'rook_io', 'and', 'GitHub.com'], [false, false, false, false]],
  ] as Array<[string, string[], boolean[]]>)('%s', (text, words, possessive) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
  });

  it('keeps offsets into the original text', () => {
    const [, second] = tokenize('Hello @rook_io');
    expect(second).toMatchObject({ start: 7, end: 14 });
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

  it.each([
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
  ])('a %i-letter word may carry %i edits', (len, edits) => expect(allowedEdits(len)).toBe(edits));
});
