/**
 * Pass 2 helper: the speaker of a talk whose heading gives only the title, read from the first lines below it:
 * "by Jane Doe (Acme)", "presented by Jane Doe from Acme", "Jane Doe from Acme presented ...".
 */
import type { SpeakerRecord } from './types.ts';
import { memoByText } from '../memo.ts';
import { everydayPhrase, isGivenName, isPersonName, withoutSentenceAdverb } from './02-person-name.ts';
import { namesAProject, namesAThing, resolveName } from '../gazetteer/resolve.ts';
import { employerHandles, labelledPeople, loneWeakName, ORG_JOINERS, parseSpeakers, splitRoleAt } from './02-speakers.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';
import { parseTalkHeading, roleAndOrg } from './02-heading.ts';
import { BY_VERBS, BY_VERBS_EITHER_CASE, CLOCK_RANGE, withoutProfileAsides, eitherCase, HANDLE_NEXT, isProfilePage, MEDIA_LINK_WORDS, MEDIA_ONLY, wordsOf, PRESENT_VERBS, PRESENT_VERBS_BASE, ROLE_HEADS, ROLE_WORDS, SPEAKER_LABEL_WORDS, STAGE_VERBS } from './02-words.ts';
import type { TextBlock } from './00-blocks.ts';
import type { LinkSpan } from './00-inline.ts';

/** A name of two or three capitalised words, a particle among them ("Ann van Lee"). */
export const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|le|la)?\s*\p{Lu}[\p{L}'’-]+){1,2}`;
// An organization: up to four capitalised words; a '.' only inside a word (".io"), never before a space.
// (Or a lowercase start before a capital: oVirt, eBay.)
export const ORG_WORD = String.raw`(?:\p{Lu}|\p{Ll}{1,3}\p{Lu})[\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
export const ORG = String.raw`${ORG_WORD}(?:\s+${ORG_WORD}){0,3}`;
const VERBS = PRESENT_VERBS.join('|');
const ORG_TAIL = String.raw`(?:\s*\((${ORG})\)|,?\s+(?:from|of|at|with|who works (?:for|at))\s+(${ORG}))?`;

/**
 * A "by" pattern and the words one of which each of its matches holds as written (the patterns have no 'i' flag): a
 * line without any is not searched (most lines say no "by", and the patterns try their openings at every word).
 */
interface ByPattern {
  cues: readonly string[];
  pattern: RegExp;
}

// (No 'i' flag: with it \p{Lu} would match lowercase letters too.)
// ("this session from Ann Lee", "The last session I attended before lunch was by Ann Lee": the talk, then its speaker.)
const GIVEN_BY: ByPattern = { cues: ['by', 'from'], pattern: new RegExp(String.raw`\b(?:(?:${BY_VERBS_EITHER_CASE})\s+by|(?:[Tt]his|[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:\p{Ll}+\s+){0,3}(?:talk|session|keynote|presentation|workshop)(?:\s+(?:by|from)|[^.!?]{0,60}?\s(?:was|is)(?:\s+(?:given|presented|delivered|led))?\s+by))\s+(${NAME})${ORG_TAIL}`, 'u') };
const BY: ByPattern = { cues: ['by'], pattern: new RegExp(String.raw`\b(?:${BY_VERBS}|talk|presentation|session|keynote)?\s*by\s+(${NAME})${ORG_TAIL}`, 'u') };
// "William Morgan, CEO of Buoyant, presented this one": a role and organization set off by commas ("the release
// manager for oVirt, gave ...": a role for a project).
// ("Next up, Ann Lee, Engineering Manager @ Acme, presented ...": a lead-in before it, "@" for "at".)
const APPOSITIVE = new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:Then|Next(?:\s+up)?|Later|Finally|Afterwards|After that),?\s+)?(${NAME}),\s+([\p{L}][\p{L} &/-]{1,50}?)\s+(of|at|@|from|with|for)\s+(${ORG}),\s+(?:${VERBS})\b`, 'u');
const AND_NAME = new RegExp(String.raw`^(?:\s*\([^()]{0,60}\))?\s+(?:and|&)\s+(${NAME})${ORG_TAIL}`, 'u');
const SPOKE_ON = new RegExp(String.raw`\b(${NAME})${ORG_TAIL}\s+(?:spoke|talked|presented)\s+(?:on|about)\s`, 'u');
// A handle may stand between the name and the rest ("Ann Lee (@ann) from Acme gave ..."); "In this talk, Ann Lee ..."
// opens with the talk itself.
const HANDLE = String.raw`(?:\s*\(@[\w.]+\))?`;
// The second of two names may carry its organization before it ("Acme's Ann Lee and Initech's very own Bo Chen show ...");
// after two names or "will" the verb takes its base form.
const OWNER = String.raw`(?:(\p{Lu}[\p{L}\d.&-]*)['’]s\s+(?:very\s+own\s+)?)`;
const BASE_VERBS = PRESENT_VERBS_BASE.join('|');
// ("In Montreal, Ann Lee ...", "At the Plonkville meetup, Ann Lee ...": a place or time set before the subject.)
const FRONTED = String.raw`(?:(?:In|At|On|During|Over in|Back in)\s+[^,.!?\n]{1,40},\s+)`;
// "Ann Lee began with a talk called ...", "Ann Lee started the day with a keynote": a start that is a talk.
const BEGAN_WITH_TALK = String.raw`(?:began|started)(?=(?:\s+[\p{L}-]+){0,5}?\s+with\s+(?:a|an|the|her|his|their)\s+(?:[\p{L}-]+\s+)?(?:talk|keynote|session|presentation|demo)\b)`;
const SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+)(?:(?:Then|Later|Next|Afterwards|Finally|Also|After that|After lunch),?\s+)?(?:In (?:this|the|her|his|their) (?:talk|session|keynote|presentation)[^,.!?]{0,160},\s+|${FRONTED})?(${NAME})${HANDLE}${ORG_TAIL}(?:,?\s+(?:and|&)\s+${OWNER}?(${NAME})${HANDLE}${ORG_TAIL})?,?\s+(?:(?:also\s+)?(?:${VERBS}|${BEGAN_WITH_TALK})|will\s+(?:${BASE_VERBS})|(?<=\S\s+(?:and|&)\s+\S.*)(?:${BASE_VERBS}))\b`, 'u');

// "Ann Lee's talk", "Ann Lee’s great keynote": the talk's owner.
const POSSESSIVE = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME})['’]s\s+(?:\p{Ll}+\s+)?(?:[Tt]alk|[Kk]eynote|[Ss]ession|[Pp]resentation|[Ww]orkshop)\b`, 'u');

