/**
 * People whose first name no lexicon knows, found by the words around them: "Neha Narkhede (co-founder of Confluent)",
 * "Dav Tagare from Lyft described", "by Robin Moffatt", "Ann Lee (@ann)", a link to a profile, and names listed
 * beside a person already found ("Praveen Killamsetti and Zhenzhao Wang"). The name still needs a name's shape
 * (nameStrength); the cue only stands in for the lexicon.
 */
import { nodeId } from '../ids.ts';
import { isEverydayWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { namesAThing, resolveName } from '../gazetteer/resolve.ts';
import { nameKey } from '../gazetteer/tokenize.ts';
import { nameStrength } from '../passes/02-person-name.ts';
import { HANDLE_NEXT, PRESENT_VERBS, ROLE_HEADS, ROLE_WORDS, TALK_GROUPS } from '../passes/02-words.ts';
import type { Candidate } from './mention.ts';
import { isFirstName } from './name-lexicon.ts';
import { mayOpenWithCapital, nextListItem, previousListItem, spanText, type SentenceTokens } from './sentence-tokens.ts';

/** A word of a name: capitalised (any script with case), an initial, or a lowercase particle inside ("van", "de"). */
const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|das|ter|ten|bin|al)$/;

// NAME_TOKEN's answers for the sentence at hand, by token (0 not asked yet, 1 no, 2 yes): nameAt tries every capitalised
// word in spans of four, three and two words, so one token was tested up to seven times (one entry: the sentences
// come one after another).
let answersOf: SentenceTokens | null = null;
let answers = new Uint8Array(256);

/** Token `k` of the sentence is a word of a name by NAME_TOKEN. */
function isNameToken(st: SentenceTokens, k: number): boolean {
  if (answersOf !== st) {
    answersOf = st;
    if (answers.length < st.tokens.length) answers = new Uint8Array(st.tokens.length * 2);
    else answers.fill(0, 0, st.tokens.length);
  }
  const known = answers[k];
  if (known) return known === 2;
  const text = st.tokens[k]?.text ?? '';
  const yes = mayOpenWithCapital(text) && NAME_TOKEN.test(text);
  answers[k] = yes ? 2 : 1;
  return yes;
}

/** Verbs of someone speaking, beyond the stage verbs of talk leads. */
const SAYING = ['said', 'says', 'told', 'described', 'describes', 'argued', 'noted', 'mentioned', 'joined', 'asked', 'answered', 'reminded'];
const VERB_AFTER = new RegExp(String.raw`^,?\s+(?:also\s+)?(?:${[...PRESENT_VERBS, ...SAYING].join('|')})\b`, 'i');
const PAREN_AFTER = /^\s*\(([^()]{2,80})\)/;
/** "from Lyft", "of Walmart", "at Acme": a capitalised organization right after the name. */
const ORG_AFTER = /^,?\s+(?:from|of|at)\s+(?:the\s+)?[\p{Lu}\d]/u;
/** ", Software Engineer at", " a member of", ", the CEO": a role in apposition. */
const APPOSITION = /^\s*,?\s*(?:(?:a|an|the|our|my|his|her|their)\s+)?((?:[\p{L}&.-]+\s+){0,3}[\p{L}-]+)/u;
/** Words right before a name that make it someone's: "by Ann Lee", "with Ann Lee", "thanks to Ann Lee". */
const BEFORE = new Set(['by', 'with', 'from', 'featuring', 'feat', 'ft']);
const ORG_SLOT = new Set(['from', 'of', 'at']);
const JOINED = /^\s*(?:,|,?\s*and|&)\s*$/;

type Cue = 'profile' | 'handle' | 'role' | 'org' | 'verb' | 'before' | 'talk' | 'attribution';

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return ROLE_HEADS.has(w) || ROLE_HEADS.has(singular) || ROLE_WORDS.has(w);
}

/** Words in parentheses after a name that say who the person is: a role or an organization the gazetteer knows. */
function whoInParens(inner: string): boolean {
  const words = inner.split(/[\s,/]+/).filter(Boolean);
  if (words.some(isRoleWord)) return true;
  return resolveName(inner.trim(), 'Organization')?.type === 'Organization';
}

