// Sentence splitter tables: boundaries kept and boundaries that must not split.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extractor/entities/sentences.ts';

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