function speaker(name: string | undefined, org1: string | undefined, org2: string | undefined, allowWeak = false): SpeakerRecord | null {
  // Prose is noisy ("Lunch by Red Hat"): only a clear name counts here.
  // A possessive is not part of the name ("Jacob Kaplan-Moss's keynote"); "Microsoft's Shayne Boyer" names the
  // organization first.
  // (parseSpeakers reads the latter, as it does in every list of speakers.)
  // ("Additionally Ann Lee gave two talks": the sentence's adverb is read into the name's capitals.)
  name = name === undefined ? undefined : withoutSentenceAdverb(name.replace(/['’]s$/, ''));
  const owned = name && /['’]s\s/.test(name) ? parseSpeakers(name)?.[0] : undefined;
  if (owned?.organization) {
    name = owned.name;
    org1 = org1 ?? owned.organization;
  }
  if (!name || !isPersonName(name, allowWeak)) return null;
  // "a co-author of Helm": a project is not where someone works.
  const org = (org1 ?? org2 ?? '').trim() || null;
  return { name: name.trim(), role: null, organization: org && namesAProject(org) ? null : org };
}

/** "Moderator: Ann Lee, Acme; Panelists: Bo Chen, Cy Dunn": a panel's two labelled lists on one line. */
const MODERATED = /^\s*(?:moderator|moderated by|host|chair)\s*:\s*(.+?)\s*[;|]\s*(?:panelists?|speakers?|guests?)\s*:\s*(.+?)\.?\s*$/i;

/** "Speakers: Ann Lee (Google), Bea Ruiz (IBM)" / "Panelists: Ann Lee, Google; Bea Ruiz, IBM". */
export function listedSpeakers(line: string): SpeakerRecord[] | null {
  const moderated = MODERATED.exec(line);
  if (moderated?.[1] && moderated[2]) {
    const moderator = parseSpeakers(moderated[1]);
    const panel = parseSpeakers(moderated[2]);
    const all = moderator && panel ? [...moderator.slice(0, 1), ...panel] : null;
    return all?.every((sp) => isPersonName(sp.name, false)) ? all : null;
  }
  const m = /^\s*(?:speakers?|presenters?|speaker\(s\)|presenter\(s\)|panel(?:ists)?|hosts?|authors?|who|presented by|(?:(?:talk|session|keynote|presentation|workshop)\s+)?by)\s*:\s*(.+?)\.?\s*$/i.exec(line);
  if (!m?.[1]) return null;
  // "Speaker: @ann_lee, Staff Engineer at Acme": the handle is the only name the label gives.
  const handled = /^@([\w.]+)(?:\s*,\s*(.{2,120}))?$/.exec(m[1].trim());
  if (handled?.[1]) {
    const read = handled[2] ? roleAndOrg(handled[2]) : null;
    const roleAt = handled[2] && !read ? splitRoleAt(handled[2]) : null;
    return [{ name: handled[1], role: read?.role ?? roleAt?.role ?? null, organization: read?.organization ?? (roleAt?.role ? roleAt.org : null) }];
  }
  // (A handle after a name and a web domain among the names are no people: "Ann Lee, Acme @ann", "acme.io, Ann Lee".)
  const list = m[1].replace(/\s+@[\w.]+(?=\s*(?:[,;&]|$))/g, '').replace(/(?:^|,\s*)[\w-]+\.(?:com|io|org|net|dev|ai|co)(?=\s*,|$)\s*,?\s*/gi, '').trim();
  if (!list) return null;
  // "Presenters: Ann Lee - Senior Staff Engineer, Acme": one speaker's card.
  const card = speakerCard(list);
  if (card) return [card];
  const many = peopleUnderPluralLabel(line, list);
  if (many) return many;
  // "Speaker: Ann Lee Company: Acme" (a notes template's fields on one line): the organization field.
  const field = /^(.+?)\s+(?:company|organi[sz]ation|affiliation|employer)\s*:\s*(.+)$/i.exec(list);
  // "Presenter: Ann Lee | Acme | Video": cells of one speaker's line (the links to the material dropped).
  if (/\s\|\s/.test(list)) {
    const cells = list.split(/\s+\|\s+/).filter((c) => !MEDIA_ONLY.test(c.trim()));
    return parseSpeakers(cells.length === 2 ? `${cells[0]} (${cells[1]})` : cells.join(', '));
  }
  if (field?.[1] && field[2]) return parseSpeakers(`${field[1]} (${field[2]})`);
  const pieces = list.split(/\s*(?:;|,(?![^()]*\))|\band\b|&)\s*/).filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => /\)$/.test(p))) {
    const speakers = pieces.map((p) => parseSpeakers(p));
    if (speakers.every((sp) => sp !== null)) return speakers.flatMap((sp) => sp ?? []);
  }
  // The label vouches for one name that parseSpeakers leaves to context: "Speaker: Max Olander" (a weak name),
  // "Speaker: Zorvana" (one name), "Speaker: Thursday Zorbel" (a name with a structural word).
  return labelledPeople(parseSpeakers(list) ?? loneWeakName(list) ?? labelledName(list));
}

/**
 * "Speakers: Carrie Zorb, Ann Lee, Bo Chen": a plural label says the comma parts are people, so a list of names (weak
 * ones too, none a name the lists know) is that many speakers rather than a name and its organization.
 */
function peopleUnderPluralLabel(line: string, list: string): SpeakerRecord[] | null {
  if (!/^\s*(?:speakers|presenters|speaker\(s\)|presenter\(s\)|panel(?:ists)?|hosts)\s*:/i.test(line) || /[();@|]/.test(list)) return null;
  const parts = list.split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/).filter(Boolean);
  // (A known given name and a family name of an everyday word is a name here: "Carrie Hall" is no venue in such a list.)
  const person = (p: string): boolean => isPersonName(p, true) || (isGivenName(p) && /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u.test(p));
  if (parts.length < 2 || !parts.every((p) => person(p) && resolveName(p) === null)) return null;
  return parts.map((name) => ({ name, role: null, organization: null }));
}

/** Only a list separator between two linked names: ", ", " and ", " & ", ", and ". */
const NAME_JOINER = /^\s*(?:,|and|&|,\s*and)\s*$/i;

/**
 * "[Ann Lee](https://twitter.com/ann), [Bo Chen](https://github.com/bo), Acme": a line that opens with people linked to
 * their profiles (the links vouch for names of less common words), then their organization after a comma, or nothing.
 */
export function profileByline(block: TextBlock): SpeakerRecord[] | null {
  const line = block.text.split('\n')[0] ?? '';
  const { names, end } = openingLinkedNames(line, block.links, (link, name) => isProfilePage(link.href) && isPersonName(name, true));
  const rest = /^\s*(?:,\s*([^,.:;!?()]{2,60}))?\s*$/.exec(line.slice(end));
  if (names.length === 0 || !rest) return null;
  const organization = rest[1]?.trim() || null;
  if (organization && (organization.split(/\s+/).length > 5 || /^\p{Ll}/u.test(organization))) return null;
  return names.map((name) => ({ name, role: null, organization }));
}

/**
 * The names of the links that open `text`, one after another with only list separators between them, while `accepts`
 * takes each (link, its text); and where the last of them ends.
 */
function openingLinkedNames(text: string, links: readonly LinkSpan[], accepts: (link: LinkSpan, name: string) => boolean): { names: string[]; end: number } {
  const names: string[] = [];
  let end = 0;
  for (const link of [...links].sort((a, b) => a.start - b.start)) {
    if (link.end > text.length) break;
    const gap = text.slice(end, link.start);
    if (names.length === 0 ? gap.trim() !== '' : !NAME_JOINER.test(gap)) break;
    const name = text.slice(link.start, link.end).replace(/\s+/g, ' ').trim();
    if (!accepts(link, name)) break;
    names.push(name);
    end = link.end;
  }
  return { names, end };
}

/**
 * "[Ann Lee](https://twitter.com/ann), [Bo Chen](...) and [Cara Diaz](...)" alone in a paragraph: linked people and
 * separators, nothing else (a profile link vouches for a name of less common words; any other link needs a clear one).
 */
export function linkedNamesOnly(block: TextBlock): SpeakerRecord[] | null {
  if (block.form !== 'paragraph' || block.links.length === 0 || block.links.length > MAX_LINKED_NAMES) return null;
  const { names, end } = openingLinkedNames(block.text, block.links, (link, name) => !namesAThing(name) && isPersonName(name, isProfilePage(link.href)));
  return names.length === block.links.length && block.text.slice(end).trim() === '' ? names.map((name) => ({ name, role: null, organization: null })) : null;
}
/** People one paragraph of linked names lists before the notes of their talk. */
const MAX_LINKED_NAMES = 6;

/** One to three capitalised words, not all everyday ones, that name nothing the gazetteer knows. */
function labelledName(text: string): SpeakerRecord[] | null {
  const name = text.replace(/[*_]/g, '').trim();
  if (!/^\p{Lu}\p{Ll}{2,}(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}$/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.every((w) => isEverydayWord(w.toLowerCase())) || words.some((w) => namesAThing(w))) return null;
  return [{ name, role: null, organization: null }];
}

