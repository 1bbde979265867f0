// Node ids from names: stable ASCII slugs for Latin names, and names of other scripts kept apart instead of collapsed.
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

  it('keeps two names of another script apart', () => {
    expect(nodeId('Organization', 'ゾルブ')).not.toBe(nodeId('Organization', 'プロンク'));
    expect(nodeId('Organization', 'ゾルブ')).not.toBe('org:unnamed');
  });
});
