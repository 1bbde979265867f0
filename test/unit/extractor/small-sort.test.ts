// sortSmall must order exactly as the built-in stable sort does, short arrays (its own loop) and long ones alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../../extractor/small-sort.ts';

describe('sortSmall', () => {
  it('orders like the stable built-in sort, ties kept in input order', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 30 });
    fc.assert(
      fc.property(pairs, (items) => {
        const byKey = (a: [number, number], b: [number, number]): number => a[0] - b[0];
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
      { numRuns: 1000 },
    );
  });
});
