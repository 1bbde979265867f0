// Helpers of the heading vocabulary module that read text.
import { describe, expect, it } from 'vitest';
import { firstTextLine, withoutProfileAsides } from '../../../extractor/passes/02-words.ts';

describe('firstTextLine', () => {
  it.each([
    ['one line', 'Rating: ★★', 'Rating: ★★'],
    ['blank lines before it are skipped, the line trimmed', '\n  \n  Topic: Zorbs \nmore', 'Topic: Zorbs'],
    ['nothing but white space', ' \n\t\n', ''],
    ['empty text', '', ''],
  ])('%s', (_name, text, expected) => expect(firstTextLine(text)).toBe(expected));
});

describe('withoutProfileAsides', () => {
  it.each([
    ['link words joined', 'Ann Lee (blog/twitter) gave a talk', 'Ann Lee gave a talk'],
    ['one link word in lowercase', 'Ann Lee (twitter) talked about zorbs', 'Ann Lee talked about zorbs'],
    ['a handle', 'Ann Lee (@ann_lee) talked about zorbs', 'Ann Lee talked about zorbs'],
    ['capitalised link words joined', 'Ann Lee (Twitter | LinkedIn) gave a talk', 'Ann Lee gave a talk'],
    ['one capitalised word: her employer', 'Ann Lee (Twitter) gave a talk', 'Ann Lee (Twitter) gave a talk'],
    ['an employer by name', 'Ann Lee (Acme) gave a talk', 'Ann Lee (Acme) gave a talk'],
    ['an aside that ends the line', 'Follow her (blog/twitter)', 'Follow her (blog/twitter)'],
  ])('%s', (_name, text, expected) => expect(withoutProfileAsides(text)).toBe(expected));
});
