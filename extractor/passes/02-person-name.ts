/**
 * Pass 2 helper: does a short capitalised phrase look like a person's name?
 * Shape (2-4 capitalised tokens, no acronyms, no role/org words) plus compromise's lexicon:
 * a known first name makes it strong; common English words ("Project Update") make it weak or not a name.
 */
import nlp from 'compromise';
import { ORG_WORDS, PRESENT_VERBS, ROLE_WORDS, STAGE_VERBS, STRUCTURAL, WORD_GIVEN_NAMES } from './02-words.ts';
import { isCommonWord as isEnglishWord, isEventSurface, isEverydayWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { isPlace } from '../entities/name-lexicon.ts';
import { namesAThing } from '../gazetteer/resolve.ts';
import { memoByText } from '../memo.ts';

/** 'shape': capitalised tokens of a name, but made of common words ('Bo Berg'); only strong context accepts it. */
export type NameStrength = 'strong' | 'weak' | 'shape' | 'none';

const lexicon: Record<string, string | string[]> = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'al', 'dos', 'das', 'ter', 'st.', 'y']);
// A capitalised word (McLuckie, O'Neil, Mary-Jane), an initial ("I."), or a short abbreviation ("St.", "Jr."); a
// family name may open with its particle in lowercase, joined or glued ("de-Zorbo", "deZorbis", "vanPlonk").
const TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?|\p{Lu}\p{Ll}{0,2}\.|(?:de|van|von|del|da|di|le|la|du|ter|ten)-?\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;

/** Letters the decomposition leaves whole, written as the lexicon's plain spellings have them. */
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** The word without its accents ("hélène" -> "helene", "søren" -> "soren"): the lexicon spells names plainly. */
function plainSpelling(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øæœßłđðþı]/g, (c) => PLAIN_LETTERS[c] ?? c);
}

function tagsOf(word: string): string[] {
  const lower = word.toLowerCase();
  // (An accented spelling of a name the lexicon lists plainly is that name: "Hélène", "Chloé", "Zoë".)
  const tag = lexicon[lower] ?? (/[^ -~]/.test(lower) ? lexicon[plainSpelling(lower)] : undefined);
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

const isNameTagged = (word: string): boolean => tagsOf(word).some((t) => NAME_TAGS.has(t));
const isCommonWord = (word: string): boolean => {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
};

const knownThings = new Map<string, boolean>();
/** A word the gazetteer knows as a project or company on its own ("Kubernetes Basics", "Apache Kafka" are no names). */
function isKnownThing(token: string): boolean {
  let known = knownThings.get(token);
  if (known === undefined) {
    known = token.length > 2 && namesAThing(token);
    if (knownThings.size < 50_000) knownThings.set(token, known);
  }
  return known;
}

/**
 * "Bill Kennedy", "Gene Kim": a given name that is an everyday word too opens a name before a surname, a word the
 * lexicon knows as one or no English word nor known name ("Ray Tracing", "Ruby Conf" are none).
 */
function wordGivenName(tokens: readonly string[]): boolean {
  // (A particle stands between a given name and a surname: "Frank van Puffelen".)
  const [first] = tokens;
  const second = tokens.slice(1).find((t) => !PARTICLES.has(t));
  if (!first || !second || !WORD_GIVEN_NAMES.has(first.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(second) || isEventSurface(tokens.join(' '))) return false;
  return isNameTagged(second) || (!isEnglishWord(second.toLowerCase()) && !isKnownThing(second));
}

/**
 * A sentence adverb of everyday English ("Additionally", "Finally", "Interestingly"): it opens a sentence before a
 * name, never a name itself. Given names with the ending ("Kimberly", "Beverly") are tagged by the lexicon or listed.
 */
function isSentenceAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}{3,}ly$/u.test(word) && isEnglishWord(lower) && !isNameTagged(word) && !WORD_GIVEN_NAMES.has(lower);
}

