// /embed URL parameters: lenient parsing (bad values fall back) and a serializer that parses back to the same view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, EMBED_THEMES, parseEmbedParams, serializeEmbedParams } from '../../../web/src/embed/embed-params.ts';
import type { EmbedParams } from '../../../web/src/embed/embed-params.ts';
import { LAYOUT_NAMES } from '../../../web/src/graph/layouts.ts';

describe('embed params', () => {
  it('reads every parameter', () => {
    const p = parseEmbedParams('?focus=Rook&depth=3&types=Project,Talk&query=top-projects&p.limit=5&layout=concentric&theme=slides&labels=off&caption=Hi%20%3Cb%3E');
    expect(p).toEqual({
      focus: 'Rook',
      depth: 3,
      types: ['Project', 'Talk'],
      query: 'top-projects',
      params: { limit: '5' },
      layout: 'concentric',
      theme: 'slides',
      labels: false,
      caption: 'Hi <b>',
    });
  });

  it('falls back to defaults for bad values', () => {
    expect(parseEmbedParams('?depth=99&theme=neon&layout=spiral&types=Bogus,Project&labels=maybe')).toEqual({ ...DEFAULT_EMBED, types: ['Project'] });
    expect(parseEmbedParams('?depth=-1').depth).toBe(DEFAULT_EMBED.depth);
    expect(parseEmbedParams(`?caption=${'x'.repeat(5000)}`).caption?.length).toBe(300);
  });

  it('serialize then parse gives the same view', () => {
    const params: fc.Arbitrary<EmbedParams> = fc.record({
      focus: fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''), { nil: null }),
      depth: fc.integer({ min: 1, max: 5 }),
      types: fc.subarray(['Project', 'Organization', 'Person', 'Talk', 'Event', 'Post']),
      query: fc.option(fc.stringMatching(/^[a-z][a-z-]{0,20}$/), { nil: null }),
      params: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ minLength: 1 })),
      layout: fc.constantFrom(...LAYOUT_NAMES),
      theme: fc.constantFrom(...EMBED_THEMES),
      labels: fc.boolean(),
      caption: fc.option(fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim() === s && s !== ''), { nil: null }),
    });
    fc.assert(
      fc.property(params, (p) => {
        const back = parseEmbedParams(serializeEmbedParams(p));
        // The focus depth only travels with a focus, and query params only with a query.
        expect(back).toEqual({ ...p, depth: p.focus ? p.depth : DEFAULT_EMBED.depth, params: p.query ? p.params : {} });
      }),
    );
  });
});
