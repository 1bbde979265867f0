/** People named in a sentence: known speakers, "First Last" with a first name from compromise's lexicon (typo-tolerant), famous mononyms. */
import { nodeId } from '../ids.ts';
import { isCommonWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { PLACE_PREPOSITIONS } from './cue-words.ts';
import { allowedEdits, osaDistance } from './edit-distance.ts';
import type { Candidate } from './mention.ts';
import { firstNamesStartingWith, isFirstName, isLastName, isMononymPerson, isPlace } from './name-lexicon.ts';
import { mayOpenWithCapital, spanText, type SentenceTokens } from './sentence-tokens.ts';
import { ROLE_HEADS, ROLE_WORDS, WORD_GIVEN_NAMES } from '../passes/02-words.ts';

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?$|^Mc\p{Lu}\p{Ll}+$/u;

function person(st: SentenceTokens, from: number, to: number, name: string): Candidate {
  return { id: nodeId('Person', name), type: 'Person', name, surface: spanText(st, from, to), tokenStart: from, tokenEnd: to, needsContext: false, prominent: false };
}

/** A misspelt first name ("Ptere" -> "peter"): one edit from exactly one known first name. */
const corrections = new Map<string, string | null>();

function correctedFirstName(lower: string): string | null {
  const cached = corrections.get(lower);
  if (cached !== undefined) return cached;
  const result = computeCorrection(lower);
  // (A static answer about one word, kept across posts; bounded, as a post of endless distinct words must not grow it.)
  if (corrections.size < 50_000) corrections.set(lower, result);
  return result;
}

function computeCorrection(lower: string): string | null {
  const max = allowedEdits(lower.length);
  if (max === 0 || isCommonWord(lower)) return null;
  const sorted = [...lower].sort().join('');
  // One edit, or the same letters shuffled behind the same initial (a typing slip: "Ptere" for "Peter").
  const hits = firstNamesStartingWith(lower[0] ?? '').filter(
    (n) => Math.abs(n.length - lower.length) > 1 ? false : osaDistance(lower, n, 1) <= 1 || (n.length === lower.length && [...n].sort().join('') === sorted),
  );
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The talks' speakers by name key, and the keys' first words: a word that opens none of them opens no speaker's name. */
export interface KnownSpeakers {
  byKey: ReadonlyMap<string, string>;
  firstWords: ReadonlySet<string>;
}

export function knownSpeakers(byKey: ReadonlyMap<string, string>): KnownSpeakers {
  return { byKey, firstWords: new Set([...byKey.keys()].map((key) => key.split(' ')[0] ?? '')) };
}

/**
 * `firstNames`: the first names of the talk this sentence belongs to, lowercased, to their speakers' full names
 * ("Jerry built ..." in Jerry D'Antonio's talk, "Liz's demo"): a back-reference to a speaker is a mention of them.
 */
export function findPeople(st: SentenceTokens, taken: Set<number>, speakers: KnownSpeakers, firstNames: ReadonlyMap<string, string> = new Map()): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = st;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (Every reading below opens with a capital: an ASCII word of another first character is none of them.)
    if (!t || taken.has(i) || !mayOpenWithCapital(t.text)) continue;
    const next = tokens[i + 1];
    const third = tokens[i + 2];
    // A talk's speaker is found by name whatever its shape ("AnnMarie Thomas", "DeShawn Lee").
    // (The two to four words after a word that opens no speaker's name need not be joined and looked up.)
    if (next && speakers.firstWords.has(t.lower) && /^\p{Lu}/u.test(t.text)) {
      const two = `${t.lower} ${next.lower}`;
      const three = third ? `${two} ${third.lower}` : '';
      const fourth = tokens[i + 3];
      const { byKey } = speakers;
      const fullName = (three && fourth ? byKey.get(`${three} ${fourth.lower}`) : undefined) ?? (three ? byKey.get(three) : undefined) ?? byKey.get(two);
      if (fullName) {
        const len = fullName.split(/\s+/).length;
        out.push(person(st, i, i + len, fullName));
        i += len - 1;
        continue;
      }
    }
    if (!NAME_WORD.test(t.text)) continue;
    // A speaker's first name alone (not the start of another full name).
    const speaker = firstNames.get(t.lower);
    if (speaker && (t.possessive || !next || !NAME_WORD.test(next.text) || taken.has(i + 1))) {
      out.push(person(st, i, i + 1, speaker));
      continue;
    }
    // "Kent C. Dodds": a first name (known, or no everyday word), a middle initial and a surname.
    const gap = (a: typeof t, b: typeof t): string => (a && b ? st.sentence.slice(a.end, b.start) : '');
    if (next && third && (isFirstName(t.lower) || !isCommonWord(t.lower)) && !isCommonWord(third.lower) && /^\p{Lu}$/u.test(next.text) && /^\s+$/.test(gap(t, next)) && /^\.\s+$/.test(gap(next, third)) && NAME_WORD.test(third.text) && !taken.has(i + 1) && !taken.has(i + 2) && !st.titleLike) {
      // ("Vicente J. Jimenez Miras": a second surname may follow.)
      const fourth = tokens[i + 3];
      const more = fourth && !taken.has(i + 3) && NAME_WORD.test(fourth.text) && !isCommonWord(fourth.lower) && /^\s+$/.test(gap(third, fourth));
      const end = more ? i + 4 : i + 3;
      out.push(person(st, i, end, `${t.text} ${next.text}. ${tokens.slice(i + 2, end).map((x) => x.text).join(' ')}`));
      i = end - 1;
      continue;
    }
    // 'Andrew "Boz" Bosworth': a nickname in quotes between a known first name and the surname is no part of the name.
    if (next && third && isFirstName(t.lower) && /^\s+["“']$/.test(gap(t, next)) && /^["”']\s+$/.test(gap(next, third)) && NAME_WORD.test(third.text) && !taken.has(i + 2)) {
      out.push(person(st, i, i + 3, `${t.text} ${third.text}`));
      i += 2;
      continue;
    }
    // Name words stand side by side: "Tim, Jay Kreps" holds no "Tim Jay".
    const adjacent = next !== undefined && /^\s+$/.test(st.sentence.slice(t.end, next.start));
    if (next && adjacent && !taken.has(i + 1) && NAME_WORD.test(next.text) && !t.possessive && !isPlace(next.lower)) {
      const exact = isFirstName(t.lower);
      // An unknown given name before a known surname ("Priyanka Sharma", "Mrunal Patel"), as compromise reads it.
      const bySurname = !exact && isLastName(next.lower) && !isCommonWord(t.lower) && !isPlace(t.lower);
      // A given name that is an everyday word too ("Bill", "Gene", "Rich") before a surname ("Gene Zorbin"; an everyday
      // word is refused below, "Ray Tracing"), never a language's name ("Ruby").
      const wordGiven = !exact && !bySurname && WORD_GIVEN_NAMES.has(t.lower) && !isNonEntity(t.text);
      // A one-name celebrity of the lexicon before a surname or another such name is a first name ("Kent Beck"),
      // never before an everyday word ("Drake Equation").
      const monoGiven = !exact && !bySurname && !wordGiven && isMononymPerson(t.lower) && !isCommonWord(t.lower) && (isLastName(next.lower) || isMononymPerson(next.lower) || !isCommonWord(next.lower)) && !isPlace(t.lower);
      const fixed = exact || bySurname || wordGiven || monoGiven ? null : correctedFirstName(t.lower);
      // A first name that is also an everyday word ("Will", "Mark") opening a sentence needs a known surname, or a
      // surname of no everyday word before a lowercase word that goes on the clause ("Tom Stuart introduces ...").
      const clauseGoesOn = third !== undefined && /^\p{Ll}+$/u.test(third.text) && /^\s+$/.test(gap(next, third)) && !isCommonWord(next.lower);
      // (An everyday given name opening the sentence needs a known surname even so: "Will Fuchsia replace Linux?".)
      const weakStart = ((exact && !clauseGoesOn) || wordGiven) && i === 0 && isCommonWord(t.lower) && !isLastName(next.lower);
      const surnameOk = exact || !isCommonWord(next.lower) || (monoGiven && (isLastName(next.lower) || isMononymPerson(next.lower)));
      if ((exact || bySurname || wordGiven || monoGiven || fixed) && !weakStart && surnameOk && (!st.titleLike || bylineAt(st, i + 2) || inByList(st, i))) {
        const first = fixed ? cap(fixed) : t.text;
        const withThird = third && !taken.has(i + 2) && NAME_WORD.test(third.text) && isLastName(third.lower) && !next.possessive;
        const end = withThird ? i + 3 : i + 2;
        const rest = tokens.slice(i + 1, end).map((x) => x.text).join(' ');
        out.push(person(st, i, end, `${first} ${rest}`));
        i = end - 1;
        continue;
      }
    }
    if (i > 0 && isMononymPerson(t.lower) && !inPlaceSlot(st, i) && !st.titleLike) out.push(person(st, i, i + 1, t.text));
  }
  return out;
}

/**
 * A headline-style line may still be a byline: the name is followed by a dash or comma and a role ("Ann Lee - Software
 * Developer @ Acme", "Ann Lee, Staff Engineer at Acme"), so capitals there say nothing against the name.
 */
function bylineAt(st: SentenceTokens, after: number): boolean {
  const last = st.tokens[after - 1];
  const next = st.tokens[after];
  if (!last || !next || !/^\s*(?:[-–—,|]|\()\s*$/.test(st.sentence.slice(last.end, next.start))) return false;
  return st.tokens.slice(after, after + 4).some((t) => ROLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower));
}

/**
 * The name stands in the list after a headline's "by" ("Zorb Up & Running by Ann Lee, Bo Chen & Ivo Brevik"): there the
 * capitals are the names', as in a byline.
 */
function inByList(st: SentenceTokens, i: number): boolean {
  const at = st.tokens[i];
  for (let k = i - 1; at && k >= 0 && k >= i - 16; k--) {
    const t = st.tokens[k];
    if (!t) return false;
    if (t.text === 'by') return BY_LIST.test(st.sentence.slice(t.end, at.start));
  }
  return false;
}
/** Between "by" and a name of its list: other names, commas, "&" and "and" only. */
const BY_LIST = /^(?:\s|,|&|\band\b|\p{Lu}[\p{L}'’.-]*)*$/u;

/** A one-word name in a place's position ("flew to Austin", "Texas, Austin") names the place, not a person. */
function inPlaceSlot(st: SentenceTokens, i: number): boolean {
  const prev = st.tokens[i - 1];
  return prev !== undefined && (PLACE_PREPOSITIONS.has(prev.lower) || isPlace(prev.lower));
}

/** Lowercase one-word person names this sentence uses as places: one sense per post drops them elsewhere too. */
export function mononymsAsPlaces(st: SentenceTokens): string[] {
  const out: string[] = [];
  // (The lexicon first: few words are one-name people, and the pattern need not be run for the others.)
  for (let i = 0; i < st.tokens.length; i++) {
    const t = st.tokens[i];
    if (t && isMononymPerson(t.lower) && NAME_WORD.test(t.text) && inPlaceSlot(st, i)) out.push(t.lower);
  }
  return out;
}