/** "Additionally Steve Poole" -> "Steve Poole": a sentence adverb read into a name's capitalised run is dropped. */
export function withoutSentenceAdverb(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  return tokens.length > 2 && isSentenceAdverb(tokens[0] ?? '') ? tokens.slice(1).join(' ') : phrase;
}

/** A long word with an adjective's ending ("Traditional", "Distributed", "Decentralised"), which no given name has. */
const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}{4,}(?:al|ed|ive|ous|ic|ful|less|able|ible)$/u;

/** An English contraction: "Isn't", "Don't", "We're", "They've", "You'll", "I'm", "She'd". */
const CONTRACTION = /^\p{L}+(?:n['’]t|['’](?:re|ve|ll|m|d))$/iu;

/** Verbs of presenting in the past ("Talked", "Gave", "Described"): capitalised after a name, they end it ("Ann Lee Talked about ..."). */
const PAST_STAGE_VERBS: ReadonlySet<string> = new Set([...PRESENT_VERBS, ...STAGE_VERBS].filter((v) => !v.includes(' ') && !v.endsWith('s')));

/** A word of a name in capitals written as usual, each part of a hyphenated one too ("ANN-MARIE" -> "Ann-Marie"). */
export function wordAsUsual(word: string): string {
  return word.split('-').map((p) => `${p.charAt(0)}${p.slice(1).toLowerCase()}`).join('-');
}

/** How surely a phrase is a person's name (each answer is kept: the talk pass asks about the same phrases often). */
export const nameStrength: (phrase: string) => NameStrength = memoByText(readNameStrength, (strength) => strength);

