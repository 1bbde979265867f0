/**
 * One name per post: once a post names a foundation's or a vendor's product in full ("Apache Hive", "Amazon Athena"),
 * the product's own word, written with the same capitals later on ("Hive MR jobs", "queried in Athena"), is that
 * product, even where the word alone is an everyday word or some other brand's name ("Hive").
 */
import { isNonEntity } from '../gazetteer/lexicon.ts';
import type { Candidate } from './mention.ts';
import { isCapitalised, type SentenceTokens } from './sentence-tokens.ts';

/** Names a family prefix opens, and the one word after it that the product also goes by. */
const FAMILY_NAME = /^(?:Apache|Amazon|AWS|Azure|Google|Microsoft|Eclipse)\s+(\p{Lu}[\p{L}\d]{2,})$/u;

/** Words after a prefix that name the vendor's platform or programmes, never a product of their own. */
const NOT_A_PRODUCT = new Set(['cloud', 'web', 'services', 'software', 'foundation', 'developers', 'research', 'labs', 'store', 'play', 'search', 'news', 'maps', 'docs', 'account', 'console', 'iot']);

export type ShortForms = ReadonlyMap<string, Candidate>;

/** The short forms the post's full family names give: "Hive" -> the mention of "Apache Hive". */
export function shortFormsOf(candidates: Iterable<Candidate>): ShortForms {
  const out = new Map<string, Candidate>();
  const ambiguous = new Set<string>();
  for (const c of candidates) {
    const word = FAMILY_NAME.exec(c.name)?.[1];
    if (!word || NOT_A_PRODUCT.has(word.toLowerCase()) || isNonEntity(word)) continue;
    const seen = out.get(word);
    // ("Google Chrome" and "Apache Chrome" in one post: the word alone names neither for sure.)
    if (seen && seen.id !== c.id) ambiguous.add(word);
    else out.set(word, c);
  }
  for (const word of ambiguous) out.delete(word);
  return out;
}

/**
 * Is the token at `i` a name on its own: in prose, with no capitalised word right before or after it that would make
 * it part of a longer name ("Hive Metastore Service" may be one)? At a sentence's start too: the post has named the
 * product, and its word as the post capitalises it is the product there as well ("Druid is used as a library").
 */
function standsAlone(st: SentenceTokens, i: number): boolean {
  if (st.titleLike) return false;
  const tok = st.tokens[i];
  if (!tok) return false;
  const capitalisedNeighbour = (n: number): boolean => {
    const other = st.tokens[n];
    if (!other || !isCapitalised(other)) return false;
    const [left, right] = n < i ? [other, tok] : [tok, other];
    return /^\s+$/.test(st.sentence.slice(left.end, right.start));
  };
  return !capitalisedNeighbour(i - 1) && !capitalisedNeighbour(i + 1);
}

/** The family product's mention at token `i`, by its short form. */
function productAt(full: Candidate, st: SentenceTokens, i: number): Candidate {
  return { ...full, surface: st.tokens[i]?.text ?? full.surface, tokenStart: i, tokenEnd: i + 1, needsContext: false, midSentence: false };
}

/** Mentions of the family names by their short form, among the sentence's tokens no other name took. */
export function shortFormMentions(st: SentenceTokens, taken: ReadonlySet<number>, forms: ShortForms): Candidate[] {
  const out: Candidate[] = [];
  if (forms.size === 0) return out;
  st.tokens.forEach((t, i) => {
    const full = forms.get(t.text);
    if (full && !taken.has(i) && standsAlone(st, i)) out.push(productAt(full, st, i));
  });
  return out;
}

/** A mention another rule made of a short form's word alone ("Hive" as a brand) is the post's family product. */
export function asShortForm(c: Candidate, st: SentenceTokens, forms: ShortForms): Candidate | null {
  if (c.tokenStart < 0 || c.tokenEnd !== c.tokenStart + 1) return null;
  const full = forms.get(c.surface);
  return full && full.id !== c.id && standsAlone(st, c.tokenStart) ? productAt(full, st, c.tokenStart) : null;
}
