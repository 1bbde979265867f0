/**
 * Pass 2 helper: splits a heading into title, speakers and markers.
 * Forms: "Title - Speakers" (also –, —, --, |, /, //, "by"), "Title (Speakers)", "Label: Title", "Speaker - Org".
 */
import type { SpeakerRecord } from './types.ts';
import type { TalkLevel } from '../schema.ts';
import { clauseInPlace, labelledPeople, loneWeakName, parseSpeakers, withoutHonorifics } from './02-speakers.ts';
import { memoByText } from '../memo.ts';
import { everydayPhrase, isGivenName, isPersonName, nameStrength, wordAsUsual } from './02-person-name.ts';
import { BY_VERBS, EVENT_WORDS, LABELS, MONTHS, NUMBER_WORDS, WEEKDAYS, LEVEL_WORDS, MEDIA_WORDS, ORG_WORDS, ROLE_HEADS, ROLE_WORDS, SPEAKER_LABEL_WORDS, LANGUAGE_TAGS, STRUCTURAL, TRAILING_LANGUAGE, VENUE_WORDS, hasAnyOf, wordsOf } from './02-words.ts';
import { namesAThing, resolveName } from '../gazetteer/resolve.ts';
import { isPlace } from '../entities/name-lexicon.ts';
import { isCommonWord as isEnglishWord, isEventName, isEventSurface, isEverydayWord } from '../gazetteer/lexicon.ts';

export interface HeadingParts {
  title: string;
  speakers: SpeakerRecord[];
  level: TalkLevel;
  /** The leading label ("Keynote", "Presentation", ...), lowercased, if any. */
  label: string | null;
  /** The heading names only speakers ("Jane Doe - Acme"); the talk's title is elsewhere. */
  speakerOnly: boolean;
  /** The title stood in quotes: a strong sign of a talk. */
  quoted: boolean;
}

// '-' needs spaces around it (hyphenated words); en/em dashes are often set without ('Title—Jane Doe, Acme').
// ("Title — by Ann Lee": a dash and "by" together are one separator, and so with one lowercase word between them, a
// participle or a kind: "Title - presented by Ann Lee", "Title - talk by Ann Lee". "---" is markdown's way to type an em
// dash.)
// ("Title By Ann Lee": title-cased headings capitalise "by" too. "Development- Ann Lee": a hyphen set after a word
// and before a capital, with a space after it only, is a dash typed in haste; "pre- and post-" is no separator.)
const HASTY_HYPHEN = /^-\s+$/;
const SEPARATOR = new RegExp(String.raw`\s+(?:-{1,3}|\||::|~|\/{1,2})\s+(?:(?:\p{Ll}+\s+)?by\s+)?|(?<=\p{L})-\s+(?=\p{Lu})|\s*[–—]{1,2}\s*(?:(?:\p{Ll}+\s+)?by\s+)?|\s+(?:(?:${BY_VERBS})\s+)?[Bb]y\s+`, 'gu');
/**
 * Every match of SEPARATOR in the text, as `[...text.matchAll(SEPARATOR)]` gives them (matchAll copies the pattern on
 * every call; each heading is split once, so the copy was a good part of the split).
 */
function separatorsOf(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  SEPARATOR.lastIndex = 0;
  // (Every separator is one character or more, so the search moves on; a failed exec leaves lastIndex at 0.)
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) out.push(m);
  return out;
}

/** "by" opening a parenthesis, perhaps after its participle: "(by Ann Lee)", "(presented by Ann Lee)". */
const BYLINE_OPENING = new RegExp(String.raw`^\s*(?:(?:${BY_VERBS})\s+)?by\s+`, 'i');
const LEVEL_MARK = /\s*(?:\[\s*([BIA])\s*\]|[[(]\s*(?:skill\s+level\s*:?\s*)?(beginner|intermediate|advanced|expert|introductory|novice)(?:\s+(?:skill\s+)?level)?\s*[\])])/gi;

function levelOf(word: string): TalkLevel {
  const lower = word.toLowerCase();
  for (const [level, words] of LEVEL_WORDS) if (words.has(lower)) return level;
  return null;
}

/** Removes [B]/[I]/[A] and "(Advanced Skill Level)" style markers; returns the level they gave. */
export function stripLevel(heading: string): { text: string; level: TalkLevel } {
  let level: TalkLevel = null;
  // (Every marker stands in brackets: a heading without one has none to remove.)
  const text = !hasAnyOf(heading, '[(') ? heading : heading.replace(LEVEL_MARK, (_m, letter: string | undefined, word: string | undefined) => {
    level = levelOf(letter ?? word ?? '') ?? level;
    return '';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), level };
}

/** What a link under a label gives of the session: "Keynote video and slides: Title". */
const LABEL_MATERIAL = '(?:videos?|slides|recording|deck)';

/** One pattern for every leading label ("Keynote:", "Hands-on Workshop -"), longest first. */
// (A day or an order word may stand before the label: "Day 2 Keynote:", "Opening Keynote -", "Closing Keynote:",
// "Second talk:", "Next session -"; a number may follow it: "Breakout Session 3:".)
// (So may the kind of slot: "Sponsored Keynote:", "Featured Talk -", "Community Session:"; and the author's own: "My talk:"; a project's slot: "Project Lightning Talk:".)
// (And the material a link gives after it: "Keynote video and slides: Title"; the weekday of the slot, "Friday Keynote:";
// and who is billed, "Keynote Speaker - Ann Lee".)
const LABEL_PATTERN = new RegExp(`^(?:(?:day\\s+\\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|opening|closing|morning|afternoon|evening|final|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|sponsored|featured|community|guest|special|invited|plenary|short|main|my|our|project|maintainer)\\s+)?(${LABELS.map((l) => l.replace(/[-]/g, '\\-')).join('|')})(?:\\s+#?\\d{1,3})?(?:\\s+speakers?)?(?:\\s+${LABEL_MATERIAL}(?:\\s*(?:and|&|\\+|,)\\s*${LABEL_MATERIAL})?)?\\s*[:–—-]\\s+`, 'i');

/** A label in brackets before the title: "(Keynote) Title", "[Workshop] Title". */
const BRACKET_LABEL = new RegExp(`^[([](${LABELS.map((l) => l.replace(/[-]/g, '\\-')).join('|')})[)\\]]\\s+`, 'i');

/**
 * A label of any spelling before a quoted title: a word or two, then a kind word and a separator ('Lightning Talk -
 * "Title"', 'Ignite talk: "Title"'): the quotes say where the title starts.
 */
