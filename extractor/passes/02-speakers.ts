/**
 * Pass 2 helper: reads the speaker part of a talk heading:
 * "A, Role, Org", "A & B, Org", "A, Role, Org; B, Org & C, Org", "A (Org)".
 * Roles are everything between the name and the last comma part; the last part is the organization.
 */
import type { SpeakerRecord } from './types.ts';
import { everydayPhrase, isGivenName, isPersonName, nameStrength } from './02-person-name.ts';
import { hasAnyOf, MEDIA_WORDS, MONTHS, ORG_WORDS, ROLE_HEADS, ROLE_WORDS, STRUCTURAL, wordsOf } from './02-words.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { isLastName, isPlace } from '../entities/name-lexicon.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';
import { memoByText } from '../memo.ts';

// ("Ann Lee (Acme), Bo Chen (Initech)": a comma after a closed parenthesis may start the next person too.)
const PEOPLE_JOIN = /\s*(?:&|\band\b|\+|\/)\s*|\s*,\s*(?:and\s+|&\s*)|(?<=\))\s*,\s*/g;

/** Splits at '&'/'and' only where a person's name follows, so "Group & GM, Center" stays one role. */
function splitPeople(group: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const m of group.matchAll(PEOPLE_JOIN)) {
    const at = m.index ?? 0;
    const left = group.slice(start, at);
    const rest = group.slice(at + m[0].length);
    // The next name ends where its organization starts: "& Bo Chen from Acme", "& Bo Chen (Acme)".
    const nextName = (/^[^,;(]*/.exec(rest)?.[0] ?? '').replace(/\s+(?:from|at|@)\s+.*$/, '').trim();
    const leftIsBareName = !left.includes(',') && isPersonName(left.trim(), true);
    // "..., Org & Bo Chen, Org2": a name followed by its own comma part starts a new speaker.
    const nameHasOwnPart = /^[^,;(]*[,(]/.test(rest);
    // Next to a clear name, a name made of common words ("Ana Medel & Leo Sharp") is a co-speaker too.
    const besideClearName = leftIsBareName && nameStrength(left.trim()) === 'strong' && nameStrength(nextName) === 'shape';
    if (isPersonName(nextName, leftIsBareName || nameHasOwnPart) || besideClearName) {
      pieces.push(left);
      start = at + m[0].length;
    }
  }
  pieces.push(group.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/**
 * "the Plonk Welfare Administration uses the new model to ...": the organization after "from" is its capitalised words
 * (joined by "and", "of", "for", "&"); a clause that goes on in lowercase is the sentence's, as is a leading "the".
 */
const ORG_THEN_CLAUSE = /^(?:the\s+)?([\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:(?:and|of|for|&)\s+(?:the\s+)?)?[\p{Lu}\d][\p{L}\d.&'’-]*)*)\s+(?!(?:and|of|for|the)\s+(?:the\s+)?[\p{Lu}\d])\p{Ll}[\p{L}’']*\s+\S/u;
function orgBeforeClause(org: string): string {
  return ORG_THEN_CLAUSE.exec(org)?.[1] ?? org;
}

/** "Name (Org)", "Name (@handle)", "Name @ Org", "Name from Org". */
function splitParen(piece: string): { name: string; paren: string | null } {
  const joined = /^(.+?)\s+(@|from|at|of)\s+(\S.*)$/.exec(piece);
  // ("Fluent Bit - Swiss Army Tool of Observability Data Ingestion": "of" joins a title's words as often as a person's
  // employer; after a name of everyday words it takes a clear name or a known organization.)
  if (joined?.[1] && joined[3] && isPersonName(joined[1], true)) {
    const org = orgBeforeClause(joined[3]);
    if (joined[2] !== 'of' || isPersonName(joined[1], false) || resolveName(org, 'Organization')?.type === 'Organization') return { name: joined[1], paren: org };
  }
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(piece);
  if (!m?.[1]) return { name: piece, paren: null };
  const inner = (m[2] ?? '').trim();
  return { name: m[1].trim(), paren: inner.startsWith('@') || inner === '' ? null : inner };
}

/** "Daniel Berg IBM", "Liz Rice Isovalent": a clear name and a known organization with no separator become "Daniel Berg (IBM)". */
function nameThenKnownOrg(piece: string): string {
  if (/[,()]/.test(piece)) return piece;
  const tokens = piece.split(/\s+/);
  for (const n of [2, 3]) {
    const name = tokens.slice(0, n).join(' ');
    const org = tokens.slice(n).join(' ');
    if (org && /^[\p{L}\d]/u.test(org) && tokens.length - n <= 3 && nameStrength(name) === 'strong' && resolveName(org, 'Organization')?.type === 'Organization') return `${name} (${org})`;
  }
  return piece;
}

/** "Software Engineer at Google": a role and its organization in one comma part. */
export function splitRoleAt(part: string): { role: string | null; org: string | null } {
  // "a researcher from Acme", "the CTO of Acme": an appositive, its role and where it is held.
  const appositive = /^(?:an?|the)\s+([^,]{2,40}?)\s+(?:at|from|of|with|@)\s+(\p{Lu}\S*(?:\s+\S+){0,3})$/u.exec(part);
  if (appositive?.[1] && appositive[2] && wordsOf(appositive[1]).some((w) => ROLE_WORDS.has(w) || ROLE_HEADS.has(w))) return { role: appositive[1], org: orgName(appositive[2]) };
  const m = /^(.+?)\s+(?:at\s+|@\s*)(\S.*)$/.exec(part);
  // ("UX Designer at Acme": a role's head word ends it, whatever qualifies it.)
  if (m?.[1] && m[2] && (wordsOf(m[1]).some((w) => ROLE_WORDS.has(w)) || ROLE_HEADS.has(wordsOf(m[1]).pop() ?? ''))) return { role: m[1], org: orgName(m[2]) };
  // ("CEO DeepMind": a role's capitals, then the company, with no "at" between.)
  const titled = /^([A-Z]{2,4})\s+(\p{Lu}\S*(?:\s+\S+){0,3})$/u.exec(part);
  if (titled?.[1] && titled[2] && (ROLE_HEADS.has(titled[1].toLowerCase()) || ROLE_WORDS.has(titled[1].toLowerCase()))) return { role: titled[1], org: orgName(titled[2]) };
  const org = orgName(part);
  // ("Acme lawyer and Vice President": role words after a company's name make the part a role, held where it does not
  // say.)
  if (org !== part && wordsOf(part.slice(org.length)).some((w) => ROLE_HEADS.has(w))) return { role: part, org: null };
  return { role: null, org };
}

/** A family name: one the lexicon knows, or a word that is no given name ("Mary Ann Smith Jones" is one person). */
const surname = (word: string): boolean => isLastName(word.toLowerCase()) || !isGivenName(word);

/** Four capitalised words standing alone as a list's part: two names run together when both first words are given names. */
const RUN_TOGETHER = /(^|,\s*|&\s*|\band\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?=\s*(?:[(,;&]|\band\b|$))/gu;

/**
 * The four words of a RUN_TOGETHER match, without what may stand before them: a list without them has no names run
 * together (this search is a few times cheaper than the pattern's, which tries its openings at every position).
 */
const RUN_TOGETHER_WORDS = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Words that join an organization's name in lowercase ("Bank of America", "Universidad de Chile"). */
export const ORG_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'du', 'von', 'van', 'der', 'y', '&', 'at']);

/**
 * An organization's name ends where a sentence goes on in lowercase ("Krumware provides an overview of ..." is
 * Krumware); its first word may be lowercase itself (eBay, a domain).
 */
function orgName(text: string): string {
  // (A dash or a lowercase start is left whole for the checks that reject a title's tail as an organization.)
  if (/\s[-–—]\s/.test(text) || /^\p{Ll}+\s/u.test(text)) return text;
  const words = text.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !ORG_JOINERS.has(w));
  return cut > 0 ? words.slice(0, cut).join(' ').replace(/[\s,;:]+$/, '') : text;
}

/** "Ann Lee CTO/COO" -> name "Ann Lee", role "CTO/COO", when the whole is not a name but its start is. */
function nameWithRole(phrase: string): { name: string; role: string } | null {
  const tokens = phrase.split(' ');
  if (tokens.length < 3 || nameStrength(phrase) !== 'none') return null;
  // ("Ann Lee Sr. Software Engineer": "Sr." opens the role, senior, not the name.)
  for (const n of /^(?:Sr|Snr)\.?$/.test(tokens[2] ?? '') ? [2] : [3, 2]) {
    const head = tokens.slice(0, n).join(' ');
    const rest = tokens.slice(n).join(' ');
    // The role follows the name directly ("Ann Lee CTO"), never after a separator ("Ann Lee - Enterprise DevOps").
    // ("Highly Available Platform for Data": everyday words before a role word are a title's, not a name and a role;
    // "Ann Lee the talk an excellent ...": lowercase words on are a sentence's.)
    if (rest && /^\p{L}/u.test(rest) && !clauseInPlace(rest) && nameStrength(head) === 'strong' && !everydayPhrase(head) && wordsOf(rest).some((w) => ROLE_WORDS.has(w.split('/')[0] ?? w))) return { name: head, role: rest };
  }
  return null;
}

/**
 * "Vice President @Initech": an "@" right after a role's word names where the role is held, no handle ("Ann Lee
 * @annlee" stays a handle).
 */
export function employerHandles(text: string): string {
  return text.includes('@') ? text.replace(/(\p{L}+)\s@(\p{Lu}[\w.]*\w)/gu, (whole, before: string, org: string) => (ROLE_HEADS.has(before.toLowerCase()) || ROLE_WORDS.has(before.toLowerCase()) ? `${before} at ${org}` : whole)) : text;
}

// A title before a name ("Dr Ann Lee", "Prof. Bo Chen", "Doctor Ann Lee") is no part of it.
const HONORIFIC = /(^|[,;&]\s*|\band\s+)(?:Doctor|Professor|Dr|Prof|Mr|Mrs|Ms)\.?\s+(?=\p{Lu})/gu;

/** A name without the titles of address before it or its co-speakers' ("Dr. Ann Lee" is Ann Lee). */
export function withoutHonorifics(text: string): string {
  return text.replace(HONORIFIC, '$1');
}
// The links to a talk's material beside its speakers ("Ann Lee (slides, video)") name no organization.
/** The titles of vendors' community programmes, said before a name ("Docker Captain", "AWS Hero", "Java Champion"). */
const PROGRAMME_TITLE = /\b(?:Captain|Hero|MVP|Ambassador|Champion)\s+\p{Lu}/u;
const PROGRAMME_TITLE_BEFORE_NAME = /(^|[;&]\s*|\band\s+)((?:\p{Lu}[\p{L}\d&.-]*\s+){1,3}?(?:Captain|Hero|MVP|Ambassador|Champion))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?)(?=\s*(?:[,;&]|\band\b|$))/gu;
const MEDIA_MARK = new RegExp(String.raw`\s*[[(]${MEDIA_WORDS}[\])]`, 'giu');
/** "Ann Lee, slides", "Ann Lee, Acme, video, slides": the links to the talk's material closing the list are no organization. */
const TRAILING_MEDIA = new RegExp(String.raw`\s*,\s*${MEDIA_WORDS}\s*$`, 'iu');

/** Parentheses holding a comma: "(Principal Engineer, Acme)", "(engineer at Acme, PMC member)". */
const ROLE_ORG_PAREN = /\(([^()]*,[^()]*)\)/g;

const isRole = (text: string): boolean => wordsOf(text).some((w) => ROLE_WORDS.has(w) || ROLE_HEADS.has(w));

/**
 * A role and an organization in parentheses after a name read as comma parts: "Ann Lee (Principal Engineer, Acme)"
 * and "Ann Lee (engineer at Acme, PMC member)" as "Ann Lee, Principal Engineer, Acme" (an aside after "Role at
 * Org" dropped). A town after the organization is dropped: "(Acme, Lyon)" is "(Acme)". Other parentheses are left
 * as written.
 */
export function roleOrgParenAsCommas(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(ROLE_ORG_PAREN, (m, inner: string) => {
    const parts = inner.split(',').map((p) => p.trim());
    // "(Acme, Lyon)": the organization's town is no part of it.
    const town = parts.length === 2 && isPlace((parts[1] ?? '').toLowerCase()) && !isPlace((parts[0] ?? '').toLowerCase());
    if (town) return `(${parts[0]})`;
    const at = parts.map((p) => /^(.+?)\s+(?:at|@)\s+(\S.*)$/.exec(p)).find((r) => r?.[1] && isRole(r[1]));
    if (at?.[1] && at[2]) return `, ${at[1]}, ${at[2]}`;
    return parts.length === 2 && isRole(parts[0] ?? '') ? `, ${parts[0]}, ${parts[1]}` : m;
  });
}

/**
 * Words where an organization or a role should stand that read as a clause: two lowercase words, or a conjunction on
 * ("..., two different approaches", "by Ann Lee reviewed common attacks", "... and Bo Chen discussed ...",
 * "Quux Won, but Plonk Has Not"), an adverb ("... locations (specifically Zorbton and Plonkville)"), or an aside left
 * open ("Ann Lee (wife of Bo Lee"). A reading that left them there ran on past the names; they are no employer ("eBay",
 * one word, is a name).
 */
export function clauseInPlace(text: string | null): boolean {
  return !!text && (/^(?:\p{Ll}+\s+\p{Ll}|\p{Ll}{3,}ly\s|(?:and|&|but|or|yet)\s)/u.test(text) || /\((?![^()]*\))\s*\p{Ll}/u.test(text));
}

/**
 * One name of less common words standing alone after "by" ("by Lily Mara", "#### by Martez Reed"), which
 * parseSpeakers leaves to context: the "by" vouches for it. Everyday words are no name even there ("by Design Patterns").
 */
export function loneWeakName(text: string): SpeakerRecord[] | null {
  const name = text.replace(/[*_]/g, '').trim();
  return nameStrength(name) === 'weak' && !everydayPhrase(name) ? [{ name, role: null, organization: null }] : null;
}

/**
 * The people a "Speaker(s):" label names: "Speakers: Ann Lee, Ivo Brevik" read as one name and its organization is two
 * speakers when the second is a clear name that no known company has and no organization word ends.
 */
export function labelledPeople(read: SpeakerRecord[] | null): SpeakerRecord[] | null {
  const [only] = read?.length === 1 ? read : [];
  const second = only?.organization && !only.role && isPersonName(only.organization, false) && resolveName(only.organization) === null && !wordsOf(only.organization).some((w) => ORG_WORDS.has(w)) ? only.organization : null;
  return only && second ? [{ ...only, organization: null }, { name: second, role: null, organization: null }] : read;
}

/** A nickname between a given name and a family name, in quotes or parentheses. */
const NICKNAME = /(\p{L})\s+(?:["“'‘][\p{L}\d .-]{1,20}["”'’]|\([\p{L}\d .-]{1,20}\))\s+(?=\p{Lu})/gu;

/** A company's legal form after a comma ("Acme, Inc", "(Acme, LLC)"): part of its name, not a further organization. */
const LEGAL_FORM = /,\s*(Inc|LLC|Ltd|GmbH|Corp|PLC)\b\.?/g;

/** A date ending in its year: "Nov 2016", "12 March 2019", "October 3rd, 2018", "2016" (month names from the heading words). */
function isDate(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,.]+/).filter(Boolean);
  return words.length <= 4 && /^(?:19|20)\d{2}$/.test(words.at(-1) ?? '') && words.slice(0, -1).every((w) => MONTHS.has(w) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
}

/** The speakers of a heading's speaker part, or null when it does not name people (each reading is kept). */
export const parseSpeakers: (part: string) => SpeakerRecord[] | null = memoByText(readSpeakers, (people) => people?.map((sp) => ({ ...sp })) ?? null);

/** A degree after a name ("Richard Cook, M.D.", "Ann Lee, PhD"): no role, and no end of the list of people. */
const POST_NOMINAL = /,\s*(?:M\.D\.|Ph\.\s?D\.?|PhD|DPhil|MBA|M\.Sc\.?|MSc)(?=\s*(?:[,;&]|\band\b|$))/g;

/**
 * Names a speaker part vouches for whatever their shape:
 * - "memory @m3m0r7", "ann lee @annl": a display name right before its account's handle (a lowercase name, one word);
 * - "Irfan, Huawei": one capitalised word, no everyday word or place, before a company the lists know (a programme's
 *   speaker by the name they go by).
 * A name the lists know is no such name.
 */
function vouchedNames(part: string): Set<string> {
  const vouched = new Set<string>();
  if (part.includes('@')) {
    for (const piece of part.split(/\s*(?:[,;&]|\band\b)\s*/)) {
      const m = /^([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2})\s+\(?@[\w.]+\)?$/u.exec(piece.trim());
      if (m?.[1] && resolveName(m[1]) === null) vouched.add(m[1]);
    }
  }
  const mononym = /^\s*(\p{Lu}[\p{Ll}'’-]{2,}),\s+(\p{Lu}[^,;()]{1,40}?)\s*$/u.exec(part);
  if (mononym?.[1] && mononym[2] && mononymAtCompany(mononym[1], mononym[2])) vouched.add(mononym[1]);
  return vouched;
}

/** One capitalised word (no everyday word, place or known name) beside a company the lists know: "Irfan, Huawei". */
export function mononymAtCompany(name: string, organization: string | null): boolean {
  const lower = name.toLowerCase();
  // (Nor a word of the programme's: "Intro, Acme", "Keynote, Acme".)
  return !!organization && /^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(name) && resolveName(organization, 'Organization')?.type === 'Organization' && resolveName(name) === null && !isEverydayWord(lower) && !isPlace(lower) && !STRUCTURAL.has(lower) && !ROLE_WORDS.has(lower);
}

/** The list without its handles (an "@" before a capitalised name set apart, or one the gazetteer knows, is "at"). */
function withoutHandles(text: string): string {
  return text
    .replace(/\s*\(@[\w.]+\)/g, '')
    .replace(/\s+@\s*(?=[,;&]|$)/g, '')
    .replace(/\s+@(\s*)(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,3})(?=\s*(?:[,;&]|$))/gu, (m, space: string, org: string) => (space || resolveName(org, 'Organization')?.type === 'Organization' ? ` (${org})` : m))
    .replace(/\s@[\w.]+(?=[,;&]|$)/g, '');
}

/** A title of address as HONORIFIC reads it, a word of its own: a list without one has none to drop. */
const HONORIFIC_WORD = /\b(?:Doctor|Professor|Dr|Prof|Mr|Mrs|Ms)\b/;

/**
 * The list without degrees, legal forms' commas, media marks, titles of address and nicknames, its spaces single. Each
 * pattern is tried only where the list holds a character all its matches need (removing adds none): most lists have
 * no brackets, quotes or titles of address.
 */
function withoutAsides(text: string): string {
  const degreeless = text.includes(',') ? text.replace(POST_NOMINAL, '').replace(LEGAL_FORM, ' $1') : text;
  const unmarked = hasAnyOf(degreeless, '[(') ? degreeless.replace(MEDIA_MARK, '') : degreeless;
  const unlinked = unmarked.includes(',') ? unmarked.replace(TRAILING_MEDIA, '') : unmarked;
  const unaddressed = HONORIFIC_WORD.test(unlinked) ? unlinked.replace(HONORIFIC, '$1') : unlinked;
  const unnicknamed = hasAnyOf(unaddressed, '"“\'‘(') ? unaddressed.replace(NICKNAME, '$1 ') : unaddressed;
  return withoutTrailing(unnicknamed.replace(/\s+/g, ' ').trim(), '.,;');
}

/** The text without the run of `chars` that closes it (as /[...]+$/ removes it, without trying every position). */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A list that opens with a separator the reading below drops or splits at ("; ", "& ", "and ", "+", "/", ","). */
const OPENS_WITH_SEPARATOR = /^(?:[;&+/,]|and\b)/i;
/** The first letters a name's first word may open with: a capital, or a family name's particle glued on ("deZorbis"). */
const NAME_OPENING = /^(?:\p{Lu}|[dlvt])/u;
/** The first letters a name's second word may open with: a capital, or a particle ("van", "de", "bin", "al", "st.", "y"). */
const SECOND_NAME_OPENING = /^(?:\p{Lu}|[abdlstvy])/u;

/**
 * The list's first person (see the loop in readSpeakers) can be no name, so the list is none. That name is a prefix of
 * the list when it opens with no separator (the first group, piece and comma part all start where the list does;
 * splitParen and nameWithRole only shorten it), and nameStrength is 'none' for a phrase of fewer than two words, or
 * one whose first word opens with neither a capital nor a glued particle (TOKEN, initials and the capitals' readings
 * all open so), or whose second word opens with neither a capital nor a particle's letter. A prefix of two words or
 * more has the list's first word and the start of its second. Without an '@' (handles) nothing else clears a name
 * but the vouched ones, which the caller rules out.
 */
function firstNameCannotRead(text: string): boolean {
  if (text.includes('@') || OPENS_WITH_SEPARATOR.test(text)) return false;
  const [first = '', second] = text.split(/\s+/, 2);
  return second === undefined || !NAME_OPENING.test(first) || !SECOND_NAME_OPENING.test(second);
}

function readSpeakers(part: string): SpeakerRecord[] | null {
  const vouched = vouchedNames(part);
  // Twitter handles ("Ann Lee (@annlee)") are not part of names.
  // Nicknames in quotes or parentheses ('Priyanka "Pinky" Ravi', 'Robert "r0ml" Zorbitz', 'Nicolas (Nÿco) Brevik') are
  // not part of names either.
  // "Ann Lee @ Acme", "Ann Lee @Google (@ann)": an "@" is "at" before a capitalised name set apart by a space, or a
  // company the gazetteer knows ("@SonOfGarr" stays a handle).
  const asCommas = roleOrgParenAsCommas(employerHandles(part));
  const text = withoutAsides(asCommas.includes('@') ? withoutHandles(asCommas) : asCommas);
  if (!text || text.length > 400) return null;
  // ("Ann Lee, Bo Chen and myself": the author closing the list is no name of it.)
  const withoutAuthor = text.replace(/,?\s+(?:and|&)\s+(?:myself|me)$/i, '');
  if (withoutAuthor !== text) return withoutAuthor ? parseSpeakers(withoutAuthor) : null;
  // "Ann Lee Bo Chen": two names run together, as a copied programme line loses its separator.
  const parted = !RUN_TOGETHER_WORDS.test(text) ? text : text.replace(RUN_TOGETHER, (m, pre: string, a: string, b: string, c: string, d: string) => (isGivenName(a) && isGivenName(c) && surname(b) && surname(d) ? `${pre}${a} ${b} & ${c} ${d}` : m));
  if (parted !== text) return parseSpeakers(parted);
  // ("Micro Zorb Machines, by Ann Lee": a part that opens with "by" follows a title; no list of speakers holds one.)
  if (/,\s*by\s+\p{Lu}/u.test(text)) return null;
  // "Microsoft's Shayne Boyer": an organization's possessive before a name is that speaker's organization.
  const owned = text.includes("'s ") || text.includes('’s ') ? text.replace(/(^|[,;&]\s*|\band\s+)(\p{Lu}[\p{L}\d&.-]*)['’]s\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:[,;&]|\band\b|$))/gu, '$1$3 ($2)') : text;
  if (owned !== text) return parseSpeakers(owned);
  // "Docker Captain Ann Lee, Acme", "AWS Hero Ann Lee": a community programme's title before a clear name is that
  // speaker's role, read as "Ann Lee, Docker Captain, Acme".
  const titled = PROGRAMME_TITLE.test(text) ? text.replace(PROGRAMME_TITLE_BEFORE_NAME, (m, pre: string, title: string, name: string) => (isPersonName(name, false) ? `${pre}${name}, ${title}` : m)) : text;
  if (titled !== text) return parseSpeakers(titled);
  if (vouched.size === 0 && firstNameCannotRead(text)) return null;
  const result: SpeakerRecord[] = [];
  for (const raw of text.split(/\s*;\s*/)) {
    // "...; & Sven Mawson, Google": a list's last group may keep its conjunction.
    const group = raw
      .replace(/^(?:&|and)\s+/i, '')
      .split(/(\s*(?:&|\band\b)\s*)/)
      .map((chunk, i) => (i % 2 === 0 ? nameThenKnownOrg(chunk) : chunk))
      .join('');
    let pending: string[] = [];
    const pieces = splitPeople(group);
    // Strong context: a role with role words ("Developer Advocate") or a co-speaker with a clear name.
    const strongContext = pieces.some((p) => {
      const parts = p.split(/\s*,\s*/);
      return (parts.length > 2 && parts.slice(1, -1).some((r) => wordsOf(r).some((w) => ROLE_WORDS.has(w)))) || nameStrength(splitParen(parts[0] ?? '').name) === 'strong';
    });
    for (const [i, piece] of pieces.entries()) {
      const commaParts = piece.split(/\s*,\s*/).filter(Boolean);
      // "Ann Lee, Bob Stone, Acme": comma parts right after the first that start with a known first name are speakers too.
      const listed: string[] = [];
      // "Ann Lee, Bo Chen, & Cy Dunn": before "&" or "and" joins the next speaker, comma parts that are all clear names
      // (no known company: "Morgan Stanley") are a list of people, not a name and its organization.
      // (Not where each speaker is followed by the same organization: "Ann Lee, Acme Coop & Bo Chen, Acme Coop".)
      const nextPiece = pieces[i + 1] ?? '';
      const lastPart = (text: string): string => text.split(',').pop()?.trim() ?? '';
      const listReading = /,\s*$/.test(piece) || !nextPiece.includes(',') || lastPart(piece) !== lastPart(nextPiece);
      if (i < pieces.length - 1 && listReading && commaParts.length > 1 && commaParts.every((p) => isPersonName(p, false) && resolveName(p) === null)) listed.push(...commaParts.splice(1));
      // A clear name followed by more comma parts is a speaker too ("A, B, C, Org"); a known first name suffices before the last part.
      // ("Ann Lee, Bo Chen (Acme)", "Ann Lee, Bo Chen @ Acme": the last listed name's organization is every name's.)
      // (With its organization beside it, a name of less common words reads as one: "Bo Gao (Acme)".)
      const withOrg = (part: string): boolean => splitParen(part).paren !== null;
      const personPart = (part: string): boolean => (withOrg(part) ? isPersonName(splitParen(part).name, true) : isPersonName(part, false));
      // ("Ann Lee, Bo Chen, Ivo Brevik": after two or more names, a last part of a clear name's shape that names no known
      // organization is one more speaker; "Ann Lee, Bo Chen, Red Hat" and "..., Zorb Labs" keep their employer.)
      const lastOfList = (part: string): boolean => listed.length > 0 && nameStrength(part) === 'strong' && resolveName(part) === null;
      while (commaParts.length > 1 && personPart(commaParts[1] ?? '') && (isGivenName(commaParts[1] ?? '') || commaParts.length > 2 || withOrg(commaParts[1] ?? '') || lastOfList(commaParts[1] ?? ''))) listed.push(commaParts.splice(1, 1)[0] ?? '');
      const lastListed = listed.length ? splitParen(listed[listed.length - 1] ?? '') : null;
      if (lastListed?.paren) listed[listed.length - 1] = lastListed.name;
      const split = splitParen(commaParts[0] ?? '');
      const paren = split.paren ?? lastListed?.paren ?? null;
      // "Ann Lee CTO/COO, Acme": a role written after the name without a comma.
      const named = nameWithRole(split.name);
      if (named) commaParts.splice(0, 1, named.name, named.role);
      const name = named?.name ?? split.name;
      const orgPart = paren ?? (commaParts.length > 1 ? (commaParts[commaParts.length - 1] ?? null) : null);
      // A bare name joined by '&' to the next speaker ("Eve Shankar & Grace Diaz, Acme") has that context too.
      const context = orgPart !== null || pending.length > 0 || listed.length > 0 || i < pieces.length - 1;
      if (!isPersonName(name, context) && !(context && strongContext && nameStrength(name) === 'shape') && !vouched.has(name)) return null;
      if (orgPart === null) {
        pending.push(name, ...listed);
        continue;
      }
      pending.push(...(listed.length ? [name, ...listed.slice(0, -1)] : []));
      const { role: roleAt, org } = splitRoleAt(orgPart);
      const role = commaParts.length > 2 ? commaParts.slice(1, -1).join(', ') : roleAt;
      if (listed.length) {
        for (const shared of pending) result.push({ name: shared, role, organization: org });
        result.push({ name: listed[listed.length - 1] ?? name, role, organization: org });
        pending = [];
        continue;
      }
      for (const shared of pending) result.push({ name: shared, role, organization: org });
      result.push({ name, role, organization: org });
      pending = [];
    }
    for (const alone of pending) result.push({ name: alone, role: null, organization: null });
  }
  // A date where the organization stands ("Zorbconf Plonkville, Nov 2016") dates an event; no one works there.
  if (result.some((r) => r.organization && isDate(r.organization))) return null;
  // ... and a version or a number there ("Migrating Away from 1.16") is no one's employer either.
  if (result.some((r) => r.organization !== null && !/\p{L}/u.test(r.organization))) return null;
  // A title's own dash is no part of an organization ("Different Paths, Same Place - A Case Study").
  if (result.some((r) => r.organization && /\s[-–—]\s/.test(r.organization) && r.organization.split(/\s+/).length > 4)) return null;
  // A note in parentheses after an organization ("Red Hat (gold sponsor)") is no part of its name.
  const clean = result.map((r) => (r.organization && /\(\p{Ll}/u.test(r.organization) ? { ...r, organization: r.organization.replace(/\s*\(\p{Ll}[^()]*\)?$/u, '') || null } : r));
  return clean.length ? sharedOrganization(clean) : null;
}

/**
 * A role phrase ("Lead Expert", "DevOps Engineer", "VP of Engineering"): it ends in a role word, or a role word heads
 * it before "of", and the gazetteer knows no such organization.
 */
function isRolePhrase(text: string): boolean {
  const words = wordsOf(text);
  const headed = ROLE_HEADS.has(words[words.length - 1] ?? '') || (ROLE_WORDS.has(words[0] ?? '') && words[1] === 'of');
  return words.length > 0 && words.length <= 6 && headed && resolveName(text, 'Organization') === null;
}

/**
 * "A, DevOps Engineer; B, Lead Expert; C, Product Owner, Acme": in semicolon groups that end in a role, the role is a
 * role, and the organization is the one the last group names.
 */
function sharedOrganization(result: SpeakerRecord[]): SpeakerRecord[] {
  const last = result[result.length - 1]?.organization ?? null;
  const shared = last && !isRolePhrase(last) ? last : null;
  return result.map((r) => (r.organization && isRolePhrase(r.organization) ? { ...r, role: r.role ?? r.organization, organization: shared } : r));
}
