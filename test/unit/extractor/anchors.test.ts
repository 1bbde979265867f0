// Hugo's default (goldmark "github") heading anchors and their de-duplication.
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

  it('numbers repeated anchors like Hugo', () => {
    const r = new AnchorRegistry();
    expect(['Talks', 'Talks', 'Talks', 'Talks 1'].map((h) => r.take(h, null))).toEqual(['talks', 'talks-1', 'talks-2', 'talks-1-1']);
  });
  it('uses an explicit id', () => expect(new AnchorRegistry().take('Tuesday', 'day-tue')).toBe('day-tue'));
});