/** A name of an organization, not the rest of a clause: capitalised, up to six words, lowercase only for joining words. */
function orgShaped(org: string): boolean {
  const words = org.split(/[\s,]+/).filter(Boolean);
  return /^[\p{Lu}\d]/u.test(org) && words.length <= 6 && words.every((w) => /^[\p{Lu}\d&(]/u.test(w) || ORG_JOINERS.has(w) || /^\.\w+$/.test(w));
}

/** "By Kelsey Hightower & Jesse Suen": everything after "by" up to the sentence end, when it is only clear names. */
function byLine(line: string): SpeakerRecord[] | null {
  // (An initial's period ends no sentence: "By Ann B. Lee.")
  const m = /(?:^|\s)[Bb]y\s+(.+?)(?:(?<!(?:^|\s)\p{Lu})[.!?;:](?:\s|$)|$)/u.exec(line);
  const speakers = m?.[1] && !madeBy(line, m.index) ? parseSpeakers(m[1]) : null;
  // An organization is a name ("from Acme"), not the rest of a clause ("..., drives home ... at most organizations").
  return speakers?.every((sp) => isPersonName(sp.name, false) && (sp.organization === null || orgShaped(sp.organization))) ? speakers : null;
}

/**
 * A line that is only the speakers' names, as notes put it under a title heading: "Liz Rice - @lizrice",
 * "Laura Frank @rhein_wine", "Ann Lee http://ann.example", "A, B, C": handles and links dropped, every name clear
 * (a name of common words only beside a clear one).
 */
/**
 * A schedule's time and length before the names ("1:35 am → 30 min, Ann Lee"), and tags after a semicolon
 * ("Ann Lee; Nomad Vault"): the line's own names are in between.
 */
const SLOT_PREFIX = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:→|->|–|—|-|to)\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,3}\s*(?:min|mins|minutes|h|hrs?|hours?)\b\.?)\s*)?[,|]?\s*/i;

/** A line's last period that is an organization's abbreviation ("Ann Lee, Acme Inc."), not a sentence's end. */
const ORG_ABBREVIATION_END = /\s(?:Inc|Ltd|Corp|Co|LLC|GmbH|AG|Pty|S\.A|B\.V|N\.V)\.$/;

/** The line ends as a sentence does (a names line never does, but for "Acme Inc."). */
function endsSentence(line: string): boolean {
  const text = line.trim();
  return /[.!?]$/.test(text) && !ORG_ABBREVIATION_END.test(text);
}

/** Everyday lowercase words only ("gave a talk on", "presented"): a sentence's words, no company's name ("npm" is none). */
function clauseWords(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.every((w) => /^\p{Ll}+$/u.test(w) && isEverydayWord(w));
}

/** A Japanese honorific right after a name, before its organization or the line's end ("Ann Leeさん", "Ann Lee氏 (Acme)"). */
const HONORIFIC = /(?<=\p{L})(?:さん|氏|様|さま)\s*(?=[(（,、]|$)/u;
const HONORIFICS = new RegExp(HONORIFIC.source, 'gu');

/** Words of a line of names, besides its parentheses: a few names, or a name or so for each "(Org)" of a long author list. */
const MAX_NAME_LINE_WORDS = 14;
const MAX_AUTHOR_LIST_WORDS = 40;

/**
 * Too many words for a line of names: more than a few, unless the line lists people each with their organization in
 * parentheses ("Ann Lee (Acme); Bo Chen (Zorb U.); ...", as papers list their authors), three words a person at most.
 */
function tooManyWordsForNames(line: string): boolean {
  const words = line.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const people = (line.match(/\([^()]*\)/g) ?? []).length;
  return words > Math.min(MAX_AUTHOR_LIST_WORDS, Math.max(MAX_NAME_LINE_WORDS, 3 * people));
}

export function namesOnlyLine(line: string): SpeakerRecord[] | null {
  const slot = SLOT_PREFIX.exec(line);
  const slotted = slot ? line.slice(slot[0].length).split(';')[0] ?? '' : line;
  // ("(Ann Lee, Acme)" under a title: the line set in parentheses is the names.)
  const own = /^\s*\(([^()]+)\)\s*$/.exec(slotted)?.[1] ?? slotted;
  const honoured = HONORIFIC.test(own);
  const cleaned = employerHandles(own)
    // A Japanese honorific after a name ("Ann Leeさん", "Ann Lee氏 (Acme)") is no part of it; nor are full-width brackets.
    .replace(HONORIFICS, ' ')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    // An e-mail address beside a name ("Ann Lee ann@acme.org - Acme") is a contact, not a word of the line.
    .replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, ' ')
    // Emoji shortcodes (":video_camera:" as a link to the recording) are not words.
    .replace(/:[a-z0-9_+-]{2,40}:/g, ' ')
    .replace(/\(?@[\w.]+\)?/g, ' ')
    // ("Ann Lee - @ann - Acme": the handle's field, emptied, leaves one separator between the name and the employer.)
    .replace(/([-–—|])(?:\s+[-–—|])+(?=\s)/g, '$1')
    .replace(/\s+[-–—|]\s*(?=,|$)/g, ' ')
    // A year after the names ("Ann Lee, 2019") says when the talk was given, as a video list dates older talks.
    .replace(/[,\s]\s*\(?(?:19|20)\d\d\)?\s*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:-]+$/, '')
    .trim();
  if (!cleaned || tooManyWordsForNames(cleaned) || endsSentence(line) || /^(?:by|with|from|presented|speakers?|presenters?|hosts?)\b/i.test(cleaned)) return null;
  const dashed = nameThenOrgCells(cleaned);
  if (dashed) return dashed;
  // ("Liz Rice Isovalent": parseSpeakers reads a clear name followed by a known organization.)
  // ("Ann Lee, a researcher from Acme, gave a talk on": a clause of lowercase words after the names is the sentence
  // going on, no organization.)
  const lastComma = cleaned.lastIndexOf(',');
  const names = lastComma > 0 && clauseWords(cleaned.slice(lastComma + 1)) ? cleaned.slice(0, lastComma) : cleaned;
  const speakers = parseSpeakers(names);
  // ("kunitさん (Acme)": the honorific vouches for one name or handle of any shape.)
  const lone = honoured ? /^([\p{L}\d_.-]+)(?:\s*\(([^()]{1,40})\))?$/u.exec(cleaned) : null;
  if (!speakers && lone?.[1]) return [{ name: lone[1], role: null, organization: lone[2]?.trim() ?? null }];
  if (!speakers) return null;
  const strong = speakers.filter((sp) => isPersonName(sp.name, false)).length;
  // "Opal Zorbel (Acme Insurance)": names of less common words, each with its organization in parentheses, make up the
  // line as a byline does.
  const bylined = /\)$/.test(cleaned) && speakers.every((sp) => sp.organization !== null && isPersonName(sp.name, true));
  // "Catalin Zorbel, Staff Support Engineer, Acme": so do such names each with a role ending in a role's head word
  // ("Engineer", "Architect") and an organization.
  const roled = speakers.every((sp) => sp.organization !== null && sp.role !== null && ROLE_HEADS.has(wordsOf(sp.role).pop() ?? '') && isPersonName(sp.name, true));
  return strong > 0 || bylined || roled ? speakers : null;
}

/**
 * "Ann Lee — Acme Corp", "Ann Lee | Staff Engineer, Acme": a clear name, one separator, then a short capitalised
 * role or organization (a title after the name, "Ann Lee - Containers from scratch", has lowercase words).
 */
function nameThenOrgCells(line: string): SpeakerRecord[] | null {
  const m = /^([^–—|]+?)\s+(?:-|–|—|\|)\s+([^–—|]+)$/.exec(line);
  const names = m?.[1] ? parseSpeakers(m[1]) : null;
  if (!m?.[2] || !names?.every((sp) => sp.organization === null && isPersonName(sp.name, false))) return null;
  if (!orgShaped(m[2])) return null;
  // "Ann Lee & Bo Chen - Acme": one organization for every name before it.
  const speakers = parseSpeakers(`${m[1]}, ${m[2]}`);
  return speakers?.length === names.length ? speakers : null;
}

/**
 * "Mats Zorbel, Acme": a line of names with their organization, where a name of less common words counts as well, for
 * a post whose other talks open with such lines (the habit vouches for the name, see 02-talks.ts). A name of everyday
 * words only is none ("Lessons Learned, Acme").
 */