function cueAfter(st: SentenceTokens, end: number): Cue | null {
  const last = st.tokens[end - 1];
  if (!last) return null;
  const after = st.sentence.slice(last.end);
  if (last.possessive) {
    const next = st.tokens[end];
    return next && TALK_GROUPS.has(next.lower) ? 'talk' : null;
  }
  if (HANDLE_NEXT.test(after)) return 'handle';
  const paren = PAREN_AFTER.exec(after);
  if (paren) return whoInParens(paren[1] ?? '') ? 'role' : null;
  if (ORG_AFTER.test(after)) return 'org';
  if (VERB_AFTER.test(after)) return 'verb';
  const apposition = APPOSITION.exec(after);
  if (apposition && /^\s*,|^\s+(?:a|an|the)\s/.test(after) && (apposition[1] ?? '').split(/\s+/).some(isRoleWord)) return 'role';
  return null;
}

/** A quotation's attribution: a dash opening the line, the name ending it ("> — Ann Lee", "-- Ann Lee, CTO"). */
const ATTRIBUTION_BEFORE = /(?:^|\n)[\s>]*(?:--|—|―|–|~)\s*$/;
const ATTRIBUTION_AFTER = /^[^\S\n]*(?:$|\n|,|\()/;

/** A dash opens the line right before `at` (read in the few characters before it, so that a long line stays linear). */
function attributed(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const before = sentence.slice(from, at);
  const m = ATTRIBUTION_BEFORE.exec(before);
  return !!m && (m.index > 0 || from === 0 || before.startsWith('\n'));
}

function cueBefore(st: SentenceTokens, from: number, to: number): Cue | null {
  const prev = st.tokens[from - 1];
  const first = st.tokens[from];
  const last = st.tokens[to - 1];
  if (first && last && attributed(st.sentence, first.start) && ATTRIBUTION_AFTER.test(st.sentence.slice(last.end, last.end + 4))) return 'attribution';
  if (!prev || !first || !BEFORE.has(prev.lower)) return null;
  // "a talk from Ann Lee" names the speaker; "Bo Chen from Acme Bank" names a company.
  if (prev.lower === 'from' && !TALK_GROUPS.has(st.tokens[from - 2]?.lower ?? '')) return null;
  return /^\s+$/.test(st.sentence.slice(prev.end, first.start)) ? 'before' : null;
}

/** Tokens [from, to) read as one written name: name words joined by spaces only (an initial may keep its dot). */
function nameSpan(st: SentenceTokens, taken: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = st.tokens[k];
    if (!t || taken.has(k)) return false;
    const inner = k > from && k < to - 1;
    if (!isNameToken(st, k) && !(inner && PARTICLE.test(t.text))) return false;
    if (k < to - 1) {
      if (t.possessive) return false;
      const next = st.tokens[k + 1];
      const gap = next ? st.sentence.slice(t.end, next.start) : '';
      if (!/^\s+$/.test(gap) && !(t.text.length === 1 && /^\.\s+$/.test(gap))) return false;
    }
  }
  return true;
}

function person(st: SentenceTokens, from: number, to: number): Candidate {
  const surface = spanText(st, from, to);
  const name = surface.replace(/\s+/g, ' ');
  return { id: nodeId('Person', name), type: 'Person', name, surface, tokenStart: from, tokenEnd: to, needsContext: false, prominent: false };
}

/**
 * Is [from, to) a person's name when only a cue vouches for it? No word of it is a known project or company
 * ("NumPy DevSprint", "PyCon India"), and everyday words are allowed only after a known first name ("Will Rogers"),
 * never first ("After Pia", "Lessons Learned", "Availability Zone").
 */
