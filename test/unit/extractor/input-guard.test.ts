// The input guard's repairs, and its one-pass check that none applies held to the repairs done one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardInput, type GuardedInput } from '../../../extractor/input-guard.ts';

/** Every repair in turn, as the guard did them before it learnt to tell in one pass that none applies. */
function repairedOneByOne(input: string): GuardedInput {
  const warnings: string[] = [];
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) {
    warnings.push('input contains NUL bytes (binary data?); they were removed');
    text = text.split('\u0000').join('');
  }
  if (text.includes('\uFFFD')) warnings.push('input contains U+FFFD replacement characters (invalid UTF-8 upstream?)');
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0001-\u0008\u000B-\u001F\u007F]/g, ' ');
  text = text.replace(/[\u200B\u2060\uFEFF]/g, '').replace(/[\u2028\u2029]/g, ' ');
  if (/[^\S\n]{81}/.test(text)) {
    warnings.push('input has runs of more than 80 blanks in a row; they were shortened to 80');
    text = text.replace(/[^\S\n]{81,}/g, (run) => run.slice(0, 80));
  }
  if (text.trim() === '') warnings.push('input is empty');
  return { text, warnings };
}

describe('guardInput', () => {
  it('leaves clean text as it is', () => {
    const text = '# KubeCon\n\n\tAnn Lee — “Zorb” at 10:00\u00a0am.\n';
    expect(guardInput(text)).toEqual({ text, warnings: [] });
  });

  it.each([
    ['\uFEFFtext\r\nline', 'text\nline'],
    ['a\u0000b', 'ab'],
    ['a\u0007b\u007Fc', 'a b c'],
    ['\u200BAnn', 'Ann'],
    ['a\u2028b', 'a b'],
    [`a${' '.repeat(100)}b`, `a${' '.repeat(80)}b`],
    [`a${' '.repeat(50)}\u200B${' '.repeat(50)}b`, `a${' '.repeat(80)}b`],
  ])('repairs %j', (input, text) => {
    expect(guardInput(input).text).toBe(text);
  });

  it('says what it changed', () => {
    expect(guardInput('a\u0000\uFFFD').warnings).toHaveLength(2);
    expect(guardInput(' \n\t').warnings).toEqual(['input is empty']);
    expect(guardInput(42).text).toBe('');
  });

  // Random text of the characters some repair acts on, beside plain ones, with runs of blanks around the limit.
  it('repairs random text as the repairs one by one do', () => {
    const units = ['a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u000B', '\u007F', '\u00a0', '\u2003', '\u3000', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u2028', '\u2029', '\uFFFD', 'é', '—'];
    const part = fc.oneof(fc.constantFrom(...units), fc.integer({ min: 70, max: 90 }).map((n) => ' '.repeat(n)), fc.integer({ min: 30, max: 50 }).map((n) => '\u00a0'.repeat(n)));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const input = parts.join('');
        expect(guardInput(input)).toEqual(repairedOneByOne(input));
      }),
      { numRuns: 3000 },
    );
  });
});