export function weakByline(line: string): SpeakerRecord[] | null {
  const text = line.trim();
  if (text.split(/\s+/).length > 12 || endsSentence(text)) return null;
  const speakers = parseSpeakers(text);
  return speakers?.length && speakers.every((sp) => sp.organization !== null && sp.role === null && orgShaped(sp.organization) && isPersonName(sp.name, true) && !everydayPhrase(sp.name)) ? speakers : null;
}

/**
 * "by Ann Lee", "By Ann Lee & Bo Chen (Acme)", "with [Ann Lee](profile) and Bo Chen" as a line of its own under a
 * title: a byline.
 */
function byOnlyLine(line: string): SpeakerRecord[] | null {
  // ("By Ann Lee and Bo Chen." ends as a sentence does: one period after the names closes the line.)
  const m = /^\s*(?:by|with)\s+(.+?)\.?\s*$/i.exec(line.replace(/(?:https?:\/\/|www\.)\S+/g, ' ').replace(/\(?@[\w.]+\)?/g, ' '));
  if (!m?.[1] || /[.!?]$/.test(m[1])) return null;
  const speakers = parseSpeakers(m[1]);
  return speakers?.every((sp) => isPersonName(sp.name, false)) ? speakers : null;
}

/** Words of making or keeping a thing before a clause's "by": the names after it are its makers'. */
const MADE_BEFORE = /\b(?:maintained|developed|created|written|built|designed|invented|based on|made|founded|authored|published|owned|sponsored|funded|acquired|powered|inspired)\b/i;

/** The clause before `at` says who made or keeps a thing ("It is based on QuuxDB, by ..."). */
function madeBy(line: string, at: number): boolean {
  return MADE_BEFORE.test(line.slice(0, at).split(/[.!?;]\s/).pop() ?? '');
}

/**
 * The speakers a prose line names: "by Ann Lee (Acme)" (`by` chooses how strict), an appositive, a subject (one, or
 * two joined by "and": "Ann Lee of Acme and Bo Chen from Initech discussed ...").
 */