function readNameStrength(phrase: string): NameStrength {
  // (A handle closing the phrase needs an "@": the search for it is skipped in a phrase without one.)
  const clean = (phrase.includes('@') ? phrase.replace(/\s*\(@[\w.]+\)\s*$/, '') : phrase).trim();
  const tokens = clean.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4) return 'none';
  // A possessive inside the words ends a name: "Evan Lee's Announcement" is his announcement.
  if (tokens.slice(0, -1).some((t) => /['’]s$/.test(t))) return 'none';
  // A contraction is a sentence's word, never a name's ("Implementation Isn't Trivial", "We're Hiring"; not "O'Neil").
  if (tokens.some((t) => CONTRACTION.test(t))) return 'none';
  // A known place has a name's shape ("San Francisco", "Los Angeles").
  if (isPlace(tokens.join(' ').toLowerCase())) return 'none';
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (PAST_STAGE_VERBS.has(last.toLowerCase())) return 'none';
  // A programme's family name in capitals ("Hiroto ZORBAKI", "Ivo BREVIK"): a name when it reads as one with the
  // family name capitalised as usual. The capitals are no acronym, word or known name ("Docker CLI", "Bob SQL"); two or
  // three of them follow a known first name only ("Greg QX", not "Plonkment CSS"); the words before are plain name words
  // ("ZorbKhan Parrot GIF" is none).
  if (/^\p{Lu}{2,}$/u.test(last) && tokens.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && (isNameTagged(t) || !isEnglishWord(t.toLowerCase())))) {
    if (isEnglishWord(last.toLowerCase()) || isNonEntity(last) || isKnownThing(last) || (last.length < 4 && !isNameTagged(first))) return 'none';
    const usual = `${tokens.slice(0, -1).join(' ')} ${last.charAt(0)}${last.slice(1).toLowerCase()}`;
    return readNameStrength(usual) === 'strong' ? 'strong' : 'none';
  }
  // A whole name in capitals, as programmes print them ("ANN-MARIE ZORBEL"): a name when it reads as one written as
  // usual, and opens with a first name compromise knows ("AWS EKS", "BIG DATA" do not).
  if (tokens.every((t) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(t))) {
    const usual = tokens.map(wordAsUsual);
    const opener = usual[0] ?? '';
    return (isNameTagged(opener) || isNameTagged(opener.split('-')[0] ?? '')) && readNameStrength(usual.join(' ')) === 'strong' ? 'strong' : 'none';
  }
  // Initials may open a name ("JT Perry", "TJ Holm"), when they are no word of their own ("IT", "AI").
  const initials = /^\p{Lu}{2}$/u.test(first) && tagsOf(first).length === 0 && !tokens.slice(1).some((t) => isEnglishWord(t.toLowerCase()));
  if (!(TOKEN.test(first) || initials) || !TOKEN.test(last) || isSentenceAdverb(first)) return 'none';
  // A name never opens or ends with a verb's -ing form ("Scaling Prometheus at Work", "Effective Performance
  // Testing"). Only the lexicon's own gerunds count: surnames such as Manning or Browning are no lexicon entries,
  // and after a known first name a last word such as Paling is a surname.
  if (tagsOf(first).includes('Gerund') || (tagsOf(last).includes('Gerund') && !isNameTagged(first))) return 'none';
  const wordGiven = wordGivenName(tokens);
  let common = 0;
  for (const [i, token] of tokens.entries()) {
    if (i === 0 && wordGiven) continue;
    const lower = token.toLowerCase();
    // (A particle inside the name, capitalised or not: "Ludwig van Beethoven", "Ann Van Der Berg".)
    if ((PARTICLES.has(lower) && (token === lower || (i > 0 && i < tokens.length - 1))) || (i === 0 && initials)) continue;
    // (A middle initial without its period after a known first name: "Gregory A Smith", not the article.)
    if (i > 0 && i < tokens.length - 1 && /^\p{Lu}$/u.test(token) && isNameTagged(first)) continue;
    if (!TOKEN.test(token)) return 'none';
    if (ROLE_WORDS.has(lower) || ORG_WORDS.has(lower) || STRUCTURAL.has(lower)) return 'none';
    // ("Multi-Tenant", "Self-Hosted": a compound of everyday words; "Hypervisor-Based", "Cloud-Native": one that ends
    // in one; "Kaplan-Moss" after a known first name stays one.)
    const parts = token.split('-');
    const everydayPart = (part: string): boolean => part.length > 0 && (isCommonWord(part) || isEnglishWord(part.toLowerCase()));
    const compound = parts.length > 1 && !isNameTagged(token) && !parts.some(isNameTagged) && (parts.every(everydayPart) || everydayPart(parts[parts.length - 1] ?? ''));
    if (isCommonWord(token) || compound || (!isNameTagged(token) && isKnownThing(token))) common++;
  }
  const given = isNameTagged(first) || wordGiven;
  // Words of everyday English that compromise's small lexicon lacks ("Distributed Consensus", "Business Agility"): with
  // no word a name, they are a title's words, at most a weak name.
  // (A compound counts by its parts: "Meta-Psychology".)
  const english = (t: string): boolean => t.toLowerCase().split('-').every((part) => part.length > 0 && isEnglishWord(part));
  const englishOnly = !given && tokens.every((t) => !isNameTagged(t) && english(t));
  if (englishOnly) return common <= 1 ? 'weak' : 'shape';
  // ("Traditional Ops", "Organisational Epistemelogy": an adjective of everyday English opens no clear name.)
  if (!given && ADJECTIVE_SHAPE.test(first) && english(first)) return 'weak';
  if ((given && common <= 1) || common === 0) return 'strong';
  return common === 1 ? 'weak' : 'shape';
}

export function isPersonName(phrase: string, allowWeak: boolean): boolean {
  const strength = nameStrength(phrase);
  return strength === 'strong' || (allowWeak && strength === 'weak');
}

/** The phrase starts with a first name compromise knows ("Kelsey", "Brendan"). */
export function isGivenName(phrase: string): boolean {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  // (A double first name, "Anna-Lena", "Jean-Marc": both its parts are first names.)
  return isNameTagged(first) || wordGivenName(phrase.trim().split(/\s+/)) || (first.includes('-') && first.split('-').every((part) => part.length > 1 && isNameTagged(part)));
}

/** Every word of the phrase is an everyday English word in some inflection ("Mischievous Puppets", "Stolen Treasures"). */
export function everydayPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every(isEverydayWord) && !isNameTagged(phrase.split(/\s+/)[0] ?? '');
}