const LABEL_BEFORE_QUOTE = /^(?:[\p{L}-]+\s+){0,2}?(talk|keynote|session|panel|workshop|demo)\s*[:–—-]\s+(?=["“])/iu;

export function stripLabel(text: string): { text: string; label: string | null } {
  const m = LABEL_PATTERN.exec(text) ?? BRACKET_LABEL.exec(text) ?? LABEL_BEFORE_QUOTE.exec(text);
  // ("Key Note - Title": the two-word spelling is the keynote.)
  return m?.[1] ? { text: text.slice(m[0].length), label: m[1].toLowerCase().replace(/^key\s+note$/, 'keynote') } : { text, label: null };
}

/**
 * '"Keep Plonk Hip" also had some good quotes', '“Plonk Basics”: in which we ...': a quoted title, then the author's
 * clause about it.
 */
export const TOLD_TITLE = /^["“„«]([^"“”„«»]{3,200})["”»](?:\s*[:–—]\s+|\s+)\p{Ll}/u;

export function unquote(text: string): { text: string; quoted: boolean } {
  const m = /^["“”'‘’„«](.+?)["“”'‘’»]$/.exec(text.trim());
  if (m?.[1]) return { text: m[1].trim(), quoted: true };
  const told = TOLD_TITLE.exec(text.trim());
  return told?.[1] ? { text: told[1].trim(), quoted: true } : { text: text.trim(), quoted: false };
}

/** Speakers, then a separator or a comma, then a whole quoted title. */
const QUOTED_LAST = /^([^“”"«»]{3,300}?)(?:\s+(?:--?|[–—|])\s+|\s*[:–—]\s*|,\s+)[“"«]([^“”"«»]{3,200})[”"»]\s*$/;

/** Up to four words that name a role: a role word opens them or a role head ends them ("Staff Engineer", "CEO"). */
function rolePhrase(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= 4 && !/\s[-–—]\s/.test(text) && (ROLE_HEADS.has(words[words.length - 1] ?? '') || ROLE_WORDS.has(words[0] ?? ''));
}

/** One to three words, then two or three capitalised ones: "CEO Ann Lee", "Staff Engineer Bo Chen". */
const ROLE_THEN_NAME = /^((?:\S+\s+){0,2}\S+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;

/** A role opens the text ("CEO, Co-Founder, Acme", "Software Engineer, Data, Tinder"), as it never opens a title. */
function opensWithRole(text: string): boolean {
  return text.includes(',') && rolePhrase(text.split(',')[0] ?? '');
}

/** "Staff Engineer at Acme", "Founder and CEO @ Acme": one role (only role words: "Life as an SRE at Acme" is a title), then its organization. */
const ROLE_AT = /^([^,]{2,60}?)\s+(?:at|@)\s+(\p{Lu}[\p{L}\d&.'’ -]{0,60})$/u;

/**
 * A speaker's role and organization, when the text is only that ("CEO, Co-Founder, Acme", "Principal Engineer at
 * Acme", "Project Lead, Co-founder and CTO at Acme"); null when it reads as anything else (a title).
 */
export function roleAndOrg(text: string): { role: string | null; organization: string | null } | null {
  const at = ROLE_AT.exec(text.split(/\s*,\s*/).pop() ?? '');
  if (at?.[1] && at[2] && (opensWithRole(text) || (!text.includes(',') && ROLE_HEADS.has(wordsOf(at[1]).pop() ?? '') && wordsOf(at[1]).every((w) => ROLE_WORDS.has(w) || ROLE_HEADS.has(w) || /^(?:and|of|&)$/.test(w))))) {
    const before = text.slice(0, text.length - at[0].length).replace(/[\s,]+$/, '');
    return { role: before ? `${before}, ${at[1]}` : at[1], organization: at[2].trim() };
  }
  if (opensWithRole(text)) {
    const parts = text.split(/\s*,\s*/);
    // ("Web Designer, Web Developer, and writer": a list of roles only, the last joined by "and", names no employer.)
    const last = (parts[parts.length - 1] ?? '').replace(/^(?:and|&)\s+/, '');
    if (last !== parts[parts.length - 1] && ROLE_HEADS.has(wordsOf(last).pop() ?? '')) return { role: text, organization: null };
    return { role: parts.slice(0, -1).join(', ') || null, organization: parts[parts.length - 1] ?? null };
  }
  // "Sr S/w eng - Acme": a role, a dash, then a company by name.
  const dashed = /^([^,]{2,40}?)\s+[-–—]\s+([^,]{2,40})$/.exec(text);
  if (dashed?.[1] && dashed[2] && rolePhrase(dashed[1]) && ROLE_HEADS.has(wordsOf(dashed[1]).pop() ?? '') && (organizationNamed(dashed[2]) || /^\p{Lu}[\p{L}\d&.-]+$/u.test(dashed[2]) && !isEnglishWord(dashed[2].toLowerCase()))) {
    return { role: dashed[1], organization: dashed[2] };
  }
  return null;
}

/** A company by name: one the gazetteer knows, or capitalised words ending in "Corp", "Labs", "Inc", ... */
function organizationNamed(text: string): boolean {
  const words = wordsOf(text);
  return resolveName(text, 'Organization')?.type === 'Organization' || (/^\p{Lu}/u.test(text) && words.length <= 4 && ORG_WORDS.has(words[words.length - 1] ?? ''));
}

/** Up to five capitalised words (joined by "and", "of", "&"): an organization's shape, "One and Three Consulting". */
const ORG_SHAPE = /^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:and|of|&|[\p{Lu}\d][\p{L}\d&.'’-]*)){0,4}$/u;

/**
 * "Title - Ann Lee - Acme Labs": between the last two separators clear names only, after the last one words shaped
 * like an organization that read as no person, not even a weak name ("- Bo Chen" is a person); a role there ("- Staff
 * Engineer") is the speakers' role.
 */
function nameThenOrg(text: string, sep: RegExpMatchArray, next: RegExpMatchArray | undefined): SpeakerRecord[] | null {
  if (sep.index === undefined || next?.index === undefined || /by/.test(next[0])) return null;
  // ("Acme, LLC": a legal form after its comma is part of the name.)
  const organization = text.slice(next.index + next[0].length).trim().replace(/,\s*(Inc|LLC|Ltd|GmbH|Corp|PLC)\b\.?$/, ' $1');
  const words = organization.split(/\s+/);
  // ("Title by Ann Lee - ZorbConf Berlin", "Title - Ann Lee - Main Stage": the event the video was taken at and the
  // room of the slot are nobody's employer.)
  const place = words.some((w) => isEventName(w) || EVENT_WORDS.has(w.toLowerCase()) || VENUE_WORDS.has(w.toLowerCase()));
  // (Everyday words are an organization's, not a weak name: "- Compendium Developments".)
  if (!ORG_SHAPE.test(organization) || (!place && isPersonName(organization, true) && !everydayPhrase(organization))) return null;
  const people = parseSpeakers(text.slice(sep.index + sep[0].length, next.index));
  if (!people?.every((p) => p.organization === null && p.role === null && isPersonName(p.name, false))) return null;
  // ("Title - Ann Lee - Staff Engineer": a role in that place is the speaker's role.)
  if (ROLE_WORDS.has(words[words.length - 1]?.toLowerCase() ?? '')) return people.map((p) => ({ ...p, role: organization }));
  return people.map((p) => ({ ...p, organization: place ? null : organization }));
}

/** A kind in parentheses after a title: "How to Start with Go (workshop)". */
const PAREN_KIND = /\s*\((keynote|workshop|tutorial|panel|lightning talk|session|talk|presentation)\)$/i;

/** A time of day set off after a title as a part of its own: " - 10:10", " | 2:30 pm". */
const TRAILING_TIME = /\s+(?:-{1,3}|[–—|@])\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s*$/i;

function finish(title: string, speakers: SpeakerRecord[], level: TalkLevel, label: string | null, speakerOnly = false): HeadingParts {
  const labelled = stripLabel(title.trim());
  const kind = PAREN_KIND.exec(labelled.text);
  // ("Title - 10:10 - Ann Lee": the slot's time between the title and its speakers is no part of the title.)
  const bare = (kind ? labelled.text.slice(0, kind.index) : labelled.text).replace(TRAILING_TIME, '');
  const unquoted = unquote(bare.replace(/[\s:,;–—-]+$/, ''));
  // ('"Keynote: Debug your thinking" by Ann Lee': the label inside the quotes, as before them.)
  const inner = unquoted.quoted && !labelled.label ? stripLabel(unquoted.text) : { text: unquoted.text, label: null };
  const text = inner.text.trim() ? inner.text.trim() : unquoted.text;
  return { title: text, speakers, level, label: label ?? labelled.label ?? inner.label ?? kind?.[1]?.toLowerCase() ?? null, speakerOnly, quoted: unquoted.quoted };
}

/**
 * Words after "Name," that read as a title, not a role or an employer: three or more, opening with a capital, no role
 * word near their start, no known organization or further people, and a lowercase word or a kind word among them.
 */
function readsAsTitleAfterName(text: string): boolean {
  if (!/^[\p{Lu}\d"“]/u.test(text) || text.split(/\s+/).length < 3) return false;
  // ("Virtual Zorbs, Plonk, and Quux": a list that goes on after the comma is the title's own.)
  if (/^[^,]{1,40},\s+(?:and|or)\s/.test(text)) return false;
  if (wordsOf(text).slice(0, 4).some((w) => ROLE_WORDS.has(w) || ROLE_HEADS.has(w)) || roleAndOrg(text) !== null || resolveName(text) !== null) return false;
  if (parseSpeakers(text)?.some((p) => isPersonName(p.name, false))) return false;
  // ("Ann Lee, Bo Chen and Cy Dunn were ...": a clear name joined to more names goes on with the list of names.)
  const listGoesOn = /^(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s*(?:,|&|and\s)/u.exec(text)?.[1];
  // (A known first name, or one that is no English word: "Business Agility and ..." opens a title.)
  if (listGoesOn && isPersonName(listGoesOn, false) && (isGivenName(listGoesOn) || !isEnglishWord(listGoesOn.split(' ')[0]?.toLowerCase() ?? ''))) return false;
  return /\s\p{Ll}/u.test(text) || /\b(?:keynote|talk|session|panel|workshop)\b/i.test(text);
}

/** Two to four words in capitals ("AYMERIC AUGUSTIN", "ANN-MARIE ZORBEL"), written as usual ("Aymeric Augustin"); else the text. */
function usualCase(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w) && /\p{Lu}{2}/u.test(w))) return text;
  return words.map(wordAsUsual).join(' ');
}

/** One lowercase word of letters and digits, perhaps with inner dots or dashes: how many projects are named ("zorbd", "plonk-io"). */
const PROJECT_WORD = /^[a-z][a-z\d]*(?:[.-][a-z\d]+)*$/;

/** "Jane Doe", "Jane Doe (@jd)" or "Jane Doe (Acme)" leading a heading: one clear name. */
function leadingSpeaker(left: string): SpeakerRecord | null {
  // "Ann Lee, Acme - Title": a clear name, a comma, then an organization's capitalised words (or a role).
  const comma = /^([^,()]{3,60}),\s+([^,()]{2,50})$/.exec(left);
  const commaName = comma?.[1] ? withoutHonorifics(comma[1].trim()) : '';
  if (comma?.[2] && nameStrength(commaName) === 'strong' && ORG_SHAPE.test(comma[2].trim())) {
    const part = comma[2].trim();
    return rolePhrase(part) ? { name: commaName, role: part, organization: null } : { name: commaName, role: null, organization: part };
  }
  // "Ann Lee, zorbd - Title": a coined lowercase name after the comma is the speaker's project, no employer.
  if (comma?.[2] && nameStrength(commaName) === 'strong' && PROJECT_WORD.test(comma[2].trim()) && !isEnglishWord(comma[2].trim())) return { name: commaName, role: null, organization: null };
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(left);
  // ("Dr. Ann Lee - Title": a title of address is no part of the name.)
  const name = withoutHonorifics((m?.[1] ?? left).trim());
  const paren = m?.[2]?.trim() ?? null;
  // A name of common words ("Will Button") needs its organization beside it.
  const strength = nameStrength(name);
  if (strength !== 'strong' && !(strength === 'weak' && paren && !paren.startsWith('@'))) return null;
  return { name, role: null, organization: paren && !paren.startsWith('@') ? paren : null };
}

// (Or in square brackets: "Title [Lightning Talk]", "Ann Lee, Title [Keynote]".)
const TRAILING_KIND = /(?:\s+[-–—|]\s+(keynote|session|talk|workshop|tutorial|panel|lightning talk)|\s*\[(keynote|session|talk|workshop|tutorial|panel|lightning talk)\])\s*$/i;

/** Link markers some posts append to a heading: "(video)", "[slides]", "(slides, video)", "(slides | recording)". */
// Only where links stand: at the end or before another marker ("Putting Out (Code) Fires" keeps its word).
const MEDIA_MARK = new RegExp(String.raw`\s*[[(]${MEDIA_WORDS}[\])](?=\s*(?:$|[-–—|,([]))`, 'giu');

/**
 * What schedules put before a title: a time or time range ("09:30 -", "9:00am", "10:00–10:30 |") and emoji
 * ("🚀 Title"). A dot time needs am/pm, so a version ("1.20 Release") stays.
 */
const MERIDIEM = String.raw`[ap]\.?m\.?(?!\p{L})`;
const CLOCK = String.raw`\d{1,2}(?::\d{2}\s*(?:${MERIDIEM})?|[.h]\d{2}\s*${MERIDIEM}|\s*${MERIDIEM})`;
// A bare hour ("2am") opens a title of its own ("2am Pages"); it is a time only before a separator.
const COLON_CLOCK = String.raw`\d{1,2}:\d{2}\s*(?:${MERIDIEM})?`;
const RANGE = String.raw`(?:\s*(?:-|–|—|to)\s*${CLOCK})?`;
/** The zone after a slot's time ("12:05–12:35 JST –", "9:00 CET |", "10:00 UTC+1"). */
const TIME_ZONE = String.raw`(?:\s*(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|IST|JST|KST|SGT|HKT|AE[SD]T|WES?T|EES?T)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![\p{L}\d]))?`;
/** A form's field name before the title ("Title: ...", "Talk title: ..."): the title is what follows it. */
export const FIELD_LABEL = /^\s*(?:(?:talk|session|presentation)\s+)?title\s*:\s+(?=\S)/i;
/** The day of the week before a slot's time, as programmes by day write it: "Saturday 10:00 Title", "Sun, 11:55 - Title". */
const WEEKDAY_BEFORE_CLOCK = String.raw`(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+(?=\d))?`;
// (A keycap emoji numbers a list as a digit does: "1️⃣ Title".)
/** The slot's length after its time, in brackets: "9:15 a.m. (50m) Title", "10:00 (40 min) - Title". */
const SLOT_LENGTH = String.raw`(?:\s*\(\s*\d{1,3}\s*(?:m|mins?|minutes|h|hrs?|hours?)\.?\s*\))?`;
const SCHEDULE_PREFIX = new RegExp(String.raw`^\s*(?:${WEEKDAY_BEFORE_CLOCK}${COLON_CLOCK}${RANGE}${TIME_ZONE}${SLOT_LENGTH}\s*(?:[-–—|:]\s*)?(?=\S)|${CLOCK}${RANGE}${TIME_ZONE}${SLOT_LENGTH}\s*[-–—|:]\s*(?=\S)|(?:\p{Extended_Pictographic}|[\d#*]\u{FE0F}?\u{20E3}|\u{FE0F}|\u{200D}|\s)+(?=[\p{L}\d"“'‘]))`, 'iu');

/** A programme's date before its slot's time ("05-21 11:15", "2020-05-21 11:15"). */
const SLOT_DATE = /^\s*(?:\d{4}-)?\d{1,2}[-/.]\d{1,2}\s+(?=\d)/;

/** Text that is only a slot's time, and maybe its date, as programmes put before a title ("18:00", "05-21 11:15 -"). */
export function slotTimeOnly(text: string): boolean {
  const time = text.replace(SLOT_DATE, '');
  return /^\s*\d/.test(time) && `${time}X`.replace(SCHEDULE_PREFIX, '') === 'X';
}

/** The line without the slot's time before its title, and the slot's date before that time ("05-21 11:15 Title"). */
function withoutSchedulePrefix(line: string): string {
  const undated = line.replace(SLOT_DATE, '');
  const timed = undated.replace(SCHEDULE_PREFIX, '');
  return undated !== line && timed !== undated ? timed : line.replace(SCHEDULE_PREFIX, '');
}

/**
 * A schedule's session code before a title ("APPS30: Title", "BRK121 - Title", "SVC203-R: Title"): capitals and two or
 * three digits (four would be a year or a standard, "ES2015: ...").
 */
export const SESSION_CODE = /^\s*[A-Z]{2,6}\d{2,3}[A-Z]?(?:-[A-Z\d]{1,3})?\s*(?::|\s[-–—|])\s*(?=\S)/;
/** ... or after it in parentheses ("Title (SEC307)", "Title (ARC302-R1)"). */
export const TRAILING_SESSION_CODE = /\s*\(\s*[A-Z]{2,6}\d{2,3}[A-Z]?(?:-[A-Z\d]{1,3})?\s*\)\s*$/;

/** A link to the material before a title ("[Slides](...) - Title - Ann Lee"): the link's own word. */
const LEADING_MEDIA = new RegExp(String.raw`^\s*${MEDIA_WORDS}\s*[-–—|:]\s+(?=\S)`, 'iu');
/** Media link words after a title's speakers ("(Ann Lee, Acme) video", "- Ann Lee | slides"): the links' own text. */
// (Right after a parenthesis only the words of a recording or slides: "Configuration is (riskier than?) code" keeps its code.)
const TRAILING_MEDIA = new RegExp(String.raw`(?:(?<=\))\s*(?:videos?|slides|recording|youtube|pdf|deck)|\s+[-–—|]\s*${MEDIA_WORDS})\s*$`, 'iu');
/** Ratings, emoji and hashtags after a title ("⭐⭐⭐⭐", "🔥", "#slideless"). */
// (Set off by a dash of their own and closed by a colon too: "Title - Ann Lee - 💀💀 ★★★:", a rating of the author's.)
const TRAILING_SYMBOLS = /(?:\s*[-–—|]\s*)?(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|★|☆|:[a-z\d_+-]{2,30}:)+:?$|(?:\s+#[\p{L}\d_-]+)+$/u;
/**
 * Emoji before a title, as characters ("⭐ Title") or as the shortcodes GitHub and many blogs render (":rocket: Title"),
 * and a rating in asterisks set apart by a space ("** Title": no emphasis, the author's marks).
 */
const LEADING_SHORTCODES = /^\s*(?::[a-z\d_+-]{2,30}:\s*|\p{Extended_Pictographic}\s*|\u{FE0F}\s*|\u{200D}|[★☆]\s*|\*{1,3}\s+)+(?=\S)/u;
/** A programme's category in brackets after the title: "Title [Politics/Tech]", "Title [FOSS]" (not a kind, "[Keynote]"). */
const TRAILING_TAG = /\s+\[(?!(?:[Kk]eynote|[Ss]ession|[Tt]alk|[Ww]orkshop|[Tt]utorial|[Pp]anel|[Ll]ightning [Tt]alk)\])\p{Lu}[\p{L}&+-]+(?:\s*\/\s*\p{Lu}[\p{L}&+-]+){0,4}\]\s*$/u;

/** "(NA) Title", "(WIP) Title": a short tag of capitals in parentheses before the title is the author's mark. */
const LEADING_CAPITALS_TAG = /^\s*\((?:\p{Lu}{2,4}|N\/A)\)\s+(?=[\p{Lu}\d"“])/u;
/**
 * "Title (Level 300)", "Title (Sponsored by Acme)", "Title ( Available soon )": the programme's numbered level, a
 * sponsor's note and the author's note that the material is yet to come are no title, and no speaker's employer.
 */
const TRAILING_PROGRAMME_NOTE = /\s*\(\s*(?:[Ll]evel\s+\d{3}|[Ss]ponsored\s+by\s+[^()]{1,60}|(?:(?:slides?|video|recording|link)\s+)?(?:available|coming|posted)\s+soon|(?:TBA|TBD|to be (?:announced|added|confirmed)))\s*\)\s*$/iu;

/**
 * "Title (CV)", "Title (DL1)", "Title (Track2)": a short code of capitals (and digits) after the title names its track,
 * room or village, not its speakers' employer; unless the code is the initials of the words before it ("Site
 * Reliability Engineering (SRE)", "Continuous integration (CI)") or a name the lists know ("(IBM)").
 */
const TRAILING_TRACK_CODE = /\s+\((\p{Lu}{2,4}\d{0,2}|[Tt]rack\s?\d{1,2})\):?\s*$/u;
function withoutTrackCode(title: string): string {
  const m = title.includes('(') ? TRAILING_TRACK_CODE.exec(title) : null;
  const code = m?.[1];
  if (!m || !code) return title;
  const before = title.slice(0, m.index);
  const letters = code.replace(/\d+$/, '');
  const initials = before.split(/[\s-]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase()).join('');
  if (!/^track/i.test(code) && (initials.endsWith(letters) || resolveName(code) !== null)) return title;
  // (After a speaker's name the code is their employer's: "Title - Ann Lee (ZORB)".)
  const last = (before.split(/\s+[-–—|]\s+|,\s+|\s+by\s+/).pop() ?? '').replace(/^\s*by\s+/i, '').trim();
  return last !== before.trim() && isPersonName(last, true) ? title : before;
}

/** "Title (10:35am)", "Title [14:00-14:40]": the time of the slot after the title is the schedule's. */
const TRAILING_CLOCK = /\s*[([]\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?[)\]]\s*$/i;
/** "Title - Ann Lee, Acme | 3:37pm - 3:42pm EST": a bar and a clock time, and the rest of the line, are the slot of the programme. */
export const SLOT_AFTER_BAR = /[^\S\n]+[|·][^\S\n]*\d{1,2}(?::\d{2})?[^\S\n]*[ap]\.?m\.?[^\n]*/i;
/**
 * "Title (11:00 AM in Room 309) | Acme", "Title - Ann Lee, Acme ( 10:30am-11:20am @ Hall A)": the slot's time and place in
 * parentheses, wherever they stand, are the schedule's.
 */
// (The slot's weekday may open it: "Title (Wed 4:25pm - 5:00pm)".)
const SLOT_ASIDE = new RegExp(String.raw`\s*\(\s*${WEEKDAY_BEFORE_CLOCK}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:,?\s+(?:in|at|@)?\s*[^()]{1,40})?\)`, 'gi');
/** The heading without the slot's time and place in parentheses ("Title (2:45pm - 3:20pm)" -> "Title"). */
export function withoutSlotAsides(heading: string): string {
  return heading.replace(SLOT_ASIDE, '');
}
/** "Title (duration: 25:00)", "Title (30 min)", "Title [1:02:15]": the recording's length after the title is no part of it. */
export const TRAILING_DURATION = /\s*[([]\s*(?:(?:duration|length|runtime|running\s+time)\s*:?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*(?:min|mins|minutes))\s*[)\]]\s*$/i;
/**
 * "[REPEAT 1] Title", "[SESSION 3] Title": a schedule's tag in brackets, a word in capitals and a number, before the
 * title (a lone capital, "[B]", is a level marker and stays for the level reader).
 */
export const LEADING_SCHEDULE_TAG = /^\s*\[\p{Lu}{3,}\s+\d{1,2}\]\s*(?=\S)/u;

/** "RailsConf 2019 - Title ...", "KubeCon EU 2023: Title": a video's name opens with its event and year. */
const EVENT_YEAR_PREFIX = /^\s*((?:[\p{L}\d+&.-]+\s+){0,3}?[\p{L}\d+&.-]+)\s+(?:19|20)\d{2}\s*[-–—:|]\s+(?=\S)/u;

/** "YouTube: Title", "Vimeo / Title": the video site a link list names before each recording's name. */
const VIDEO_SITE_LABEL = /^\s*(?:YouTube|Vimeo)\s*[/:|]\s*(?=\S)/i;

/**
 * "Zorb Fest: Title", "Plonk Summit: Title": the event's name of two or more words and a colon, no year (see
 * isEventSurface); one word before a colon is as often the session's kind ("Ignite: Title").
 */
const EVENT_COLON_PREFIX = /^\s*((?:[\p{L}\d+&.-]+\s+){1,3}?[\p{L}\d+&.-]+):\s+(?=\S)/u;

/** A year as EVENT_YEAR_PREFIX and EVENT_YEAR_SUFFIX write it: neither can match a text without one. */
const YEAR_DIGITS = /(?:19|20)\d{2}|['’]\d{2}/;

function withoutEventPrefix(raw: string): string {
  const text = raw.replace(VIDEO_SITE_LABEL, '');
  const m = YEAR_DIGITS.test(text) ? EVENT_YEAR_PREFIX.exec(text) : null;
  const words = m?.[1]?.split(/\s+/) ?? [];
  const event = words.some((w) => isEventName(w) || EVENT_WORDS.has(w.toLowerCase()));
  if (m && event) return text.slice(m[0].length);
  const named = text.includes(':') ? EVENT_COLON_PREFIX.exec(text) : null;
  return named?.[1] && isEventSurface(named[1]) ? text.slice(named[0].length) : text;
}

/**
 * "Title by Ann Lee - ZorbConf Europe 2018": a video's name closes with its event and year, capitalised words and the
 * year alone after the last dash ("Title - Lessons from 2019" keeps its own).
 */
// ("Title (ZorbConf Next '19)": or in parentheses, the year short.)
const EVENT_YEAR_SUFFIX = /(?:\s+[-–—|]\s+(?:[\p{Lu}\d][\p{L}\d+&.'’-]*\s+){1,4}(?:19|20)\d{2}|\s*\((?:[\p{Lu}\d][\p{L}\d+&.'’-]*\s+){1,4}(?:(?:19|20)\d{2}|['’]\d{2})\))\s*$/u;

export function withoutEventSuffix(text: string): string {
  const m = YEAR_DIGITS.test(text) ? EVENT_YEAR_SUFFIX.exec(text.length > TAIL_WINDOW ? text.slice(-TAIL_WINDOW) : text) : null;
  if (m) return text.slice(0, text.length - m[0].length);
  // ("Title (ZORBDEM)": the event alone in parentheses, as a video portal names a recording.)
  const named = text.includes(')') ? /\s*\(([^()]{2,40})\)\s*$/.exec(text) : null;
  return named?.[1] && isEventSurface(named[1]) ? text.slice(0, named.index) : text;
}

/** Decorations after a title are short; looking for them in the last characters only keeps a hostile line linear. */
const TAIL_WINDOW = 200;

/** The text without the decoration `pattern` (anchored at the end) finds in its tail. */
function withoutTail(text: string, pattern: RegExp): string {
  const from = Math.max(0, text.length - TAIL_WINDOW);
  return text.slice(0, from) + text.slice(from).replace(pattern, '');
}

/**
 * "Intro to Envoy talk", "Deployment Ballet talk": a lowercase kind word after a capitalised one, ending a title of two
 * words or more, describes it ("Client and server need to talk" keeps its verb); so does a keynote label after a comma.
 */
export function withoutKindTail(title: string): string {
  // ("Rust and Zorb, Keynote": the kind set after a comma, as a programme labels the slot.)
  return title.replace(/(\S\s+[\p{Lu}\d]\S*)\s+talk$/u, '$1').replace(/(\S\s+\S+),\s+(?:keynote|opening keynote|closing keynote)$/iu, '$1');
}

/** A title without the emoji, ratings and hashtags set around it (":rocket: Title ⭐⭐"). */
export function undecorated(title: string): string {
  return withoutTail(withoutLeadingSymbols(title), TRAILING_SYMBOLS);
}

/** A title without the emoji or shortcodes set before it ("⚡ Lightning Talk: ..."); symbols after it may be its own. */
export function withoutLeadingSymbols(title: string): string {
  return title.replace(LEADING_SHORTCODES, '');
}

/** A heading without the author's marks around its title: leading emoji or rating asterisks, a trailing "[Category]". */
export function withoutAuthorMarks(heading: string): string {
  return withoutLeadingSymbols(heading).replace(TRAILING_TAG, '');
}
/**
 * "Title Written in Go Ann Lee – Director of Engineering, Acme": a schedule line copied without the separator
 * between title and name. The last dash leaves only a role and an organization on its right, and the left side ends
 * in a clear name that opens with a known first name.
 */
function nameRanOnIntoTitle(text: string, separators: readonly RegExpMatchArray[]): { title: string; speaker: SpeakerRecord } | null {
  const dash = separators.filter((sep) => /[-–—]/.test(sep[0])).pop();
  if (dash?.index === undefined) return null;
  const [role, org, ...more] = text.slice(dash.index + dash[0].length).split(/\s*,\s*/);
  // (A clause in the organization's place is the title's own: "Quux Won, but Plonk Has Not".)
  if (!role || !org || more.length || clauseInPlace(org) || !wordsOf(role).some((w) => ROLE_WORDS.has(w)) || isPersonName(role, true)) return null;
  const words = text.slice(0, dash.index).trim().split(/\s+/);
  const name = words.slice(-2).join(' ');
  // ("Ann Lee & Bo Chen - ...": a name joined to another is a co-speaker's, not the end of a title.)
  if (words.length < 4 || !isPersonName(name, false) || !isGivenName(name) || /^(?:&|and)$/i.test(words[words.length - 3] ?? '')) return null;
  return { title: words.slice(0, -2).join(' '), speaker: { name, role, organization: org } };
}

const PAREN_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|du|le|la|del|dos)){0,2}\s+\p{Lu}[\p{L}'’-]+`;
// A later speaker of the list: "..., Bo Chen (Initech)" at the end.
const LATER_NAME_ORG = new RegExp(String.raw`(?<=\))\s*,\s*(?:and\s+)?(${PAREN_NAME})\s*\(([^()]{2,60})\)$`, 'u');
// The first: two capitalised words after the title's last word, "... for infrastructure Ann Lee (Acme)".
const FIRST_NAME_ORG = new RegExp(String.raw`\s(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s*\(([^()]{2,60})\)$`, 'u');
/** Words that leave a title unfinished: "A Conversation with Ann Lee (Acme)" is no title and a speaker. */
const OPEN_ENDING = /^(?:with|by|from|and|or|of|for|to|featuring|feat|at|the|a|an|&)$/i;

/**
 * "Test-driven development for infrastructure Ann Lee (Acme)", "... platform Ann Lee (Acme), Bo Chen (Acme)": a
 * programme copied without a separator between the title and its speakers, each with an organization in
 * parentheses. The first name must read clearly (a known first name or surname); later ones are vouched for by
 * their place in the list.
 */
function namesWithOrgsAfterTitle(text: string): { title: string; speakers: SpeakerRecord[] } | null {
  const speakers: SpeakerRecord[] = [];
  let rest = text.trim();
  for (let later = LATER_NAME_ORG.exec(rest); later?.[1] && later[2]; later = LATER_NAME_ORG.exec(rest)) {
    if (!isPersonName(later[1], true)) return null;
    speakers.unshift({ name: later[1], role: null, organization: later[2].trim() });
    rest = rest.slice(0, later.index);
  }
  const first = FIRST_NAME_ORG.exec(rest);
  const words = first ? rest.slice(0, first.index).trim().split(/\s+/) : [];
  // ("Apropos Zorb Ann Bo Lee (Acme)": a given name before the two words opens a name of three.)
  const before = words[words.length - 1] ?? '';
  const longer = first?.[1] && /^\p{Lu}/u.test(before) && isGivenName(before) && isPersonName(`${before} ${first[1]}`, false) ? `${before} ${first[1]}` : null;
  if (longer) words.pop();
  const name = longer ?? first?.[1];
  const last = words[words.length - 1] ?? '';
  if (!name || !first?.[2] || words.length < 2 || OPEN_ENDING.test(last) || /[:;,]$/.test(last)) return null;
  // (Where the title's last word is capitalised too, only a known first name shows where the name starts:
  // "Serverless Patterns (Acme)" after "Ann Lee:" is a title.)
  if (!isPersonName(name, false) || resolveName(name) !== null || (!/^\p{Ll}/u.test(last) && !isGivenName(name))) return null;
  const title = words.join(' ');
  speakers.unshift({ name, role: null, organization: first[2].trim() });
  // (An organization is a name: capitalised, a few words, no kind or level of the session.)
  const orgLike = (org: string | null): boolean => !!org && /^[\p{Lu}\d]/u.test(org) && org.split(/\s+/).length <= 5 && !PAREN_KIND.test(` (${org})`) && parseSpeakers(org) === null;
  return speakers.every((sp) => orgLike(sp.organization)) ? { title, speakers } : null;
}

/** "... - Ann Lee / Bo Chen": a slash between two clear names joins co-speakers, as "&" does; it parts nothing. */
function joinSlashedNames(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(/\s+\/\s+/g, (slash: string, at: number) => {
    // (A middle initial may stand inside either name: "Ann B. Lee / Karen Zorbel".)
    const before = /(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})$/u.exec(text.slice(0, at))?.[1];
    const after = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u.exec(text.slice(at + slash.length))?.[1];
    return before && after && isPersonName(before, false) && isPersonName(after, false) ? ' & ' : slash;
  });
}

/** "Keynote by Ann Lee: Title", "Keynote with Ann Lee - Title": a kind, its speakers, then the title. */
const KIND_BY = /^(keynote|talk|session|presentation|workshop|panel|lightning talk)\s+(?:by|with)\s+([^:]{3,120}?)(?::|\s+[-–—]{1,2})\s+(\S.*)$/i;

/** A talk's heading is a title and its speakers: longer text is no talk heading (and the patterns stay cheap). */
const MAX_HEADING = 400;

/** "by Ann Lee", "Speakers: Ann Lee, Bo Chen": a heading that names its speakers only (group 1: the label). */
const BYLINE_OR_LABEL = new RegExp(String.raw`^(?:by|(${SPEAKER_LABEL_WORDS})\s*:)\s+(.{3,120})$`, 'i');

/** A kind word naming one session ("Keynote", "Closing Keynote"), not a group of them ("Keynotes"). */
export const ONE_SESSION = /^(?:\p{L}+\s+)?(keynote|talk|session|presentation|workshop|panel)$/iu;

/** The last segment after a separator is a name and its handle: "Title / memory @m3m0r7", "Title - ann lee @annl". */
const HANDLED_LAST_SPEAKER = /(\s[/|–—-]\s+\p{L}(?:(?!\s[/|–—-](?:\s|$))[^@/|–—]){0,40}?)\s+@([\w.]+)$/u;

/** One or more handles and nothing else: "@ann_lee", "@ann & @bo.chen". */
const HANDLES_ONLY = /^@[\w.]+(?:\s*(?:,|&|\band\b)\s*@[\w.]+)*$/;

/** The people of a text that is only handles ("@ann_lee and @bo.chen"), named by their handles; else null. */
export function handleSpeakers(text: string): SpeakerRecord[] | null {
  const trimmed = text.trim();
  if (!HANDLES_ONLY.test(trimmed)) return null;
  return trimmed.split(/\s*(?:,|&|\band\b)\s*/).map((h) => ({ name: h.replace(/^@/, ''), role: null, organization: null }));
}

/** A name and its handle in brackets: "Ann Lee (@ann_lee)". */
const NAME_WITH_HANDLE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,3})\s*\(\s*@[\w.]+\s*\)$/u;

/**
 * "Ann Lee (@ann_lee)", "Ann Lee (@ann) & Bo Chen (@bo)": people each named with their handle and nothing else (the
 * handle vouches for a name of less common words); else null.
 */
export function namesWithHandles(text: string): SpeakerRecord[] | null {
  // (Every part must carry its handle: a text without an "@" names no one so.)
  if (!text.includes('@')) return null;
  const parts = text.trim().split(/(?<=\))\s*(?:,|&|\band\b|,\s*and\b)\s*/);
  const out: SpeakerRecord[] = [];
  for (const part of parts) {
    const name = NAME_WITH_HANDLE.exec(part)?.[1];
    if (!name || !isPersonName(name, true)) return null;
    out.push({ name, role: null, organization: null });
  }
  return out.length ? out : null;
}

const SERIES_TAIL = /\s*[-–—|:]\s*(?:part|vol(?:ume)?|episode|chapter)\s+(?:\d{1,3}|[ivxlc]{1,6})\s*$/i;

/** A heading's title, speakers, level and kind (the same heading always reads the same: its reading is kept). */
export const parseTalkHeading: (heading: string) => HeadingParts = memoByText(readTalkHeading, (parts) => ({ ...parts, speakers: parts.speakers.map((sp) => ({ ...sp })) }));

/** A programme's session code in square brackets ("[S51225]"): after a title, it parts the title from its speakers. */
export const BRACKETED_SESSION_CODE = /\s*\[\s*[A-Z]{1,6}\d{2,6}[A-Z]?\s*\]\s*/;

/** A day before a title, by number or by weekday, and a separator: "Day 2 - ", "Monday: ", "Wednesday, November 12: ". */
/** A count in digits or words ("3", "Seven", "Second"). */
const COUNT = String.raw`(?:\d{1,3}|${[...NUMBER_WORDS.keys()].join('|')})`;
// (A weekday may carry its date: "Wednesday, November 12: Title".)
const MONTH = `(?:${[...MONTHS].join('|')})\\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const DAY_BEFORE_TITLE = new RegExp(String.raw`^\s*(?:day\s+\d{1,2}|${WEEKDAY}(?:,?\s+${DATE})?)\s*[-–—:|]\s+(?=\S)`, 'iu');
/**
 * A numbered kind before the title ("Talk 3:", "Session #2 -"), a day first perhaps ("Day Two, Session Seven - "): a
 * slot of the programme, not part of the title; the kind stays as the label.
 */
const NUMBERED_KIND = new RegExp(String.raw`^\s*(?:day\s+${COUNT}\s*[,:–—-]?\s*)?(talk|session|keynote|lightning talk|workshop|panel)\s*#?${COUNT}\s*[:.)–—-]\s*`, 'iu');

/** "Title [S51225] Ann Lee (Acme)" reads as "Title - Ann Lee (Acme)"; "Title [S51210]" as "Title". */
export function withSessionCodeParted(heading: string): string {
  const code = heading.includes('[') ? BRACKETED_SESSION_CODE.exec(heading) : null;
  if (!code || code.index === 0) return heading;
  const after = heading.slice(code.index + code[0].length);
  return after.trim() ? `${heading.slice(0, code.index)} - ${after}` : heading.slice(0, code.index);
}

/**
 * "[ZorbConf 2024 Keynote] Title": a tag of the event, its year and the session's kind before the title, as a
 * video's name carries it; the kind is the label ("[Keynote] Title"), the event and year are no part of the title.
 */
const EVENT_KIND_TAG = /^\s*\[[^[\]]{0,30}?\b(?:19|20)\d{2}\b[^[\]]{0,20}?\s(keynote|talk|session|workshop|tutorial|panel|lightning talk)\]\s*(?=\S)/i;

/**
 * '“Title,” Ann Lee': the comma that parts a quoted title from what follows, set inside the closing quote (as American
 * style writes it), is the separator after the quote ('“Title”, Ann Lee'), not the title's last character.
 */
const COMMA_INSIDE_CLOSING_QUOTE = /([^\s,;]),(["”»])(?=\s+\S)/gu;

/**
 * What a programme sets around a title, removed in this order, each pattern with the characters one of which every
 * match of it holds ('' for one anchored at the start, cheap to try anyway):
 * - "Day 2 - Title - Ann Lee", "Monday: “Title” --- Ann Lee": the day is the section's, not part of the title;
 * - a room or track before the title ("[Room A] Title") is the schedule's, not the title's; so are the language tags of
 *   a programme ("[EN][Keynote] Title", "[JA][EN] Title": two capitals in brackets);
 * - a link's address after the title, "Title (https://github.com/...)", is no part of it.
 * Removing never adds a character, so a step whose characters the text lacks would find nothing and is skipped: most
 * headings have no brackets or bars, and a dozen patterns searched in vain cost more than the rest of the reading.
 */
const SCHEDULE_NOTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\s*[(<](?:https?:\/\/|www\.)[^\s)>]+[)>]/g, '(<'],
  [DAY_BEFORE_TITLE, ''],
  [LEADING_MEDIA, ''],
  [/^\s*\[(?:room|track|hall|stage)\s+[^\]]{1,12}\]\s*/i, ''],
  [LANGUAGE_TAGS, ''],
  [TRAILING_LANGUAGE, '(['],
  [LEADING_SCHEDULE_TAG, ''],
  [TRAILING_CLOCK, '(['],
  [SLOT_AFTER_BAR, '|·'],
  [SLOT_ASIDE, '('],
  [TRAILING_DURATION, '(['],
  [TRAILING_TAG, '['],
  [LEADING_CAPITALS_TAG, ''],
  [TRAILING_PROGRAMME_NOTE, '('],
];

function withoutScheduleNotes(text: string): string {
  let out = text;
  for (const [pattern, needs] of SCHEDULE_NOTES) if (!needs || hasAnyOf(out, needs)) out = out.replace(pattern, '');
  return out;
}

function readTalkHeading(raw: string): HeadingParts {
  const tagged = withSessionCodeParted(raw).replace(EVENT_KIND_TAG, (_m: string, kind: string) => `[${kind}] `);
  const heading = hasAnyOf(tagged, '"”»') ? tagged.replace(COMMA_INSIDE_CLOSING_QUOTE, '$1$2,') : tagged;
  // A heading that is only a link's address ("#### <https://youtu.be/...>") is a talk's video, never a title.
  if (/^<?(?:https?:\/\/|www\.)\S+>?$/.test(heading.trim())) return { title: '', speakers: [], level: null, label: null, speakerOnly: false, quoted: false };
  if (heading.length > MAX_HEADING) return { title: heading.slice(0, MAX_HEADING).trim(), speakers: [], level: null, label: null, speakerOnly: false, quoted: false };
  // "Title — Part II": a series marker after a dash belongs to the title, never names a speaker or organization.
  const series = SERIES_TAIL.exec(heading);
  if (series && series.index > 0) {
    const head = parseTalkHeading(heading.slice(0, series.index));
    return head.title && !head.speakerOnly ? { ...head, title: `${head.title}${series[0]}` } : { title: heading.trim(), speakers: [], level: null, label: null, speakerOnly: false, quoted: false };
  }
  const kindBy = KIND_BY.exec(withoutEventSuffix(heading.trim()));
  const kindBySpeakers = kindBy?.[2] ? parseSpeakers(kindBy[2]) : null;
  if (kindBy?.[1] && kindBy[3] && kindBySpeakers?.every((sp) => isPersonName(sp.name, true))) {
    const { text, level } = stripLevel(kindBy[3]);
    return finish(text, kindBySpeakers, level, kindBy[1].toLowerCase());
  }
  // "Andrew's Talk: Title": the talk's owner, then its title.
  // ("Ann Lee's Monday Morning Keynote: Title": up to two words describe the session.)
  // (The three possessive forms below need "'s" before a space: most headings have none and skip them.)
  const possessive = /['’]s\s/.test(heading);
  const owned = !possessive ? null : /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s\s+(?:\p{L}+\s+){0,2}?([Tt]alk|[Kk]eynote|[Ss]ession|[Pp]resentation|[Ww]orkshop)\s*:\s+(\S.{2,})$/u.exec(heading.trim());
  const owner = owned?.[1];
  if (owned?.[3] && owner && (isPersonName(owner, false) || (!owner.includes(' ') && isGivenName(owner)))) {
    const { text, level } = stripLevel(owned[3]);
    return finish(text, [{ name: owner, role: null, organization: null }], level, owned[2]?.toLowerCase() === 'talk' ? null : (owned[2]?.toLowerCase() ?? null));
  }
  // "Ann Lee’s talk around service discovery": the author's label for the talk, its speaker in the possessive (the
  // label is the title: no title is given apart from it).
  const authorLabel = !possessive ? null : /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})['’]s\s+(?:talk|keynote|session|presentation|workshop)\s+(?:around|on|about|regarding)\s+\S/u.exec(heading.trim());
  // (A label is short: "Ann Lee's talk on Zorb Algebra and a new library was a delight" is a sentence of notes.)
  if (authorLabel?.[1] && isPersonName(authorLabel[1], false) && heading.trim().split(/\s+/).length <= 12) return finish(heading.trim(), [{ name: authorLabel[1], role: null, organization: null }], null, null);
  // "Ann Lee's Thursday Evening Keynote": the session is named by its speaker and kind alone (the heading is its title).
  // ("Satya's Keynote": a given name alone owns it too, as recaps call a keynote's speaker.)
  const ownedKind = !possessive ? null : /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s\s+(?:\p{L}+\s+){0,3}?(keynote|talk|session|presentation|workshop)$/iu.exec(heading.trim());
  const kindOwner = ownedKind?.[1];
  if (kindOwner && (isPersonName(kindOwner, false) || (!kindOwner.includes(' ') && /^\p{Lu}/u.test(kindOwner) && isGivenName(kindOwner)))) return finish(heading.trim(), [{ name: kindOwner, role: null, organization: null }], null, ownedKind[2]?.toLowerCase() === 'talk' ? null : (ownedKind[2]?.toLowerCase() ?? null));
  // "by Ann Lee" or "Speaker: Ann Lee" as a heading of its own (under the title's heading): the speakers only.
  const byOnly = BYLINE_OR_LABEL.exec(heading.trim());
  const byWhom = byOnly?.[2];
  // ("by Martez Reed": "by" alone in a heading vouches for a name of less common words too; a label says who are
  // people, "Speakers: Ann Lee, Bo Chen".)
  const byOnlyRead = byWhom ? (parseSpeakers(byWhom) ?? loneWeakName(byWhom)) : null;
  const byOnlySpeakers = byOnly?.[1] ? labelledPeople(byOnlyRead) : byOnlyRead;
  if (byOnlySpeakers?.every((sp) => isPersonName(sp.name, true))) return { title: '', speakers: byOnlySpeakers, level: null, label: null, speakerOnly: true, quoted: false };
  // "by @ann_lee": a byline of handles, the only names it gives (the notes under it may name the person).
  const handles = byWhom ? handleSpeakers(byWhom) : null;
  if (handles) return { title: '', speakers: handles, level: null, label: null, speakerOnly: true, quoted: false };
  const handled = namesWithHandles(heading);
  if (handled) return { title: '', speakers: handled, level: null, label: null, speakerOnly: true, quoted: false };
  // A list number ("1. Title", "1-) Title", "#3 -", "C. Title") is not part of the title, nor a numbered kind.
  const numberedKind = NUMBERED_KIND.exec(heading);
  // (A letter before a first name is an initial, not a list letter: "J. Pablo Fernández, Title".)
  const coded = withoutSchedulePrefix(withoutEventSuffix(withoutEventPrefix(numberedKind ? heading.slice(numberedKind[0].length) : heading))).replace(FIELD_LABEL, '').replace(LEADING_SHORTCODES, '').replace(SESSION_CODE, '');
  const uncoded = coded.includes('(') ? coded.replace(TRAILING_SESSION_CODE, '') : coded;
  const unnumbered = uncoded.replace(/^\s*(?:#?\d{1,3}[-.]?[.):]|#\d{1,3}\s*[-–—]|[A-Z][.)](?=\s+["“]?[\p{Lu}\d][\p{L}\d]))\s+/u, (m: string, _offset: number, whole: string) => (/^\s*[A-Z]\.\s+$/.test(m) && isGivenName(whole.slice(m.length).split(/[\s,]/)[0] ?? '') ? m : ''));
  const undated = withoutScheduleNotes(unnumbered);
  // (After the notes above: "Title (CV)" may close with either.)
  const untracked = withoutTrackCode(undated);
  // (A media mark stands in brackets; media words at the end follow a bracket, a dash or a bar.)
  const unmarked = withoutTail(hasAnyOf(untracked, '[(') ? untracked.replace(MEDIA_MARK, '') : untracked, TRAILING_SYMBOLS);
  const { text: withoutLevel, level } = stripLevel(hasAnyOf(unmarked, ')-–—|') ? unmarked.replace(TRAILING_MEDIA, '') : unmarked);
  const labelled = stripLabel(withoutLevel);
  // A kind set after everything ("Title - Ann Lee, Acme - SESSION") and a dangling handle ("Acme by @ann") are
  // not part of the last speaker's organization.
  const trailing = TRAILING_KIND.exec(labelled.text);
  // Handles beside a name, or as a segment of their own ("Ann Lee @ann - Acme - Title", "Ann Lee - @ann - Title",
  // "Title - Ann Lee - @ann", "Title / @ann", whose dash or slash is left dangling), are no part of a name or a title ("Ann Lee @ Acme" and
  // "@Acme", capitalised, say "at").
  // ("Title / memory @m3m0r7": a name right before the closing handle is kept with it, which vouches for the name.)
  // (Only a text with an "@" has handles to set apart or drop.)
  const kindless = trailing ? labelled.text.slice(0, trailing.index) : labelled.text;
  const handlesApart = kindless.includes('@') ? kindless.replace(HANDLED_LAST_SPEAKER, '$1 (@$2)').replace(/(^|\s)@[a-z0-9_][A-Za-z0-9_]+(?=\s|$)/g, '$1') : kindless;
  const unhandled = handlesApart.replace(/(\s[-–—|])\s+[-–—|](?=\s)/g, '$1').replace(/\s+[-–—|/]\s*$/, '').replace(/\s{2,}/g, ' ').trim();
  const text = joinSlashedNames(unhandled.includes('@') ? unhandled.replace(/\s+(?:by\s+)?@[\w.]*$/, '') : unhandled);
  const label = labelled.label ?? (trailing?.[1] ?? trailing?.[2])?.toLowerCase() ?? numberedKind?.[1]?.toLowerCase() ?? null;
  // "Keynote - Ann Lee", "Closing Keynote: Ann Lee & Bo Chen": a kind and its speakers only. The session has no title
  // of its own, so the whole heading is its title (as a heading naming only its speaker is).
  // (Not before a colon: "Talks - Ann Lee, Bo Chen: Title" names the speakers, then the title.)
  if (labelled.label && !trailing && !text.match(SEPARATOR) && !text.includes(':')) {
    const named = parseSpeakers(text);
    if (named?.length && named.every((sp) => isPersonName(sp.name, false) && resolveName(sp.name) === null)) {
      return { title: withoutLevel.trim(), speakers: named, level, label, speakerOnly: false, quoted: false };
    }
  }
  // "Ann Lee and Bo Chen [Talk]", "Ann Lee - Keynote": clear names, then the kind; the session has no title apart from
  // who gives it, so the names are its title too.
  if (trailing && !labelled.label && !text.match(SEPARATOR)) {
    const named = parseSpeakers(text);
    if (named?.length && named.every((sp) => sp.organization === null && sp.role === null && isPersonName(sp.name, false) && resolveName(sp.name) === null)) return { title: text, speakers: named, level, label, speakerOnly: false, quoted: false };
  }
  // "Ann Lee, Dueling Keyboards [Keynote]": a heading its kind marks as a talk has a title; after clear names and a
  // comma, the rest is that title unless it names a known organization or more people.
  const nameComma = label ? /^([^,]+),\s+(\S.{2,})$/.exec(text) : null;
  const commaLead = nameComma?.[1] ? parseSpeakers(nameComma[1]) : null;
  // (A weak name beside a clear co-speaker is clear too: "Ann Lee and Bo Sparks, Title [Talk]".)
  // (... unless the rest goes on naming people up to a colon: "Ann Lee, Bo Chen: Title".)
  const namesToColon = (rest: string): boolean => {
    const head = /^([^:]{3,80}):\s/.exec(rest)?.[1];
    return !!head && !!parseSpeakers(head)?.every((sp) => isPersonName(sp.name, false));
  };
  if (nameComma?.[2] && commaLead?.length && commaLead.every((sp) => sp.organization === null && isPersonName(sp.name, true)) && commaLead.some((sp) => isPersonName(sp.name, false)) && resolveName(nameComma[2], 'Organization')?.type !== 'Organization' && parseSpeakers(nameComma[2]) === null && !namesToColon(nameComma[2])) {
    return finish(nameComma[2], commaLead, level, label);
  }
  // "Title from Jane Doe & John Roe" (list notes), "Title with Jane Doe" (a session with its presenter): the word parts
  // a title from its speakers only when clear names follow ("News from Red Hat", "Scaling with Istio" stay titles).
  // (Before the dashes: "Azure - Lessons from the Trenches with Ann Lee" keeps its dash in the title.)
  // ("Dealing with Imposter Syndrome": after "with", a name of everyday words is the title's, and one name opens
  // with a first name the lexicon knows.)
  // "Keynote featuring Dr. Ann Lee, CTO, Acme": what the session is, then who is on it with role and employer (a
  // room or track label in capitals after a dash, "- RED", is the schedule's).
  const featuring = /^(.+?)\s+featuring\s+(.+)$/i.exec(text);
  const featured = featuring?.[2] ? parseSpeakers(featuring[2].replace(/\s+[-–—]\s+\p{Lu}{2,}$/u, '')) : null;
  if (featuring?.[1] && featured?.length && featured.every((p) => isPersonName(p.name, false))) return finish(featuring[1], featured, level, label);
  const joiner = /\s(from|with)\s(?!.*\s(?:from|with)\s)/.exec(text);
  if (joiner && joiner.index > 0) {
    const people = parseSpeakers(text.slice(joiner.index + joiner[0].length));
    const everyday = (name: string): boolean => name.split(/\s+/).every((w) => isEverydayWord(w.toLowerCase()));
    const withClear = (): boolean => !!people?.some((p) => isGivenName(p.name)) && !people.some((p) => everyday(p.name));
    if (people?.every((p) => p.organization === null && isPersonName(p.name, false)) && (joiner[1] === 'from' || withClear())) {
      // ("Keynote with Ann Lee": a kind and its speaker only; the session has no title of its own but the heading.)
      const kindOnly = ONE_SESSION.exec(text.slice(0, joiner.index).trim());
      if (kindOnly?.[1]) return { title: text, speakers: people, level, label: label ?? kindOnly[1].toLowerCase(), speakerOnly: false, quoted: false };
      return finish(text.slice(0, joiner.index), people, level, label);
    }
  }
  const separators = separatorsOf(text);
  const runOn = nameRanOnIntoTitle(text, separators);
  if (runOn) return finish(runOn.title, [runOn.speaker], level, label);
  const trailingNames = separators.length === 0 ? namesWithOrgsAfterTitle(text) : null;
  if (trailingNames) return finish(trailingNames.title, trailingNames.speakers, level, label);
  // "Title - Ann Lee - Acme Labs": the last dash parts the speakers from their organization, as a comma would.
  // (Before the reading below, which takes a last part of weak name shape for a person: "- Compendium Developments".)
  const beforeLast = separators[separators.length - 2];
  const orgAfter = beforeLast ? nameThenOrg(text, beforeLast, separators[separators.length - 1]) : null;
  if (orgAfter && beforeLast?.index) return finish(text.slice(0, beforeLast.index), orgAfter, level, label);
  // "Title - Speakers": the rightmost separator whose right side names people.
  for (let i = separators.length - 1; i >= 0; i--) {
    const sep = separators[i];
    if (!sep || sep.index === undefined || sep.index === 0) continue;
    // "Title | Jane Doe | Acme": a table-like heading whose later cells are one speaker's parts.
    // ("Title by Max Olander": "by" vouches for one name of less common words.)
    // ("Debugging By AYMERIC AUGUSTIN": a byline in capitals, as cards print it, reads as the name written as usual.)
    const right = /by/i.test(sep[0]) ? usualCase(text.slice(sep.index + sep[0].length)) : text.slice(sep.index + sep[0].length);
    // (Only where nothing else parts the heading: "Ann Lee – Plonk Stories by Not Ivo Zorbel" is her title.)
    // (A hyphen typed in haste, "Plonk FTW- Static Zorbs by Orla Revels", parts less than "by" does: it does not count.)
    // (Or where the other separators are each a "by" of the title's own words: "Zorbs powered by AI by Ann Leeson".)
    const onlyBy = (): boolean => separators.filter((s) => !HASTY_HYPHEN.test(s[0])).length === 1 || (i === separators.length - 1 && separators.slice(0, i).every((s) => /^\s+by\s+$/.test(s[0]) && /\p{Ll}$/u.test(text.slice(0, s.index))));
    const read = parseSpeakers(right.replace(/\s+[|/]\s+/g, ', ')) ?? (/by/.test(sep[0]) && onlyBy() ? loneWeakName(right) : null);
    // (A clause in an organization's place is a title's: "Quux Won, but Plonk Has Not Yet".)
    const speakers = read?.some((sp) => clauseInPlace(sp.organization)) ? null : read;
    // "Title - Acme - Ann Lee & Bo Chen": one organization word between the title and the names is theirs.
    const middle = i > 0 && speakers?.every((sp) => sp.organization === null) ? separators[i - 1] : undefined;
    const orgBefore = middle?.index !== undefined && !/by/.test(middle[0]) ? text.slice(middle.index + middle[0].length, sep.index).trim() : '';
    const knownOrg = resolveName(orgBefore, 'Organization')?.type === 'Organization';
    if (speakers && /^\p{Lu}[\p{L}\d.&-]+$/u.test(orgBefore) && (knownOrg || (!isEverydayWord(orgBefore.toLowerCase()) && resolveName(orgBefore) === null)) && speakers.every((sp) => isPersonName(sp.name, false))) {
      return finish(text.slice(0, middle?.index), speakers.map((sp) => ({ ...sp, organization: orgBefore })), level, label);
    }
    // "Robert Haas - Incremental Backup": when the left side opens with a known first name and the right does not,
    // the speaker is on the left (read below).
    const left = text.slice(0, sep.index).trim();
    if (speakers && !sep[0].includes('by') && !speakers.some((sp) => isGivenName(sp.name)) && isPersonName(left, false) && isGivenName(left)) break;
    if (speakers) return finish(text.slice(0, sep.index), speakers, level, label);
  }
  // "Best Practices for Puppet in the Cloud by Randall": a first name alone after the last "by", under a title of three
  // words or more.
  const lastBy = separators.filter((sep) => /by/.test(sep[0])).pop();
  const byWord = lastBy?.index !== undefined ? text.slice(lastBy.index + lastBy[0].length).trim() : '';
  const byTitle = lastBy?.index !== undefined ? wordsOf(text.slice(0, lastBy.index)) : [];
  // ("Photos of the venue by Kelsey": a title of structural words only is no talk's.)
  if (/^\p{Lu}\p{Ll}+$/u.test(byWord) && isGivenName(byWord) && !namesAThing(byWord) && byTitle.length >= 3 && !byTitle.every((w) => STRUCTURAL.has(w))) {
    return finish(text.slice(0, lastBy?.index), [{ name: byWord, role: null, organization: null }], level, label);
  }
  // "Ann Lee, Acme - “Title”", "Ann Lee, Staff Engineer, “Title”", "Ann Lee | Acme | “Title”": the speakers first, then
  // a quoted title (the quotes set the title apart, so the names before it may carry roles and organizations).
  const quotedLast = QUOTED_LAST.exec(text);
  // ("Ann Lee | annlee | Acme | “Title”": cells parted by bars are the one speaker's parts, as commas part them; a cell
  // of one lowercase word is a handle written without its @.)
  const cells = quotedLast?.[1]?.split(/\s+\|\s+/).filter((cell, _k, all) => all.length === 1 || !/^[a-z\d_.]+$/.test(cell));
  const leftSpeakers = cells ? parseSpeakers(cells.join(', ')) : null;
  if (quotedLast?.[2] && leftSpeakers?.every((sp) => isPersonName(sp.name, true)) && leftSpeakers.some((sp) => isPersonName(sp.name, false))) return { ...finish(quotedLast[2], leftSpeakers, level, label), quoted: true };
  // "Title (Jane Doe, Acme)", "Title [Jane Doe]".
  const paren = /^(.+?)\s*(?:\(([^()]+)\)|\[([^[\]]+)\])\s*$/.exec(text);
  const inParens = paren?.[2] ?? paren?.[3];
  if (paren?.[1] && inParens) {
    // ("Title (by Ann Lee)", "Title (given by Ann Lee)": the words are no part of the name, and vouch for a name of
    // less common words: "(given by Frank Zorbel)".)
    const byline = BYLINE_OPENING.exec(inParens);
    const named = byline ? inParens.slice(byline[0].length) : inParens;
    const speakers = parseSpeakers(named) ?? (byline ? loneWeakName(named) : null) ?? loneGivenName(paren[1], named);
    if (speakers) return finish(paren[1], speakers, level, label);
    // "Nat Ivo (Zorbflix)": a name and its employer in brackets name the speaker only, as the dashed form below does.
    // (In brackets a lone everyday word is a note, "(Remote)", "(Slides)", unless a known company.)
    if (namesSpeakerAndOrg(paren[1], inParens, true)) return { title: '', speakers: [{ name: paren[1].trim(), role: null, organization: inParens.trim() }], level, label, speakerOnly: true, quoted: false };
  }
  // "Speaker - Org" / "Speaker, Org": the heading names the speaker only.
  const first = separators[0];
  if (first?.index !== undefined && first.index > 0 && !/by/.test(first[0])) {
    const left = text.slice(0, first.index).trim();
    const right = text.slice(first.index + first[0].length).trim();
    if (separators.length === 1 && namesSpeakerAndOrg(left, right)) {
      return { title: '', speakers: [{ name: left, role: null, organization: right }], level, label, speakerOnly: true, quoted: false };
    }
  }
  // "Jane Doe: Title": only a name compromise knows as a person's (so "Red Hat: ..." stays a title).
  const colon = /^([^:]{3,80}):\s+(\S.*)$/.exec(text);
  const colonSpeakers = colon?.[1] ? parseSpeakers(colon[1]) : null;
  // "Jay Kreps (@jaykreps): CEO, Co-Founder, Confluent": a speaker's role and organization after the colon, no title.
  const colonRole = colon?.[2] && colonSpeakers?.length === 1 && isPersonName(colonSpeakers[0]?.name ?? '', true) ? roleAndOrg(colon[2]) : null;
  if (colonRole) return { title: '', speakers: [{ name: colonSpeakers?.[0]?.name ?? '', ...colonRole }], level, label, speakerOnly: true, quoted: false };
  // The title after the name reads as one: capitalised, a digit or a quote ("Ann Lee: the mastermind who ..." is a description).
  // (Every name clear, one of them opening with a first name compromise knows: "Lucas Käldström & Nikhita Raghunath: ...".)
  // A clear name the gazetteer does not know ("Björn Rabenstein: Prometheus – what's next?") also counts before a title
  // of three words or more ("Apache Kafka: ..." is a project, "Red Hat: ..." an organization).
  // Its words are no English words ("Malicious Compliance: ..." is a title) and the title after it names no speakers
  // of its own ("Cloud-Native Quantum: Running ... - Ann Lee").
  const unknownClear = (sp: SpeakerRecord): boolean =>
    nameStrength(sp.name) === 'strong' && resolveName(sp.name) === null && sp.name.split(/\s+/).every((w) => !w.includes('-') && !isEnglishWord(w.toLowerCase()));
  const relaxed = (): boolean => !!colon?.[2] && !!colonSpeakers?.every(unknownClear) && colon[2].split(/\s+/).length >= 3 && parseTalkHeading(colon[2]).speakers.length === 0;
  if (colon?.[2] && /^[^\p{Ll}\s]/u.test(colon[2]) && colonSpeakers?.every((sp) => isGivenName(sp.name) || nameStrength(sp.name) === 'strong') && (colonSpeakers.some((sp) => isGivenName(sp.name)) || relaxed())) {
    // "Ann Lee: Title (Acme)": an organization in parentheses after the title is the speaker's.
    const orgAfter = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(colon[2]);
    const org = orgAfter?.[2] && colonSpeakers.length === 1 && colonSpeakers[0]?.organization === null && organizationNamed(orgAfter[2]) ? orgAfter[2] : null;
    if (org && orgAfter?.[1]) return finish(orgAfter[1], colonSpeakers.map((sp) => ({ ...sp, organization: org })), level, label);
    return finish(colon[2], colonSpeakers, level, label);
  }
  // "Jane Doe on "Title"", "Jane Doe about Title", "Jane Doe presented Title" (notes): clear names, then the verb.
  const onAbout = /^(.{3,80}?)\s+(?:on|about|talking about|talked about|spoke about|spoke on|presented|presenting)\s+(\S.{3,})$/.exec(text);
  const onAboutSpeakers = onAbout?.[1] ? parseSpeakers(onAbout[1]) : null;
  // (One of them opens with a first name compromise knows: "Audio Production on Linux" is a title.)
  // (An organization only in parentheses: "Ann Lee (Acme) on Title".)
  if (onAbout?.[2] && onAboutSpeakers?.every((sp) => (sp.organization === null || onAbout[1]?.includes('(')) && isPersonName(sp.name, false)) && onAboutSpeakers.some((sp) => isGivenName(sp.name)) && parseSpeakers(onAbout[2]) === null) return finish(onAbout[2], onAboutSpeakers, level, label);
  // "Title, Jane Doe, Acme" / "Title, A, B, C, Org": the first comma from the left after which everything reads as
  // speakers, led by a clear name (a title's own comma parts are not names).
  for (let at = text.indexOf(', '); at > 0; at = text.indexOf(', ', at + 2)) {
    const rest = text.slice(at + 2);
    const people = parseSpeakers(rest);
    const head = people?.[0];
    // (A clause in the organization's place is the title's: "How to include Ann, Bo Chen, and appreciate ...".)
    // ("Same API, Different Execution": words of everyday English after the comma are the title's second half.)
    if (head && isPersonName(head.name, false) && !everydayPhrase(head.name) && people.every((p) => isPersonName(p.name, true) && !clauseInPlace(p.organization)) && rest.split(',').length <= 8) return finish(text.slice(0, at), people, level, label);
  }
  // "Title, Jane Doe & John Roe": a last comma part of clear names only (no organization in this form).
  const lastComma = text.lastIndexOf(', ');
  if (lastComma > 0) {
    const people = parseSpeakers(text.slice(lastComma + 2));
    const before = text.slice(0, lastComma);
    if (people?.every((p) => p.organization === null && isPersonName(p.name, false) && !everydayPhrase(p.name)) && parseSpeakers(before) === null) return finish(before, people, level, label);
  }
  // "Title: Jane Doe" (list notes): a colon after which only clear names follow.
  const titleColon = /^(.{3,200}?):\s+([^:]{3,120})$/.exec(text);
  const colonPeople = titleColon?.[2] ? parseSpeakers(titleColon[2]) : null;
  // (An organization there is a name: "Title: Automatic Zorbing of the Plonk Manual" names a subtitle, not a person of
  // "the Plonk Manual".)
  if (titleColon?.[1] && colonPeople?.every((p) => isPersonName(p.name, false) && (p.organization === null || /^[\p{Lu}\d]/u.test(p.organization)))) return finish(titleColon[1], colonPeople, level, label);
  // "Is Zorb Dead? Ann Lee & Bo Chen": a question ends the title, and only clear names follow it.
  const question = /^(.{3,200}?\?)\s+([^?]{3,120})$/.exec(text);
  const askedBy = question?.[2] ? parseSpeakers(question[2]) : null;
  if (question?.[1] && askedBy?.every((p) => isPersonName(p.name, false))) return finish(question[1], askedBy, level, label);
  // "Kelsey Hightower - Staff Dev Advocate, Google": a clear name, then its role and organization (a role opens the
  // right side, as it never opens a title): the heading names its speaker only.
  if (first?.index !== undefined && first.index > 0 && !/by/.test(first[0])) {
    const name = text.slice(0, first.index).trim();
    const right = text.slice(first.index + first[0].length).trim();
    const role = isPersonName(name, false) ? roleAndOrg(right) : null;
    if (role) return { title: '', speakers: [{ name, ...role }], level, label, speakerOnly: true, quoted: false };
  }
  // "Jane Doe - Title", "Jane Doe (Acme) - Title", "Jane Doe - Acme - Title": a clear name first (with its
  // organization in parentheses or as a known organization's own part), then words that are no organization.
  if (first?.index !== undefined && first.index > 0 && !/by/.test(first[0])) {
    const left = text.slice(0, first.index).trim();
    const speaker = leadingSpeaker(left);
    let right = text.slice(first.index + first[0].length).trim();
    const second = separators[1];
    if (speaker && !speaker.organization && second?.index !== undefined && !/by/.test(second[0])) {
      const org = text.slice(first.index + first[0].length, second.index).trim();
      // (Only a known one: "Ann Lee - ElectricSQL - Title" may name her product as well as her company.)
      if (resolveName(org, 'Organization')?.type === 'Organization') {
        speaker.organization = org;
        right = text.slice(second.index + second[0].length).trim();
      }
    }
    // (Two capitalised words on the right may read as a name, "Incremental Backup": a known first name on the left
    // decides.)
    // (Nor do capitalised words after a clear name and its employer, unless they name a person: "Ann Lee, Acme - Fewer
    // Better Systems".)
    const rightIsTitle = parseSpeakers(right) === null || (isGivenName(speaker?.name ?? '') && !isGivenName(right)) || (!!speaker?.organization && left.includes(',') && !parseSpeakers(right)?.some((p) => isPersonName(p.name, false)));
    // ("Ann Lee, Acme Ambassador - Meetup Organizer - Developer Advocate": after a name and a comma, roles go on.)
    const rolesGoOn = left.includes(',') && wordsOf(right).some((w) => ROLE_HEADS.has(w));
    if (speaker && right.split(/\s+/).length >= 2 && rightIsTitle && !rolesGoOn && resolveName(right, 'Organization')?.type !== 'Organization') {
      return finish(right, [speaker], level, label);
    }
    // "Ann Lee & Bo Chen (Acme) - Title": several people, every name clear (or beside its organization).
    const group = speaker ? null : parseSpeakers(text.slice(0, first.index).trim());
    const rightPeople = parseSpeakers(right);
    if (group && group.length > 1 && group.every((p) => isPersonName(p.name, p.organization !== null)) && group.some((p) => isPersonName(p.name, false)) && right.split(/\s+/).length >= 2 && (rightPeople === null || rightPeople.some((p) => clauseInPlace(p.organization)))) {
      return finish(right, group, level, label);
    }
  }
  // "Tobias, Lukas and Josef - Title" (a photo caption among friends): first names only, each one compromise knows as
  // a given name. The session recognizer looks for their full names in the text around the lead.
  if (first?.index !== undefined && first.index > 0 && !/by/.test(first[0])) {
    const given = text.slice(0, first.index).trim().split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
    const right = text.slice(first.index + first[0].length).trim();
    if (given.length > 0 && given.length <= 5 && given.every((g) => /^\p{Lu}\p{Ll}+$/u.test(g) && isGivenName(g)) && right.split(/\s+/).length >= 2 && parseSpeakers(right) === null) {
      return finish(right, given.map((name) => ({ name, role: null, organization: null })), level, label);
    }
  }
  // "Jane Doe (Acme) Title": a clear name and its organization in parentheses, then the title with no separator.
  const named = /^([^()]{3,60}?)\s*\(([^()]{2,60})\)\s+(\p{Lu}.{5,})$/u.exec(text);
  const namedSpeaker = named?.[1] && named[2] && !named[2].startsWith('@') ? leadingSpeaker(`${named[1].trim()} (${named[2].trim()})`) : null;
  if (named?.[3] && namedSpeaker && parseSpeakers(named[3]) === null) return finish(named[3], [namedSpeaker], level, label);
  // "Ann Lee, Is your application secure?" (a numbered programme): a clear name, a comma, then a title.
  const nameThenTitle = /^([^,]{3,60}),\s+(\S.{5,})$/.exec(text);
  const firstSpeaker = nameThenTitle?.[1] ? leadingSpeaker(nameThenTitle[1].trim()) : null;
  // ("Ann Lee, New Relic, So you're a software business": a known company between the name and the title is hers.)
  const orgThenTitle = firstSpeaker && !firstSpeaker.organization && nameThenTitle?.[2] ? /^([^,]{2,40}),\s+(\S.{5,})$/.exec(nameThenTitle[2]) : null;
  const employer = orgThenTitle?.[1]?.trim() ?? '';
  if (firstSpeaker && orgThenTitle?.[2] && resolveName(employer, 'Organization')?.type === 'Organization' && parseSpeakers(orgThenTitle[2]) === null) return finish(orgThenTitle[2], [{ ...firstSpeaker, organization: employer }], level, label);
  if (firstSpeaker && !firstSpeaker.organization && nameThenTitle?.[2] && readsAsTitleAfterName(nameThenTitle[2])) return finish(nameThenTitle[2], [firstSpeaker], level, label);
  // "CEO Ann Lee", "Principal Engineer Bo Chen": a role's words, then a clear name: the one on stage.
  const titled = ROLE_THEN_NAME.exec(text);
  if (titled?.[1] && titled[2] && rolePhrase(titled[1]) && isPersonName(titled[2], false) && !namesAThing(titled[2])) return { title: '', speakers: [{ name: titled[2], role: titled[1], organization: null }], level, label, speakerOnly: true, quoted: false };
  const commaOnly = parseSpeakers(text);
  // ("Virtual Zorbs, Plonk, and Quux" is no name with a role and an organization "and Quux".)
  // ("Different Teams, Different Testers": a name of everyday words only, no first name, is a title's words here.)
  if (commaOnly && text.includes(',') && !commaOnly.some((sp) => clauseInPlace(sp.organization) || clauseInPlace(sp.role) || nameStrength(sp.name) === 'weak')) return { title: '', speakers: commaOnly, level, label, speakerOnly: true, quoted: false };
  return finish(withoutBilledCompany(text, separators), [], level, label);
}

/**
 * "Acme - Migration of 1000 Services to Zonal Clusters", "Title - Acme": a known company billed before or after a title
 * of three words or more, and no one named: the company presents the session, and is none of its title.
 */
function withoutBilledCompany(text: string, separators: readonly RegExpMatchArray[]): string {
  const company = (part: string): boolean => resolveName(part.trim(), 'Organization')?.type === 'Organization' && !isPersonName(part.trim(), false);
  const title = (part: string): boolean => part.trim().split(/\s+/).length >= 3 && resolveName(part.trim()) === null;
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (first?.index !== undefined && first.index > 0 && !/by/.test(first[0]) && company(text.slice(0, first.index)) && title(text.slice(first.index + first[0].length))) return text.slice(first.index + first[0].length).trim();
  if (last?.index !== undefined && last.index > 0 && !/by/.test(last[0]) && company(text.slice(last.index + last[0].length)) && title(text.slice(0, last.index))) return text.slice(0, last.index).trim();
  return text;
}

/**
 * A person's name, then a short capitalised name that is their employer ("Ann Lee" and "Acme"). A weak name ("Charity
 * Majors": 'charity' is also a noun) counts when the employer is a known organization. Three or more words that are no
 * known organization read as a title ("Liz Rice - Containers From Scratch"), and so do two everyday words that name no
 * company ("Robert Haas - Incremental Backup"), nor does a number's ("Part 2"). `strict` (the bracketed form): no lone
 * everyday word either.
 */
function namesSpeakerAndOrg(name: string, org: string, strict = false): boolean {
  const left = name.trim();
  const right = org.trim();
  const knownOrg = (): boolean => resolveName(right, 'Organization')?.type === 'Organization';
  const words = right.split(/\s+/);
  const plain = (w: string): boolean => isEnglishWord(w.toLowerCase()) || /^\d+$/.test(w);
  const everyday = (words.length >= 2 || strict) && words.every(plain) && !knownOrg();
  const orgShaped = /^(?:\p{Lu}|\d)[\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,3}$/u.test(right) && (words.length <= 2 || knownOrg()) && !everyday;
  // (Strict: a name opening with a known first name, or a known company: "Zorb Basics (Priya)" is a title and its speaker.)
  return orgShaped && (isPersonName(left, false) || (isPersonName(left, true) && knownOrg())) && (!strict || isGivenName(left) || knownOrg());
}

/**
 * "Eliminating Snowflake Dev Environments (Ann)": a title of two words or more, then in brackets only a first name that
 * is no common English word, no place and no known name ("(Java)", "(Paris)", "(Grace)" are notes or topics).
 */
function loneGivenName(title: string, inParens: string): SpeakerRecord[] | null {
  const name = inParens.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || title.trim().split(/\s+/).length < 2) return null;
  const lower = name.toLowerCase();
  if (!isGivenName(name) || isEnglishWord(lower) || isPlace(lower) || resolveName(name) !== null) return null;
  return [{ name, role: null, organization: null }];
}
