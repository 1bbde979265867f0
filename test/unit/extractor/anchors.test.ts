// Hugo's default (goldmark "github") heading anchors and their de-duplication.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorRegistry, hugoAnchor } from '../../../extractor/passes/01-anchors.ts';

describe('hugoAnchor', () => {
  const rows: Array<[string, string]> = [
    ['Day #1', 'day-1'],
    ['Rook Team + Booth', 'rook-team--booth'],
    ["What's Next? Getting Excited", 'whats-next-getting-excited'],
    ['CRI-O: All the Runtime', 'cri-o-all-the-runtime'],
    ['Title [B] - Ann Lee, Acme', 'title-b---ann-lee-acme'],
    ['snake_case_heading', 'snake_case_heading'],
    ['Über Café', 'über-café'],
    ['  Trimmed  ', 'trimmed'],
  ];
  it.each(rows)('%s -> %s', (heading, anchor) => expect(hugoAnchor(heading)).toBe(anchor));

  // The reading character by character that the two whole-text passes replace, as the reference.
  const byCharacter = (heading: string): string => {
    let out = '';
    for (const ch of heading.trim().toLowerCase()) {
      if (/[\p{L}\p{N}_-]/u.test(ch)) out += ch;
      else if (/\s/.test(ch)) out += '-';
    }
    return out;
  };
  it('reads as the character-by-character reference on any mix of letters, digits, spaces, marks and surrogates', () => {
    const units = ['a', 'Z', 'é', 'İ', 'ß', 'ǅ', '٣', 'Ⅻ', '1', '-', '_', '.', '!', '#', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '😀', '\ud800', '\udc00', '\u0301'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...units), { maxLength: 20 }), (parts) => hugoAnchor(parts.join('')) === byCharacter(parts.join(''))));
  });

  it('numbers repeated anchors like Hugo', () => {
    const r = new AnchorRegistry();
    expect(['Talks', 'Talks', 'Talks', 'Talks 1'].map((h) => r.take(h, null))).toEqual(['talks', 'talks-1', 'talks-2', 'talks-1-1']);
  });
  it('uses an explicit id', () => expect(new AnchorRegistry().take('Tuesday', 'day-tue')).toBe('day-tue'));
});