function proseSpeakers(line: string, by: ByPattern): SpeakerRecord[] {
  const m = by.cues.some((cue) => line.includes(cue)) ? by.pattern.exec(line) : null;
  // ("RocksDB ... is based on LevelDB, by Ann Lee and Bo Chen at Acme", "maintained by Ann Lee": who made a thing, not
  // who gave the talk.)
  const found = m && !madeBy(line, m.index) ? speaker(m[1], m[2], m[3]) : null;
  if (found && m) {
    // "... by Ann Lee (b|t) and Bo Chen": a second clear name joined to the first, past links in parentheses.
    const and = AND_NAME.exec(line.slice(m.index + m[0].length));
    const second = and ? speaker(and[1], and[2], and[3]) : null;
    return second ? [found, second] : [found];
  }
  // (An appositive is set off by commas: a line without one holds none.)
  const app = line.includes(',') ? APPOSITIVE.exec(line) : null;
  // ("the release manager for oVirt": a role for a project, no employer.)
  const appSpeaker = app ? speaker(app[1], app[3] === 'for' ? undefined : app[4], undefined) : null;
  if (appSpeaker) return [{ ...appSpeaker, role: app?.[2]?.trim() ?? null }];
  const subject = SUBJECT.exec(line);
  if (!subject) return [];
  // "Ann Lee and Bo Chen from Acme": an organization after the second name only is both names'.
  const shared = subject[5] && !subject[2] && !subject[3] && !subject[4] ? [subject[6], subject[7]] : [undefined, undefined];
  // Of two joined names one may be weak ("Major Hayden of Rackspace and Robyn Bergeron ..."), beside a clear one.
  const pair = !!subject[5];
  // ("Ann Lee (@ann) gave ...": a handle beside it vouches for a name of everyday words.)
  const first = speaker(subject[1], subject[2] ?? shared[0], subject[3] ?? shared[1], pair || /^[^(]*\(@/.test(subject[0].slice(subject[0].indexOf(subject[1] ?? ''))));
  const second = pair ? speaker(subject[5], subject[4] ?? subject[6], subject[7], true) : null;
  if (pair && (!first || !second || !(isPersonName(first.name, false) || isPersonName(second.name, false)))) return [];
  return [first, second].filter((sp): sp is SpeakerRecord => sp !== null);
}

/**
 * The people a talk's notes narrate, sentence by sentence: "A look at legacy code. Ann Lee walks through ...". The
 * first sentence that names a speaker (as its subject, by "by", or in apposition) decides.
 */
export function narratedSpeakers(text: string): SpeakerRecord[] {
  // (The notes after a title may open with the dash or colon that parts them from it: "[Title](video) - Ann Lee talks ...".)
  for (const sentence of text.replace(/^\s*[-–—:]\s+/, '').split(/(?<=[.!?])\s+|\n/)) {
    const found = proseSpeakers(sentence, BY);
    if (found.length) return found;
  }
  return [];
}

// "to watch my teammate Ann Lee give a talk on [Title] with her peer Bo Chen", "to see Ann Lee co-present with Bo Chen on
// [Title]": the author watched someone give the talk, perhaps with a co-speaker.
const WATCHED_GIVING = new RegExp(String.raw`\b(?:watch|watched|see|saw|hear|heard)\s+(?:(?:my|our)\s+(?:\p{Ll}+\s+){0,2})?(${NAME})${ORG_TAIL}\s+(?:give|deliver|present|co-present)\b([^.!?]{0,200})`, 'u');
const WITH_CO_SPEAKER = new RegExp(String.raw`\bwith\s+(?:(?:my|our|his|her|their)\s+(?:\p{Ll}+\s+){0,2})?(${NAME})${ORG_TAIL}`, 'u');

/** The people a sentence says the author watched give a talk (WATCHED_GIVING): clear names only. */
export function watchedGiving(sentence: string): SpeakerRecord[] {
  const m = WATCHED_GIVING.exec(sentence);
  const first = m ? speaker(m[1], m[2], m[3]) : null;
  if (!first) return [];
  const co = WITH_CO_SPEAKER.exec(m?.[4] ?? '');
  const second = co ? speaker(co[1], co[2], co[3]) : null;
  return second ? [first, second] : [first];
}

/** "..., so Damian Conway spoke on [Title](url)": a clear name that spoke or presented on the linked title, mid-sentence. */
export function spokeOnSpeaker(sentence: string): SpeakerRecord | null {
  const spoke = SPOKE_ON.exec(sentence);
  return spoke ? speaker(spoke[1], spoke[2], spoke[3]) : null;
}

// "I spoke with Charles from Buoyant": someone the author talked to about the topic, with their organization; a
// first name is enough beside the organization.
const SPOKE_WITH = new RegExp(String.raw`\b(?:spoke|talked|chatted)\s+(?:with|to)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:from|of|at)\s+(${ORG})`, 'u');

function spokeWith(line: string): SpeakerRecord | null {
  const m = SPOKE_WITH.exec(line);
  const name = m?.[1]?.trim();
  if (!name || !m?.[2] || !(isPersonName(name, false) || (!name.includes(' ') && isGivenName(name)))) return null;
  return { name, role: null, organization: m[2].trim() };
}

// ("Ann Lee (@ann): Did you know ...", "Ann Lee (@ann) discussed ...": the notes open with the speaker and a handle.)
const HANDLED_OPENING = new RegExp(String.raw`^\s*(${NAME})\s*\(@[\w.]+\)\s*(?:[:–—-]\s|\p{Ll})`, 'u');

/** A line of a talk's fields that names no one ("Rating: ★★★★", "Room: K4", "Time: 10:30"): the text opens after it. */
// (And a line that only links the talk's material, "[YouTube link](...)", or says who recommended it.)
const FIELD_LINE = new RegExp(String.raw`^\s*(?:(?:rating|score|stars|room|track|time|date|when|where|location|level|difficulty|duration|tags?|recommended by|suggested by)\s*:|(?:${MEDIA_LINK_WORDS}|youtube|vimeo|video|recording|slides?)\s*$)`, 'i');

/** The talk's slot and room on a line of their own: "10:00 am - 10:20 am Grand Ballroom B". */
const SLOT_LINE = new RegExp(String.raw`^\s*${CLOCK_RANGE}(?:\s*[,|-]?\s*[\p{L}\d /&-]{0,40})?$`, 'iu');

/** How much of one line the opening readers look at. */
const OPENING_LINE_CHARS = 2000;

/** The first lines of a section's text, past blank lines and lines of the talk's fields. */
export function openingLines(text: string, count: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n', 40)) {
    if (!line.trim() || (out.length === 0 && (FIELD_LINE.test(line) || SLOT_LINE.test(line)))) continue;
    // (A talk names its speakers early: a paragraph of thousands of sentences is read from its opening only, so the
    // sentence patterns stay linear in a post of thousands of talks.)
    // (An aside that links the speaker's own pages says nothing of who spoke: "Ann Lee (blog/twitter) gave ...".)
    const opening = line.length > OPENING_LINE_CHARS ? line.slice(0, OPENING_LINE_CHARS) : line;
    out.push(withoutProfileAsides(opening));
    if (out.length >= count) break;
  }
  return out;
}

const TALK_WORD = String.raw`(?:talk|keynote|session|presentation|workshop|demo|experience\s+report)`;
/**
 * Sentences of a title-only heading's body that say who gave the talk:
 * - a clear name gives, opens or closes with a talk, in one clause ("Ann Lee delivered a very hands-on talk", "Ann
 *   Lee finished up the day with a talk about ...", "Ann Lee Provided the third talk");
 * - a talk from or by a name after a word or two ("Great talk from Ann Lee, about ..."; "A rad talk by Ann Lee about
 *   ...: [Title](url)" is some other talk, read where it is linked);
 * - the presenter or speaker named ("According to the presenter Ann Lee, ...").
 * Each pattern comes with a cue, words one of which every match of it holds: a line without the cue is not searched
 * (each pattern is tried at every sentence start of a long line, and most lines give no talk).
 */
const GIVES_TALK: ReadonlyArray<{ cue: RegExp; pattern: RegExp }> = [
  { cue: /gave|provided|delivered|presented|held|did|finished|started|opened|closed|kicked|wrapped|ended|began/i, pattern: new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)(${NAME})${ORG_TAIL}\s+(?:${eitherCase(['gave', 'provided', 'delivered', 'presented', 'held', 'did', 'finished', 'started', 'opened', 'closed', 'kicked', 'wrapped', 'ended', 'began'])})\b[^.!?;]{0,50}?\b${TALK_WORD}\b`, 'u') },
  { cue: /from|by/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?![Aa]n?\s)(?:\p{L}+\s+){0,3}${TALK_WORD}\s+(?:from|by)\s+(${NAME})${ORG_TAIL}`, 'u') },
  { cue: /presenter|speaker/, pattern: new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur)\s+(?:presenter|speaker)s?\s*,?\s+(${NAME})${ORG_TAIL}`, 'u') },
  // "This was a very interesting talk from Ann Lee", "It was the keynote by Ann Lee".
  { cue: /\swas\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:[Tt]his|[Ii]t)\s+was\s+(?:an?|the|my)\s+(?:\p{L}+\s+){0,3}${TALK_WORD}\s+(?:from|by)\s+(${NAME})${ORG_TAIL}`, 'u') },
  // "The final keynote of the day came from Ann Lee", "The opening talk was from Ann Lee, Principal Developer at Acme".
  { cue: /\sfrom\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:\p{Ll}+\s+){0,3}${TALK_WORD}(?:\s+of\s+the\s+(?:day|morning|afternoon|evening|conference))?\s+(?:came|was)\s+from\s+(${NAME})${ORG_TAIL}`, 'u') },
  // "Next up was Ann Lee with his talk about ...", "Next on the schedule was Ann Lee from Acme talking about ...": a
  // sentence of the programme's order names who came on, and the talk or the talking.
  { cue: /\s(?:was|came)\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:[Nn]ext|[Tt]hen|[Ff]irst|[Aa]fter\s+\p{Ll}+)(?:\s+\p{Ll}+){0,4}\s+(?:was|came)\s+(${NAME})${ORG_TAIL},?\s+(?:with\s+(?:his|her|their|an?)\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}|talking|speaking|presenting)\b`, 'u') },
  // "I also saw a talk about caches by Ann Lee": the author saw the talk, and says whose.
  { cue: /\sby\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:I|We)\s+(?:\p{Ll}+\s+){0,2}(?:saw|attended|watched|caught|heard)\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}(?:\s+(?:about|on)(?:\s+[\p{L}\d+#.-]+){1,4}?)?\s+by\s+(${NAME})${ORG_TAIL}`, 'u') },
  // "In this talk, Ann Lee introduced ...", "In the conference keynote, Ann Lee shared ...": the talk, then who did what.
  { cue: /(?:In|During|For)\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:In|During|For)\s+(?:this|the|that|his|her|their)\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}\s*,?\s+(${NAME})${ORG_TAIL}\s+\p{Ll}`, 'u') },
  // "I really enjoyed this experience report by Ann Lee": this one, the heading's ("a talk by" may be any other).
  { cue: /enjoyed|liked|loved/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:I|We)\s+(?:\p{Ll}+\s+){0,2}(?:enjoyed|liked|loved)\s+this\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}\s+(?:from|by)\s+(${NAME})${ORG_TAIL}`, 'u') },
  // "I was excited to hear Ann Lee give the closing keynote", "So when Ann Lee hit the stage": who was heard giving
  // the talk, or came on stage.
  { cue: /give|deliver|present/, pattern: new RegExp(String.raw`\b(?:hear|see|watch|heard|saw|watched)\s+(${NAME})${ORG_TAIL}\s+(?:give|deliver|present)\s+(?:an?|the|his|her|their)\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}\b`, 'u') },
  { cue: /stage/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(?:\p{L}+\s+){0,2}(?:when|as)\s+(${NAME})${ORG_TAIL}\s+(?:hit|took)\s+the\s+stage\b`, 'u') },
  // "Ann Lee is a very talented speaker and ...": the notes say who spoke.
  { cue: /\sis\s/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME})${ORG_TAIL}\s+is\s+an?\s+(?:\p{Ll}+\s+){0,2}(?:speaker|presenter)\b`, 'u') },
  // "Ann Lee @ann, one of the core maintainers, gave an interesting talk": a handle and a remark set off by commas
  // between the name and the giving.
  { cue: /gave|delivered|presented|held/, pattern: new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME})(?:\s+\(?@[\w.]{2,30}\)?)?,\s+[^,.!?;]{3,60},\s+(?:gave|delivered|presented|held)\b[^.!?;]{0,50}?\b${TALK_WORD}\b`, 'u') },
  // "... the keynote included a talk from Ann Lee, the person who ...": a talk that something included or featured.
  { cue: /included|featured|had/, pattern: new RegExp(String.raw`\b(?:included|featured|had)\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}${TALK_WORD}\s+from\s+(${NAME})${ORG_TAIL}`, 'u') },
];

/** A word every GIVES_TALK pattern needs (as each writes it): a line without one is read by none of them. */
const GIVES_TALK_WORD = /talk|keynote|session|presentation|workshop|demo|report|presenter|speaker|stage/;

function givesTalk(line: string): SpeakerRecord | null {
  // (The patterns are many and each is tried at every sentence start of a long line: most lines name no talk.)
  if (!GIVES_TALK_WORD.test(line)) return null;
  for (const { cue, pattern } of GIVES_TALK) {
    const m = cue.test(line) ? pattern.exec(line) : null;
    // Giving a talk is context enough for a name of less common words ("Baron Schwartz delivered a talk").
    const found = m ? speaker(m[1], m[2], m[3], true) : null;
    if (found) return found;
  }
  return null;
}

/**
 * "Ann Lee, a Senior Engineer at Acme, maintains ...": notes that introduce someone by role and employer, set off by
 * commas, whatever they go on to say. Under a title-only heading among talks it introduces the speaker.
 */
const INTRODUCED = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME}),\s+(?:an?\s+|the\s+)?((?:[\p{L}-]+\s+){0,4}?(?:${eitherCase([...ROLE_HEADS])}|${[...ROLE_HEADS].filter((w) => w.length <= 4).map((w) => w.toUpperCase()).join('|')}))\s+(?:at|of|@|from|for)\s+(${ORG}),\s+\p{Ll}`, 'u');

