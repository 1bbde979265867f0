// Node ids from names: stable ASCII slugs for Latin names, and names of other scripts kept apart instead of collapsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeId, slugify } from '../../../extractor/ids.ts';

describe('slugify', () => {
  it.each([
    ['Ann Lee', 'ann-lee'],
    ['Víctor Zorbel', 'victor-zorbel'],
    ['C++ in Plonk', 'c-plus-plus-in-plonk'],
    // Letters of another script are kept: an ASCII slug would be empty, or would drop most of the title.
    ['ゾルブ', 'ゾルブ'],
    ['何と読む？謎のk3s', '何と読む-謎のk3s'],
    ['Привет Zorb', 'привет-zorb'],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  // An ASCII name skips the normalizing (it has no accents to drop): its slug is the one the general path gives.
  it('slugs ASCII and accented names as normalizing all of them did', () => {
    const reference = (text: string): string =>
      /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text)
        ? text.normalize('NFKC').toLowerCase().replace(/\+/g, ' plus ').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')
        : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\+/g, ' plus ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const units = ['a', 'Z', '0', '-', '+', ' ', '.', '_', 'é', 'Å', 'ß', 'ﬁ', 'ゾ', 'İ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(slugify(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps two names of another script apart', () => {
    expect(nodeId('Organization', 'ゾルブ')).not.toBe(nodeId('Organization', 'プロンク'));
    expect(nodeId('Organization', 'ゾルブ')).not.toBe('org:unnamed');
  });
});