function plainName(st: SentenceTokens, from: number, to: number, everydayOk = false): boolean {
  for (let k = from; k < to; k++) {
    const t = st.tokens[k];
    if (!t) return false;
    if (t.text.length > 2 && (namesAThing(t.text) || isNonEntity(t.text))) return false;
    // An inner capital makes a product's name ("NumPy", "DevSprint"), unless a surname's prefix ("McKay", "DeShawn").
    if (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac|De|Di|La|Le|Van|O')\p{Lu}/u.test(t.text)) return false;
    // An abbreviation ("St.", "Dr.") is no word of a name.
    if (t.text.length > 1 && t.text.length <= 3 && st.sentence[t.end] === '.') return false;
    if (!everydayOk && isEverydayWord(t.lower) && !(k > from && isFirstName(st.tokens[from]?.lower ?? ''))) return false;
  }
  return true;
}

/** The longest name (4 down to 2 words) starting at `from`, with its strength. */
function nameAt(st: SentenceTokens, taken: ReadonlySet<number>, from: number): { end: number; strength: ReturnType<typeof nameStrength> } | null {
  for (let len = 4; len >= 2; len--) {
    const end = from + len;
    if (end > st.tokens.length || !nameSpan(st, taken, from, end)) continue;
    const strength = nameStrength(spanText(st, from, end));
    if (strength !== 'none') return { end, strength };
  }
  return null;
}

/**
 * `profileNames`: name keys of the section's link texts that point at a person's profile page.
 * `people`: people already found in this sentence; a name listed beside one of them is a person too.
 */
export function cuedPeople(st: SentenceTokens, taken: ReadonlySet<number>, profileNames: ReadonlySet<string>, people: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // The tokens taken, and those of the names found here: copied only when the first name is found (most sentences
  // name nobody).
  let used: ReadonlySet<number> = taken;
  let own: Set<number> | null = null;
  const take = (from: number, to: number): Candidate => {
    const c = person(st, from, to);
    out.push(c);
    own ??= new Set(taken);
    for (let k = from; k < to; k++) own.add(k);
    used = own;
    return c;
  };
  const { tokens } = st;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || used.has(i) || !isNameToken(st, i)) continue;
    const found = nameAt(st, used, i);
    if (!found) continue;
    const profile = profileNames.has(nameKey(spanText(st, i, found.end))) ? 'profile' : null;
    const cue = profile ?? cueAfter(st, found.end) ?? cueBefore(st, i, found.end);
    if (!cue) continue;
    // Names of everyday words ("Bo Berg") need a cue that only people have; a headline-style line needs one as well.
    const strongCue = cue === 'profile' || cue === 'handle' || cue === 'role';
    // (A role in apposition vouches for one everyday word beside words of none: "Ry Walker, the Co-Founder of Acme";
    // not "European Parliament Hemicycle".)
    const partlyEveryday = cue === 'role' && tokens.slice(i, found.end).filter((w) => isEverydayWord(w.lower)).length === 1;
    if (!plainName(st, i, found.end, cue === 'profile' || cue === 'handle' || partlyEveryday)) continue;
    if ((found.strength === 'shape' || st.titleLike) && !strongCue) continue;
    if (found.strength === 'shape' && cue === 'role') continue;
    take(i, found.end);
    i = found.end - 1;
  }
  if (st.titleLike) return out;
  // A list of names: each neighbour of a person ("A, B and C") is a person, rightwards then leftwards.
  const seeds = [...people, ...out].filter((c) => c.tokenStart >= 0).sort((a, b) => a.tokenStart - b.tokenStart);
  for (const seed of seeds) {
    let end = seed.tokenEnd;
    for (;;) {
      const next = nextNameAfter(st, used, end);
      if (!next) break;
      take(next.from, next.to);
      end = next.to;
    }
    let start = seed.tokenStart;
    for (;;) {
      const prev = nameBefore(st, used, start);
      if (!prev) break;
      take(prev.from, prev.to);
      start = prev.from;
    }
  }
  return out;
}

function nextNameAfter(st: SentenceTokens, used: ReadonlySet<number>, end: number): { from: number; to: number } | null {
  const from = nextListItem(st, end - 1, JOINED);
  if (from < 0) return null;
  const found = nameAt(st, used, from);
  return found && found.strength !== 'shape' && plainName(st, from, found.end) ? { from, to: found.end } : null;
}

function nameBefore(st: SentenceTokens, used: ReadonlySet<number>, start: number): { from: number; to: number } | null {
  const to = previousListItem(st, start, JOINED) + 1;
  for (let len = 4; len >= 2 && to > 0; len--) {
    const from = to - len;
    if (from < 0 || !nameSpan(st, used, from, to)) continue;
    // "Ann Lee from Saxo Bank and Bo Chen": a name after "from", "of" or "at" is an organization.
    if (ORG_SLOT.has(st.tokens[from - 1]?.lower ?? '')) return null;
    const strength = nameStrength(spanText(st, from, to));
    if ((strength === 'strong' || strength === 'weak') && plainName(st, from, to)) return { from, to };
  }
  return null;
}