/**
 * "Ann Lee, Senior Director of Product (Acme) was ...", "Ann Lee, Co-founder, CTO (Acme, Inc) had ...": a profile's
 * way of introducing someone, the role set off by a comma and the employer in brackets, then the notes go on.
 */
const INTRODUCED_BRACKETED = new RegExp(String.raw`^(${NAME}),\s+([\p{L}][\p{L}\s&/-]{1,50}?(?:,\s*[\p{L}][\p{L}\s&/-]{1,30}?)?)\s*\(([^()\n]{2,60})\),?\s+\p{Ll}`, 'u');

/** A role of a few words with a role word in it ("Senior Engineering Manager", "Cofounder, co-CTO"). */
function rolePhraseOf(text: string): boolean {
  const words = wordsOf(text).map((w) => w.replace(/^co-/, ''));
  return words.length > 0 && words.length <= 8 && words.some((w) => ROLE_HEADS.has(w));
}

/** The person the opening lines introduce by role and employer (INTRODUCED, INTRODUCED_BRACKETED), with both. */
export function introducedSpeaker(text: string): SpeakerRecord | null {
  for (const line of openingLines(text, 2)) {
    // (Both introductions set the role off by a comma: a line without one is searched by neither.)
    if (!line.includes(',')) continue;
    const m = INTRODUCED.exec(line);
    const found = m ? speaker(m[1], m[3], undefined) : null;
    if (found && m?.[2]) return { ...found, role: m[2].trim() };
    const b = INTRODUCED_BRACKETED.exec(line);
    const bracketed = b?.[2] && rolePhraseOf(b[2]) ? speaker(b[1], b[3], undefined) : null;
    if (bracketed && b?.[2]) return { ...bracketed, role: b[2].trim() };
  }
  return null;
}

/** Speakers a title-only heading's body names as having given the talk (the first two lines; "given by", not any "by"). */
// (Asked of the same notes by the session evidence and by the talk reader: read once per text.)
export const bodySpeakers: (text: string) => SpeakerRecord[] = memoByText(readBodySpeakers, (people) => people.map((sp) => ({ ...sp })));

function readBodySpeakers(text: string): SpeakerRecord[] {
  for (const line of openingLines(text, 2)) {
    const found = proseSpeakers(line, GIVEN_BY);
    if (found.length) return found;
    const giver = givesTalk(line);
    if (giver) return [giver];
    // "Ann Lee (@ann): Did you know ...": the line opens with the speaker and a handle.
    const handled = HANDLED_OPENING.exec(line);
    const named = handled ? speaker(handled[1], undefined, undefined, true) : null;
    if (named) return [named];
    const spoke = spokeWith(line);
    if (spoke) return [spoke];
  }
  return [];
}

// "Victor Rentea does some fine talk ...", "Brian Goetz, Stuart Marks, and Ron Pressler answered questions": the
// opening sentence starts with clear names and a verb.
const OPENING_NAMES = new RegExp(String.raw`^\s*(${NAME}(?:\s*,\s*${NAME})*(?:,?\s+(?:and|&)\s+${NAME})?)\s+\p{Ll}`, 'u');

