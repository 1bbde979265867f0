// Helpers of the heading vocabulary module that read text.
import { describe, expect, it } from 'vitest';
import { firstTextLine } from '../../../extractor/passes/02-words.ts';

describe('firstTextLine', () => {
  it.each([
    ['one line', 'Rating: ★★', 'Rating: ★★'],
    ['blank lines before it are skipped, the line trimmed', '\n  \n  Topic: Zorbs \nmore', 'Topic: Zorbs'],
    ['nothing but white space', ' \n\t\n', ''],
    ['empty text', '', ''],
  ])('%s', (_name, text, expected) => expect(firstTextLine(text)).toBe(expected));
});
