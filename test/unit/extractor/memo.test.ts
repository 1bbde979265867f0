// Kept readings of pure string functions: the same answer each time, never shared with a caller that changes it.
import { describe, expect, it } from 'vitest';
import { memoByText } from '../../../extractor/memo.ts';
import { parseTalkHeading } from '../../../extractor/passes/02-heading.ts';
import { parseSpeakers } from '../../../extractor/passes/02-speakers.ts';

describe('memoByText', () => {
  it('reads each text once while it is kept, and again after the store is cleared at its limit', () => {
    const seen: string[] = [];
    const upper = memoByText((t: string) => (seen.push(t), t.toUpperCase()), (v) => v, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
    upper('c'); // the store was full: cleared, then 'c' kept
    upper('a');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps a null answer as an answer', () => {
    let calls = 0;
    const none = memoByText(() => (calls++, null), (v) => v);
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('hands out copies: a caller that changes its answer changes no later one', () => {
    const first = parseTalkHeading('Scaling Plonk - Maria Gonzalez, Initech');
    first.speakers[0]!.organization = 'Changed';
    first.speakers.push({ name: 'Extra Person', role: null, organization: null });
    expect(parseTalkHeading('Scaling Plonk - Maria Gonzalez, Initech').speakers).toEqual([{ name: 'Maria Gonzalez', role: null, organization: 'Initech' }]);
    const people = parseSpeakers('Maria Gonzalez, Initech');
    people![0]!.name = 'Changed';
    expect(parseSpeakers('Maria Gonzalez, Initech')).toEqual([{ name: 'Maria Gonzalez', role: null, organization: 'Initech' }]);
  });
});
