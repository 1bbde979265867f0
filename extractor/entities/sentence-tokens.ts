/** Tokens of one sentence with URLs masked out, plus whether the sentence reads like a title (most words capitalised). */
import { isCommonWord } from '../gazetteer/lexicon.ts';
import { tokenize, type Token } from '../gazetteer/tokenize.ts';
import { endsWithStop } from './sentences.ts';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

export interface SentenceTokens {
  sentence: string;
  tokens: Token[];
  /** Headline-style line ("KubeCon: Rook booth Shot #2"): capitals say nothing there. */
  titleLike: boolean;
}

export function sentenceTokens(sentence: string): SentenceTokens {
  const masked = sentence.replace(URL, (m) => ' '.repeat(m.length));
  const tokens = tokenize(masked);
  // Only everyday words tell a headline from prose: names are capitalised in both. Headlines and figure
  // titles do not end like sentences. (Lowercase long words count as everyday words without a lookup.)
  let everyday = 0;
  let capitalised = 0;
  if (!endsWithStop(sentence)) {
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.text.length <= 3) continue;
      const code = t.text.charCodeAt(0);
      if (code >= 97 && code <= 122) everyday++;
      else if (code >= 65 && code <= 90 && isCommonWord(t.lower)) {
        everyday++;
        capitalised++;
      }
    }
  }
  const titleLike = everyday >= 2 && capitalised / everyday >= 0.6;
  return { sentence, tokens, titleLike };
}

/**
 * False only for a word whose first character is ASCII and no capital letter: no pattern that opens with \p{Lu} can
 * match it (a cheap test before such patterns, which most words fail).
 */
export function mayOpenWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 128 || (code >= 65 && code <= 90);
}

export function isCapitalised(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(t.text);
}

/** The sentence substring a token span covers, with a handle's @ kept. */
export function spanText(st: SentenceTokens, from: number, to: number): string {
  const first = st.tokens[from];
  const last = st.tokens[to - 1];
  if (!first || !last) return '';
  const start = first.start > 0 && st.sentence[first.start - 1] === '@' ? first.start - 1 : first.start;
  return st.sentence.slice(start, last.end);
}

/** Only `joiner` stands between tokens a and b ("A, B", "A and B"); a possessive ends a name, not a list item. */
export function joinedBy(st: SentenceTokens, a: number, b: number, joiner: RegExp): boolean {
  const left = st.tokens[a];
  const right = st.tokens[b];
  return !!left && !!right && !left.possessive && joiner.test(st.sentence.slice(left.end, right.start));
}

/** The first token of the list item after token `last`, or -1 (a joining "and" is a token of its own). */
export function nextListItem(st: SentenceTokens, last: number, joiner: RegExp): number {
  for (const k of [last + 1, last + 2]) if (joinedBy(st, last, k, joiner)) return k;
  return -1;
}

/** The last token of the list item before token `first`, or -1. */
export function previousListItem(st: SentenceTokens, first: number, joiner: RegExp): number {
  for (const k of [first - 1, first - 2]) if (k >= 0 && joinedBy(st, k, first, joiner)) return k;
  return -1;
}