// "Megan Zorbel (AWS) and Ivo Brevik (Acme) went through ...", "Ann Lee, of Acme, is ...", "Colin (Acme) goes through
// ...": each opening name with its organization in parentheses or after "from"/"of"/"at" (a given name alone counts
// with its organization beside it).
const OPENING_NAME_ORG = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|le|la)?\s*\p{Lu}[\p{L}'’-]+){0,2})(?:\s*\((${ORG})\)|,?\s+(?:from|of|at)\s+(${ORG})(?=[,\s]|$))?`;
const OPENING_NAME_ORG_ONE = new RegExp(String.raw`^${OPENING_NAME_ORG}`, 'u');
const OPENING_NAMES_ORGS = new RegExp(String.raw`^\s*(${OPENING_NAME_ORG}(?:(?:\s*,\s*|,?\s+(?:and|&)\s+)${OPENING_NAME_ORG})*),?\s+\p{Ll}`, 'u');

/** The opening names with organizations beside them (every name clear, or a known given name with its organization). */
function openingNamesWithOrgs(line: string): SpeakerRecord[] {
  const group = OPENING_NAMES_ORGS.exec(line)?.[1];
  if (!group) return [];
  const out: SpeakerRecord[] = [];
  for (let rest = group; rest; ) {
    const m = OPENING_NAME_ORG_ONE.exec(rest);
    if (!m?.[1]) return [];
    const name = m[1];
    const organization = m[2] ?? m[3] ?? null;
    const clear = name.includes(' ') ? isPersonName(name, false) : organization !== null && isGivenName(name);
    if (!clear || namesAThing(name) || (organization !== null && namesAProject(organization))) return [];
    out.push({ name, role: null, organization });
    rest = rest.slice(m[0].length).replace(/^(?:\s*,\s*|,?\s+(?:and|&)\s+)/, '');
  }
  return out.some((sp) => sp.organization !== null) ? out : [];
}

const OPENS_ON_STAGE = new RegExp(String.raw`^\s*(${NAME})\s+(?:(?:also|then|first)\s+)?(?:${[...PRESENT_VERBS, ...STAGE_VERBS].join('|')})\b`, 'u');

/**
 * A title-only heading's notes that open with a clear full name doing something on stage ("Ann Lee described ten
 * diseases of ...", "**Ann Lee** defined Zorbless as:"): the talk's speaker.
 */
export function onStageSpeaker(text: string): SpeakerRecord[] {
  const [line] = openingLines(text, 1);
  const name = line ? OPENS_ON_STAGE.exec(line.replace(/[*_]/g, ''))?.[1] : undefined;
  return name && isPersonName(name, false) && !namesAThing(name) ? [{ name, role: null, organization: null }] : [];
}

const ON_STAGE_WORDS = [...PRESENT_VERBS, ...STAGE_VERBS, 'took the stage', 'takes the stage', 'was on stage'].join('|');

/**
 * A heading that is a person's name, over notes that put that person on stage in their first lines, by full name or
 * surname ("### Ann Lee" over "The next morning Ann Lee took the stage ...", "On Tuesday Lee spoke ..."): the session
 * goes by its speaker's name.
 */
export function namedOnStage(name: string, text: string): boolean {
  const words = name.trim().split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const who = new RegExp(String.raw`(?:^|[^\p{L}])(?:${quote(name.trim())}|${quote(surname)})\s+(?:(?:also|then|first)\s+)?(?:${ON_STAGE_WORDS})(?![\p{L}])`, 'u');
  return who.test(openingLines(text, 2).join(' '));
}

/**
 * The speakers of a section already known to be a talk, when its first lines open with clear names (weaker than
 * bodySpeakers: never used to decide that a section is a talk).
 */
export function openingNames(text: string): SpeakerRecord[] {
  for (const line of openingLines(text, 2)) {
    // ("Ann Lee’s experience scaling Zorb ...": the possessive is hers, not part of her name.)
    const names = OPENING_NAMES.exec(line)?.[1]?.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean).map((n) => n.replace(/['’]s$/, '')) ?? [];
    if (names.length && names.every((n) => isPersonName(n, false) && !namesAThing(n))) return names.map((name) => ({ name, role: null, organization: null }));
    const withOrgs = openingNamesWithOrgs(line);
    if (withOrgs.length) return withOrgs;
  }
  return [];
}

/** The author's own talk: "This was my talk", "I gave a talk on ...", "I presented ...", in the first two lines. */
export function ownTalk(text: string): boolean {
  return /\b(?:my (?:own )?(?:talk|session|keynote|presentation|workshop)|I (?:gave|presented|delivered|did) (?:a|my|the|this) (?:talk|session|keynote|presentation|workshop))\b/i.test(openingLines(text, 2).join(' '));
}

export function speakersInText(text: string): SpeakerRecord[] {
  const labelled = labelledSpeakerList(text.split('\n', 10));
  if (labelled) return labelled;
  const lines = openingLines(text, 4);
  const first = lines[0] ? namesOnlyLine(lines[0]) : null;
  if (first) return [...first, ...nameLinesAfter(text.split('\n', 40), lines[0] ?? '')];
  for (const line of lines) {
    const listed = listedSpeakers(line) ?? byLine(line);
    if (listed) return listed;
    const found = proseSpeakers(line, BY);
    if (found.length) return found;
  }
  // Weakest: "Ann Lee's talk" (only here, where the text is already known to be a talk's, never to make one).
  for (const line of lines) {
    const possessive = POSSESSIVE.exec(line);
    const owner = possessive ? speaker(possessive[1], undefined, undefined) : null;
    if (owner) return [owner];
  }
  return [];
}

// A run of capitalised words (particles and initials inside), where a name may stand.
export const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:van|von|de|der|da|di|le|la|del)\s+)?\p{Lu}[\p{L}'’-]*\.?)+/gu;
const ORG_AFTER = new RegExp(String.raw`^\s*(?:\((${ORG})\)|,?\s+(?:from|of|at)\s+(${ORG}))`, 'u');

/** The organization right after a name: "(Acme)", "from Acme", "of Aalto University"; or null. */
export function organizationAfter(text: string): string | null {
  const org = ORG_AFTER.exec(text);
  return (org?.[1] ?? org?.[2] ?? '').trim() || null;
}

/**
 * The name a capitalised run holds: the whole run, or the run without a sentence word before it ("Then Ann Lee"); a
 * possessive is no part of it ("Ann Lee's"). `given`: it opens with a first name the lexicon knows.
 */
/** Offsets of a piece of a sentence. */
export interface Range {
  start: number;
  end: number;
}

function nameInRun(run: string, at: number, handled = false): (Range & { name: string; given: boolean }) | null {
  // (A sentence's full stop after the last word is none of the name's: "... was Ann Lee."; an initial's is: "Ann L.")
  const owner = run.replace(/['’]s?$/, '').replace(/(\p{L}{2})\.$/u, '$1');
  const words = owner.split(/\s+/);
  // ("Acme's Ann Lee": the organization's possessive opens the run, not the name.)
  for (let skip = /['’]s$/.test(words[0] ?? '') ? 1 : 0; skip <= Math.min(1, words.length - 2); skip++) {
    const name = words.slice(skip).join(' ');
    // A handle right after the run vouches for a name of everyday words ("April Stone (@astone)").
    if (isPersonName(name, handled)) return { name, given: handled || isGivenName(name), start: at + owner.length - name.length, end: at + run.length };
  }
  return null;
}


/** A clear name, or a name of everyday words the text follows with a handle ("April Stone (@astone)"). */
export function clearOrHandled(text: string, name: string): boolean {
  if (isPersonName(name, false)) return true;
  const at = text.indexOf(name);
  if (at < 0 || !HANDLE_NEXT.test(text.slice(at + name.length))) return false;
  // (A display name of a program's list, right before its handle and after a separator, may be any words: "Title /
  // memory @m3m0r7", "Title / ann lee @annl".)
  const displayName = /^\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,2}$/u.test(name) && /[/|–—-]\s+$/.test(text.slice(Math.max(0, at - 3), at)) && resolveName(name) === null;
  return isPersonName(name, true) || displayName;
}

/**
 * The speakers of a sentence that speaks of one talk, when its names stand together as one group ("Next up was Ann
 * Lee from Acme with a talk titled ...", "Ann Lee and Bo Chen from Acme presented ..."). The weakest reading: only for
 * a title the sentence already sets apart, and only when no other reader names its speakers. Capitalised words of a
 * title ("Container Images") have a name's shape too, so the group needs a first name the lexicon knows (`anyName`:
 * any clear name, where the text itself says a title follows: "It was titled ...").
 */
export function soleNamedSpeakers(sentence: string, title: Range, others: readonly Range[], anyName = false): SpeakerRecord[] | null {
  const titleText = sentence.slice(title.start, title.end);
  // A title opens with a capital or a digit; lowercase link text describes ("the roadmap session"), and a name is a
  // speaker, not a title.
  if (!/^[\p{Lu}\d"“]/u.test(titleText) || isPersonName(titleText, true)) return null;
  const outside = (n: Range): boolean => [title, ...others].every((r) => n.end <= r.start || n.start >= r.end);
  // A possessive owns something else than the talk ("Ann Lee's articles"), unless a talk word follows ("Ann Lee's talk").
  // (Or the title itself follows: "Dave Thomas' (pragdave) "Agile is Dead" talk".)
  const ownsOther = (m: RegExpMatchArray): boolean => {
    const end = (m.index ?? 0) + m[0].length;
    if (!/['’]s?$/.test(m[0]) || (title.start >= end && title.start - end <= 20)) return false;
    return !/^\s+(?:[\p{Ll}-]+\s+){0,4}(?:talk|keynote|session|presentation|workshop)\b/iu.test(sentence.slice(end, end + 60));
  };
  // (A title's own words are no part of a name beside it: "Ann Lee [Plonk Chains](url)" is a name, then a title.)
  // (One pass over the ranges in text order: a sentence of thousands of titles stays linear.)
  const pieces: string[] = [];
  let at = 0;
  for (const r of [title, ...others].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    pieces.push(sentence.slice(at, r.start), '|'.repeat(Math.max(0, r.end - r.start)));
    at = Math.max(at, r.end);
  }
  pieces.push(sentence.slice(at));
  const bounded = pieces.join('');
  const runs = [...bounded.matchAll(CAPITALISED_RUN)].filter((m) => !ownsOther(m)).map((m) => nameInRun(m[0], m.index ?? 0, HANDLE_NEXT.test(sentence.slice((m.index ?? 0) + m[0].length)))).filter((n): n is NonNullable<typeof n> => n !== null && outside(n));
  const joined = (a: Range | null | undefined, b: Range | null | undefined): boolean => !!a && !!b && GROUP_JOINER.test(sentence.slice(a.end, b.start));
  // How far a title is from a name: a name that opens a new clause after a title (", and Ann Lee ...") is not its.
  const gap = (r: Range, n: Range): number => (r.end <= n.start && CLAUSE_BREAK.test(sentence.slice(r.end, n.start)) ? Infinity : Math.max(r.start - n.end, n.start - r.end, 0));
  // People: the runs that open with a known first name, and the names joined to them ("Ann Lee and Bo Chen").
  const people = runs.filter((n, i) => n.given || anyName || joined(runs[i - 1], n) || joined(n, runs[i + 1]));
  // Groups of names with only commas, "and", "&" or "joined" between them; the title's is the one group nearer it
  // than any other title the sentence sets apart ("Ann Lee showed [A], and Bo Chen [B]"; "The presenter of *A*
  // could not come, so Ann Lee spoke on [B]").
  const groups: Array<typeof people> = [];
  for (const [i, n] of people.entries()) {
    const current = groups[groups.length - 1];
    if (current && joined(people[i - 1], n)) current.push(n);
    else groups.push([n]);
  }
  const span = (g: typeof people): Range => ({ start: g[0]?.start ?? 0, end: g[g.length - 1]?.end ?? 0 });
  // (Two groups with no title between them are one list that the sentence's markup broke: whose is unclear.)
  const titles = [title, ...others];
  const parted = groups.every((g, i) => i === 0 || titles.some((r) => r.start >= span(groups[i - 1] ?? g).end && r.end <= span(g).start));
  const mine = parted ? groups.filter((g) => others.every((r) => gap(r, span(g)) > gap(title, span(g)))) : [];
  const names = mine.length === 1 ? (mine[0] ?? []) : [];
  const first = names[0];
  const last = names[names.length - 1];
  if (!first || !last || names.length > 4 || !names.some((n) => n.given || anyName)) return null;
  // With no other title, the sentence's names must all be the one group.
  if (!others.length && groups.length > 1) return null;
  const after = organizationAfter(sentence.slice(last.end)) ?? '';
  // "Acme engineers Ann Lee and Bo Chen": a plural role before the group is every name's.
  const shared = organizationBefore(sentence, first.start);
  return names.map((n) => {
    const own = organizationBefore(sentence, n.start);
    const organization = own?.org ?? (shared?.plural ? shared.org : null) ?? after;
    return { name: n.name, role: null, organization: organization && orgShaped(organization) && !namesAProject(organization) ? organization : null };
  });
}

/** What may stand between two names of one group: a comma, "and", "&", "joined"; the second name's organization before it. */
const ROLE_HEAD = String.raw`(?:${[...ROLE_HEADS].join('|')})s?`;
const ROLE_WORD = String.raw`(?:${[...ROLE_WORDS].join('|')})`;
const GROUP_JOINER = new RegExp(String.raw`^\s*(?:,|,?\s*and|&|joined|(?:along|together)\s+with)\s*(?:${ORG}['’]s\s+(?:very\s+own\s+)?|(?:${ORG}\s+)?(?:${ROLE_WORD}\s+)?${ROLE_HEAD}\s+)?$`, 'u');

/** The text between a title and a name that starts a new clause: ", and ...", "; ...", ", while ...". */
export const CLAUSE_BREAK = /^[^\p{L}\d]*(?:;|,\s*(?:and|but|while|whereas|then|so)\s)/u;

/** "Acme engineer(s) Ann Lee", "Acme's Ann Lee", "Acme's very own Ann Lee": the organization said right before a name. */
function organizationBefore(sentence: string, at: number): { org: string; plural: boolean } | null {
  const m = ORG_BEFORE.exec(sentence.slice(Math.max(0, at - 80), at));
  const org = m?.[1]?.trim();
  if (!org || /['’]s\s/.test(org) || isPersonName(org, false)) return null;
  const role = m?.[2] ?? '';
  if (role && !ROLE_HEADS.has(role.replace(/s$/, ''))) return null;
  return { org, plural: /s$/.test(role) };
}
const ORG_BEFORE = new RegExp(String.raw`(?:^|[\s(])(${ORG})(?:['’]s\s+(?:very\s+own\s+)?|\s+(?:${ROLE_WORD}\s+)?(\p{Ll}+)\s+)$`, 'u');

/** A line that is only a speakers label ("Speaker(s):", "Speakers"), its names on the lines below it. */
export const SPEAKERS_LABEL = new RegExp(String.raw`^\s*${SPEAKER_LABEL_WORDS}\s*:?\s*$`, 'i');

/**
 * The speakers listed under a "Speaker(s):" label, one per line: "Jay Kreps (@jaykreps): CEO, Co-Founder, Confluent",
 * "Ann Lee, Staff Engineer, Acme", "Ann Lee (Acme)", "Ann Lee - Principal Engineer at Acme".
 */
export function labelledSpeakerList(lines: readonly string[]): SpeakerRecord[] | null {
  // (The label may follow a line of links to the talk's material: "Background | Slides", then "**Speakers**".)
  const at = lines.slice(0, 4).findIndex((l) => SPEAKERS_LABEL.test(l));
  if (at < 0) return null;
  const out: SpeakerRecord[] = [];
  for (const line of lines.slice(at + 1, at + 9)) {
    const text = line.replace(/\s*\(@[\w.]+\)/g, '').replace(/^\s*[-+*•]\s+/, '').replace(/:\s+/, ', ').trim();
    if (!text) continue;
    // ("Ann Lee - Principal Engineer at Acme": a name, then its role and organization.)
    const heading = parseTalkHeading(text);
    const found = heading.speakerOnly && !heading.title ? heading.speakers : parseSpeakers(text);
    if (!found?.length || !found.every((sp) => isPersonName(sp.name, true))) break;
    out.push(...found);
  }
  return out.length ? out : null;
}

const BIO_OPENING = new RegExp(String.raw`^\s*(${NAME})(?:['’]s)?(?:\s*\((${ORG})\))?(?=[\s,.:;]|$)`, 'u');

/**
 * The people a "Presenter(s)" section introduces: its names as lines ("Ann Lee, Acme"), or bio paragraphs that each
 * open with one ("Ann Lee's (Acme) background is in ...", "Bo Chen is a network engineer ...").
 */
export function presentersOf(text: string): SpeakerRecord[] {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, 8);
  const listed = labelledSpeakerList(['Speakers', ...lines]);
  // (Names as lines: every line is one. Otherwise a bio's first words may read as a name line: "Ann Lee is ...".)
  if (listed && listed.length >= lines.length && lines.every((l) => l.split(/\s+/).length <= 12)) return listed;
  const bios: SpeakerRecord[] = [];
  for (const line of lines) {
    const m = BIO_OPENING.exec(line);
    const name = m?.[1]?.replace(/['’]s$/, '');
    if (name && isPersonName(name, true) && !bios.some((sp) => sp.name === name)) bios.push({ name, role: null, organization: m?.[2] ?? null });
  }
  return bios.length ? bios : (listed ?? []);
}

/** A panel's further speakers: the lines right after the first name line that hold only names ("Bo Chen, Acme"). */
function nameLinesAfter(lines: readonly string[], first: string): SpeakerRecord[] {
  const out: SpeakerRecord[] = [];
  const at = lines.indexOf(first);
  // Each line has the first line's shape: a clear name with its organization ("Ann Lee, Acme"), or clear names alone.
  const firstNames = at < 0 ? null : namesOnlyLine(first);
  if (!firstNames?.length) return out;
  const withOrgs = firstNames.every((sp) => sp.organization);
  if (!withOrgs && !firstNames.every((sp) => !sp.organization && isPersonName(sp.name, false))) return out;
  for (let k = at + 1; k < lines.length && k <= at + 8; k++) {
    // ("| Bo Chen (Acme)", "& Bo Chen, Acme": a mark that joins the line to the names above is no part of it.)
    const line = (lines[k] ?? '').replace(/^\s*(?:[|&+]|and)\s+/, '');
    const names = line.trim() ? namesOnlyLine(line) : null;
    if (!names?.every((sp) => !!sp.organization === withOrgs && isPersonName(sp.name, false))) break;
    out.push(...names);
  }
  return out;
}

/** Speakers named by an explicit "Speakers:" line among the first lines: makes a title-only heading a talk. */
export function speakerLine(text: string): SpeakerRecord[] | null {
  const lines = text.split('\n');
  const labelled = labelledSpeakerList(lines);
  if (labelled) return labelled;
  const [first] = openingLines(text, 1);
  const names = first ? (namesOnlyLine(first) ?? byOnlyLine(first)) : null;
  if (names) return [...names, ...nameLinesAfter(lines, first ?? '')];
  for (const line of openingLines(text, 3)) {
    const listed = listedSpeakers(line);
    if (listed) return listed;
  }
  const card = first ? speakerCard(first) : null;
  if (card) return [card];
  // ("Ann Zorb as Developer Advocate, Acme" among a session's fields: the programme's "as" names the role on its own.)
  for (const line of openingLines(text, 3)) {
    const billed = speakerCard(line, true);
    if (billed) return [billed];
  }
  return null;
}

const CARD_DASH = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+[-–—]\s+(\S.{2,120})$/u;
/** "Ann Zorb as Director Product Management, Acme": a programme's billing of its speaker "as" their role. */
const BILLED_AS = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+as\s+(\p{Lu}.{2,120})$/u;

/**
 * "Ann Zorb - President, Acme", "Ann Zorb - Principal Developer at Acme", "Ann Zorb - Core Team | Staff Engineer @ Acme":
 * the line under a title heading that is its speaker's card, a clear name, a dash, then a role and an organization.
 * `billedAs`: "as" in place of the dash ("Ann Zorb as Director, Acme").
 */
function speakerCard(line: string, billedAs = false): SpeakerRecord | null {
  const m = (billedAs ? BILLED_AS : CARD_DASH).exec(line.trim());
  if (!m?.[1] || !m[2] || !isPersonName(m[1], false)) return null;
  const read = roleAndOrg(m[2].replace(/\s+\|\s+/g, ', ').replace(/\s+@\s+(?=\p{Lu})/u, ' at '));
  return read?.role && read.organization ? { name: m[1], role: read.role, organization: read.organization } : null;
}
