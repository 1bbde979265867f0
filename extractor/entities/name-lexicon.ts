/** What compromise's lexicon knows about a single word: first names, surnames, famous people, places, organizations. */
import nlp from 'compromise';

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;

const FIRST = new Set<string>();
const LAST = new Set<string>();
const MONONYM = new Set<string>();
const PLACE = new Set<string>();
const ORG = new Set<string>();
const FIRST_NAMES_BY_INITIAL = new Map<string, string[]>();
/** First words of multi-word places, so most tokens are ruled out with one lookup. */
const PLACE_STARTS = new Set<string>();
for (const [word, tag] of Object.entries(lexicon)) {
  if (/\b(MaleName|FemaleName|FirstName)\b/.test(tag)) {
    FIRST.add(word);
    if (word.length >= 4 && /^[a-z]+$/.test(word)) {
      const list = FIRST_NAMES_BY_INITIAL.get(word[0] ?? '') ?? [];
      list.push(word);
      FIRST_NAMES_BY_INITIAL.set(word[0] ?? '', list);
    }
  }
  if (/\bLastName\b/.test(tag)) LAST.add(word);
  if (tag === 'Person') MONONYM.add(word);
  if (/\b(City|Country|Region|Place)\b/.test(tag)) {
    PLACE.add(word);
    if (word.includes(' ')) PLACE_STARTS.add(word.split(' ')[0] ?? '');
  }
  if (/\bOrganization\b/.test(tag)) ORG.add(word);
}

export const isFirstName = (lower: string): boolean => FIRST.has(lower);
export const isLastName = (lower: string): boolean => LAST.has(lower);
/** A person known by one name (compromise's #Person entries, e.g. famous artists). */
export const isMononymPerson = (lower: string): boolean => MONONYM.has(lower);
/** ("st louis", "ft worth", "mt vernon": a place's abbreviated first word is looked up written out too.) */
const PLACE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [[/^st\.?\s/, 'saint '], [/^ft\.?\s/, 'fort '], [/^mt\.?\s/, 'mount ']];
// (Only a phrase can hold an abbreviation and a name: a single word is looked up once.)
export const isPlace = (lower: string): boolean => PLACE.has(lower) || (lower.includes(' ') && PLACE_ABBREVIATIONS.some(([short, full]) => short.test(lower) && PLACE.has(lower.replace(short, full))));

/** Token indexes inside multi-word place names ("Hong Kong", "New York", "Salt Lake City"), of tokens' lowercase forms. */
export function multiWordPlaceTokens(tokens: ReadonlyArray<{ lower: string }>): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length - 1; i++) {
    const first = tokens[i]?.lower ?? '';
    if (!PLACE_STARTS.has(first)) continue;
    for (const n of [3, 2]) {
      if (i + n > tokens.length) continue;
      let phrase = first;
      for (let k = i + 1; k < i + n; k++) phrase += ` ${tokens[k]?.lower ?? ''}`;
      if (!PLACE.has(phrase)) continue;
      for (let k = i; k < i + n; k++) out.add(k);
      break;
    }
  }
  return out;
}
export const isLexiconOrganization = (lower: string): boolean => ORG.has(lower);

/** First names starting with the same letter (candidates for a misspelt first name). */
export function firstNamesStartingWith(letter: string): readonly string[] {
  return FIRST_NAMES_BY_INITIAL.get(letter) ?? [];
}
