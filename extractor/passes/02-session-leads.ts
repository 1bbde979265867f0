/**
 * Pass 2 helper: candidate talk leads inside a text block, one reader per form (the pattern table below):
 * the block's first line ("[K4] Title, by Ann Lee (Acme)", "Title - Ann Lee, Acme", a table row), a bold lead
 * ("**Title** by Ann Lee", "**Title by Ann Lee**"), a linked title ("[Title](url) by A and B", several in one
 * paragraph), a quoted or italic title in a sentence (02-quoted-leads.ts) and a sentence that says who gave which
 * talk. Each lead is split by the heading grammar (02-heading.ts) into title, speakers, roles and organizations; the
 * recognizer scores it. What the readers share is in 02-lead-text.ts.
 */
import { wholeSpan, type TextBlock } from './00-blocks.ts';
import type { LinkSpan, Span } from './00-inline.ts';
import type { TalkLevel } from '../schema.ts';
import type { SpeakerRecord, Video } from './types.ts';
import { BRACKETED_SESSION_CODE, handleSpeakers, LEADING_SCHEDULE_TAG, parseTalkHeading, SESSION_CODE, SLOT_AFTER_BAR, TRAILING_SESSION_CODE, TRAILING_DURATION, stripLabel, undecorated, withoutLeadingSymbols, slotTimeOnly, stripLevel, TOLD_TITLE, unquote, withoutKindTail, withSessionCodeParted, type HeadingParts } from './02-heading.ts';
import { clauseInPlace, loneWeakName, parseSpeakers } from './02-speakers.ts';
import { CLAUSE_BREAK, clearOrHandled, listedSpeakers, namesOnlyLine, narratedSpeakers, openingNames, organizationAfter, soleNamedSpeakers, speakersInText, spokeOnSpeaker, watchedGiving } from './02-speakers-in-text.ts';
import { isGivenName, isPersonName, nameStrength } from './02-person-name.ts';
import { boldSpeakers } from './02-bold-speakers.ts';
import { clauseSpeakers, clauseSubject, pronounOwners } from './02-clause-speakers.ts';
import { youtubeVideo } from './00-video.ts';
import { namesAThing, resolveName } from '../gazetteer/resolve.ts';
import { isEventSurface, isEverydayWord } from '../gazetteer/lexicon.ts';
import { BY_VERBS, BY_VERBS_EITHER_CASE, byFollows, CLOCK_RANGE, FOREIGN_BY, GENERIC_LINK, isDateWord, isNotesPage, isProfilePage, RECORDING_PAGE, KIND_WORDS, MEDIA_WORDS, NUMBER_WORDS, ORDER_VERBS, ORDER_WORDS, ROLE_WORDS, isSocialPost, TALK_GROUPS, TALK_PAGE, WHOLE_PROGRAMME_PAGE, wordsOf } from './02-words.ts';
import { type SessionLead, kindBefore, MY_TALK, namesWork, namesWorks, otherTitles, PRESENTED, SENTENCE_START, SESSION_DESCRIPTION, sentenceEndAfter, sentenceStart, softBreak, TALK_WORD, titleCased, titleCasedRun, titleLike, videoIn } from './02-lead-text.ts';
import { quotedLeads } from './02-quoted-leads.ts';
import { boldBylineItemLeads } from './02-bold-byline-items.ts';
import { etAlLeads } from './02-et-al-leads.ts';
import { boldLabelParagraphLeads } from './02-bold-label-paragraphs.ts';
import { colonNarratedLeads } from './02-colon-leads.ts';
import { presentedTitleLeads } from './02-presented-title-leads.ts';
import { slotItemLeads } from './02-slot-items.ts';
import { plainTitleItemLeads } from './02-plain-title-items.ts';
import { isStructural } from './02-context.ts';
import { topicItemLeads } from './02-topic-items.ts';
import { subjectTitleLeads } from './02-subject-title-leads.ts';
import { pageSlug, spellsTitle } from './02-event-pages.ts';
import { slugify } from '../ids.ts';
import { linksToHeading, type PostAnchors } from './02-post-anchors.ts';

export type { SessionLead } from './02-lead-text.ts';

/** "* Title. Ann Lee, Acme. Video.": the links' own words ending a list item's line. */
const TRAILING_MEDIA_SENTENCE = new RegExp(String.raw`\.\s+${MEDIA_WORDS}\.?$`, 'iu');
const TRAILING_MEDIA_LIST = new RegExp(String.raw`\s*:\s*${MEDIA_WORDS}\.?$`, 'iu');

/** A site named in parentheses after a lead, its link's text: "Title (joind.in)", "Title (slideshare.net)". */
const SITE_REFERENCE = /\s*\((?:[\w-]+\.)+(?:com|org|net|io|in|dev|co|me|info|tv)\)\s*$/i;

/** A room or track marker before a title: "[K4]", "[Room 2]", "(P1)". */
const ROOM = /^\s*[[(](?:[A-Z]{0,3}\d{1,3}|room\s+\S{1,12}|track\s+\S{1,12}|hall\s+\S{1,12})[\])]\s*/i;

/** Link text that describes a talk instead of naming it: "a talk on encoding", "his keynote about tracing". */
const DESCRIBED_TALK = /^(?:(?:a|an|the|his|her|their|my|our)\s+)?(?:\w+\s+)?(?:talk|keynote|session|presentation|workshop)\s+(?:on|about|regarding)\b/i;


/** A link to someone's write-up, not a session: "[recap of Day One](...)", "[my notes on the keynote](...)". */
const WRITE_UP_LINK = /^(?:(?:my|our|the|a|an|his|her|their)\s+)?(?:recap|summary|write-?up|notes|round-?up|blog post|post)\s+(?:of|on|from|about)\b/i;

/** Something that can part a title from its speakers: a dash, "by", "on"/"about" after a name, a bar, a comma, a colon, a parenthesis. */
const LEAD_SEPARATOR = /\s(?:--?|[–—|~/])\s|[–—]|\b(?:by|from|on|about|presented)\s|[,:(]/i;

/** The label of a field in notes ("Speaker:", "Company:", "Room:"), never a title. */
const FIELD_LABEL = /^(?:speakers?|presenters?|panelists?|hosts?|moderators?|title|by|who|company|organi[sz]ation|affiliation|slides|video|room|track|time|when|where|level)$/i;

/** The block's first line; `wrapped`: run on over soft line breaks (see softBreak). */
function firstLine(block: TextBlock, wrapped = false): { text: string; start: number } {
  let end = block.text.indexOf('\n');
  while (wrapped && end >= 0 && softBreak(block.text, end)) end = block.text.indexOf('\n', end + 1);
  const raw = end < 0 ? block.text : block.text.slice(0, end);
  const start = raw.length - raw.trimStart().length;
  return { text: raw.trim().replace(/\s*\n\s*/g, ' '), start };
}

/** Where a lead read with its line breaks as spaces ends in the block's own text. */
function rawEnd(text: string, start: number, lead: string): number {
  let at = start;
  for (let k = 0; k < lead.length && at < text.length; k++) {
    if (lead[k] === ' ') while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    else if (text[at] === lead[k]) at++;
    else return -1;
  }
  return at;
}

/** "Title. By Ann Lee": a byline after the title's full stop. */
const BYLINE_AFTER_STOP = /([\p{L}\d)])\.\s+(?=by\s+\p{Lu})/iu;

/** "Title - Speakers" and its relatives, on one line; the title stays plausible. */
function splitLead(text: string, marked = false, video = false, programme = false): { title: string; speakers: SpeakerRecord[]; level: TalkLevel; label: string | null; quoted: boolean } | null {
  // Bare URLs (a video or slides link on the same line) are not part of the title or of a name.
  const cleaned = text
    .replace(/\s*\(?(?:https?:\/\/|www\.)\S+/g, '')
    .replace(SITE_REFERENCE, '')
    .replace(ROOM, '')
    .replace(/\s*[:.]\s*$/, '')
    // "Title. By Ann Lee": a byline set after the title's full stop; the stop ends the title, it is none of it.
    .replace(BYLINE_AFTER_STOP, '$1 ')
    // "Title (Ann Lee): Slides, Video": the links to its material after a colon are none of the lead.
    .replace(TRAILING_MEDIA_LIST, '');
  const read = speakerThenVideoTitle(parseTalkHeading(cleaned), video);
  const parts = read.speakers.length === 0 && programme ? (titleWithSpeakers(cleaned) ?? read) : read.speakers.length === 0 && video ? (videoTitleThenName(cleaned) ?? read) : read;
  if (!parts.title || parts.speakers.length === 0) return null;
  // "Title? Keynote by Ann Lee": a kind word between the title and its speakers names the kind.
  const trailing = /^(.*?[?!.)"”])?\s*[,-]?\s*\b(keynote|talk|workshop|panel|session|presentation|lightning talk)$/i.exec(parts.title);
  const title = trailing?.[1] ? trailing[1].trim() : parts.title;
  // "Speaker: Ann Lee" is a field of a talk, not a talk called "Speaker".
  if (!titleLike(title, marked || parts.quoted) || FIELD_LABEL.test(title)) return null;
  // A sentence that goes on after the name ("... by Ann Lee, but also interesting") is prose, not a lead.
  if (parts.speakers.some((s) => /^(?:but|and|or|which|who|that|so|because|although|though|was|is|were|are|as|in|on|at|for|about|with|to|into|of|over)\b/.test(s.organization ?? s.role ?? ''))) return null;
  return { title, speakers: parts.speakers, level: parts.level, label: trailing?.[2]?.toLowerCase() ?? parts.label, quoted: parts.quoted };
}

/** A session code in square brackets and what follows it: none of a title ("Title [S51225] Ann Lee (Acme)"). */
const CODE_AND_AFTER = new RegExp(String.raw`${BRACKETED_SESSION_CODE.source}[\s\S]*$`);

/**
 * "[Zorb Pages by Ann](.../schedule/session/4687-zorb-pages/)": a link to a session's own page whose text ends in "by"
 * and one name, as a recap calls a speaker it met (a given name, or a word that is no everyday one and names no known
 * thing); the page vouches for the session, so the name is its speaker.
 */
function titleByGivenName(text: string): { title: string; speakers: SpeakerRecord[]; level: TalkLevel; label: string | null; quoted: boolean; vouchedNames: true } | null {
  const m = /^(\S.{1,200}?)\s+by\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
  const name = m?.[2];
  if (!m?.[1] || !name || !(isGivenName(name) || (!isEverydayWord(name.toLowerCase()) && !namesAThing(name))) || !titleLike(m[1], true)) return null;
  return { title: m[1], speakers: [{ name, role: null, organization: null }], level: null, label: null, quoted: false, vouchedNames: true };
}

/** "Plonk Planning with Ann Lee": a name of people after "with", "by" or "from" in a title. */
function namesPersonAfter(text: string): boolean {
  const m = /\s(?:with|by|from)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u.exec(text);
  return !!m?.[1] && isPersonName(m[1], false);
}

/** A title that ends in its material's word ("Zorbing Slides", "Plonk Video"): a link to that material. */
const TRAILING_MEDIA_WORD = new RegExp(String.raw`\s${MEDIA_WORDS}$`, 'iu');

/**
 * "Title with Ann Lee (Acme)": the last "with" of a programme's line, before clear names that end it ("With" after a
 * title's own question mark: "Why Zorb? With Ann Lee").
 */
const WITH_SPEAKERS = /^(.{3,})(?:\s+with|(?<=[?!])\s+With)\s+(\p{Lu}[^()]{2,80}?)(?:\s*\(([^()]{2,60})\))?$/u;

/**
 * A list item's "Title with Ann Lee" (as programmes bill a session): the title is what comes before "with"
 * when only clear names, and perhaps their organization, follow it ("Deployments with AWS Aurora" names none).
 */
export function titleWithSpeakers(text: string): HeadingParts | null {
  const m = WITH_SPEAKERS.exec(text);
  // ("Zorbing Slides with Ann Lee": a resource's link, its material named, not a session billed.)
  if (!m?.[1] || !m[2] || m[1].trim().split(/\s+/).length < 2 || TRAILING_MEDIA_WORD.test(m[1])) return null;
  const speakers = parseSpeakers(m[3] ? `${m[2]} (${m[3]})` : m[2]);
  // ("Ann Lee with Bo Chen presented 15 years of ...": the names go on as a clause, no bill of a session.)
  if (!speakers?.every((sp) => isPersonName(sp.name, false) && !namesAThing(sp.name) && !/^\p{Ll}+\s/u.test(sp.organization ?? '') && !clauseInPlace(sp.role))) return null;
  // ("17:20 Title, with Ann Lee": the slot's time and the comma before "with" are none of the title.)
  const head = parseTalkHeading(m[1].replace(/[\s,]+$/, ''));
  return { title: head.speakers.length === 0 && head.title ? head.title : m[1].trim(), speakers, level: head.level, label: head.label, speakerOnly: false, quoted: head.quoted };
}

/** "[Title (Orla Zorbel)](video)": a link to a talk's video vouches for one name of less common words in parentheses after its title. */
function videoTitleThenName(text: string): HeadingParts | null {
  const m = /^(.{3,}?)\s*\(([^()]{3,60})\)$/.exec(text);
  const speakers = m?.[2] ? loneWeakName(m[2]) : null;
  return m?.[1] && speakers ? { title: m[1].trim(), speakers, level: null, label: null, speakerOnly: false, quoted: false } : null;
}

/**
 * "[Ines Brevik - Quux Pipelines](video)": a link to a talk's video names its title, so words after a
 * speaker's name that no known company has are that title, not an employer.
 */
function speakerThenVideoTitle(parts: HeadingParts, video: boolean): HeadingParts {
  const only = parts.speakerOnly && parts.speakers.length === 1 ? parts.speakers[0] : undefined;
  const words = only?.organization?.split(/\s+/).length ?? 0;
  if (!video || !only?.organization || only.role || words < 2 || resolveName(only.organization, 'Organization')?.type === 'Organization') return parts;
  return { ...parts, title: only.organization, speakers: [{ ...only, organization: null }], speakerOnly: false };
}

/** The field name a notes template sets before a session's title: "Topic: ...", "Title: ...", "Talk title: ...". */
const TITLE_FIELD = /^(?:topic|(?:(?:talk|session|presentation)\s+)?title)\s*:\s+(?=\S)/i;

/** A title line under a name longer than this is prose, cut at its first sentence like any paragraph. */
const MAX_WHOLE_TITLE_WORDS = 15;

/** Who the speaker is, before a name: "Keynote Speaker: ", "Mystery speaker: ", "Speaker: ". */
const SPEAKER_FIELD = /^(?:\p{L}+\s+){0,2}speaker\s*:\s+(?=\p{Lu})/iu;

/** "Ann Lee (Acme)" on a line of its own with the title on the next: both lines, read as one lead. */
function nameThenTitle(block: TextBlock): { text: string; start: number; whole?: boolean } | null {
  const lines = block.text.split('\n');
  const [first, second] = [lines[0]?.trim() ?? '', lines[1]?.trim() ?? ''];
  if (!second) return null;
  const start = block.text.length - block.text.trimStart().length;
  if (/^[^()]{3,60}\([^()]{2,60}\)$/.test(first)) return { text: `${first} ${second}`, start };
  // A clear name alone on its line, then a title (not a role: "Ann Lee / Staff Engineer at Acme" is a byline).
  // ("of" alone is no role: "Back to Zorb: The Story of Two Apps" is a title.)
  // ("**Ann Lee**\\ Topic: Title": a form's field name before the title is no part of it, and says a title follows,
  // role's words or not: "Topic: Service Workers".)
  const title = second.replace(TITLE_FIELD, '');
  const fielded = title !== second;
  // ("**Workshop: Ann Lee**", "**Guest Speaker: Ann Lee**": a kind, or who the speaker is, labels the name; the kind
  // stays for the heading grammar to read.)
  const labelled = stripLabel(first.replace(SPEAKER_FIELD, ''));
  const name = labelled.text.trim();
  const lead = labelled.label ? `${labelled.label}: ${name}` : name;
  // (A title line of its own is the whole title, full stops and all: "Plonk: Silly Name. Serious Stuff".)
  if (nameStrength(name) === 'strong' && (fielded || !wordsOf(title).some((w) => ROLE_WORDS.has(w) && w !== 'of'))) return { text: `${lead} - ${title}`, start, whole: title.split(/\s+/).length <= MAX_WHOLE_TITLE_WORDS };
  return null;
}

/**
 * "1. [Aurélien Zorb](https://twitter.com/az) - The double faces of Plonk": a list item that opens with a person's
 * name linked to their profile, a dash, then the title. The profile vouches for a name the lexicon reads as weak,
 * and the dash parts it from a title however it is cased.
 */
function profileNameThenTitle(block: TextBlock): SessionLead[] {
  if (block.form !== 'item') return [];
  const start = block.text.length - block.text.trimStart().length;
  // ("Lightning talk: [Ann Zorb](profile) - Title": a kind label may open the item.)
  const opening = block.text.slice(start);
  const labelled = stripLabel(opening);
  const at = start + opening.length - labelled.text.length;
  const link = block.links.find((l) => l.start === at);
  const name = link ? block.text.slice(link.start, link.end).trim() : '';
  if (!link || !isProfilePage(link.href) || !isPersonName(name, true)) return [];
  const rest = (block.text.slice(link.end).split('\n')[0] ?? '').trim();
  // (After a label the title may follow the name with no dash: "Lightning talk: [Ann Zorb](profile) Title".)
  // ('[Ann Zorb](profile) – “Title”: for me, ...': a quoted title ends where the author's words about it begin.)
  const dash = /^[-–—|:]\s+/.exec(rest);
  const m = (dash ? TOLD_TITLE.exec(rest.slice(dash[0].length)) : null) ?? (labelled.label ? /^(?:[-–—|:]\s+)?(\S.{2,150})$/ : /^[-–—|:]\s+(\S.{2,150})$/).exec(rest);
  const title = m?.[1] ? unquote(m[1].replace(/[.\s]+$/, '')).text : '';
  if (!title || !/^[\p{Lu}\d"“]/u.test(title) || title.split(/\s+/).length < 2 || isPersonName(title, false) || resolveName(title) !== null) return [];
  // ("[Ann Zorb](profile) - Project Lead, CTO at Acme": a speaker's card lists a role, not a title.)
  if (wordsOf(title).some((w) => ROLE_WORDS.has(w)) && /,|\sat\s+\p{Lu}/u.test(title)) return [];
  const { text, level } = stripLevel(title);
  return [{ start, heading: `${name} - ${title}`, title: text, speakers: [{ name, role: null, organization: null }], level, label: labelled.label, video: videoIn(block, 0, block.text.length), form: 'line', kindBefore: null, vouchedNames: true }];
}

/** "[Title](video)" or "**Title**" on a line of its own, the speakers' names alone on the next: a two-line lead. */
function titleThenNames(block: TextBlock): SessionLead[] {
  // (Lines broken by HTML, "**Title**<br/><br/>_Ann Lee, Acme_", leave blank lines inside the paragraph: skipped.)
  const lines = block.text.split('\n').filter((line, k) => k === 0 || line.trim() !== '');
  const [first, second] = [lines[0]?.trim() ?? '', lines[1]?.trim() ?? ''];
  if (!first || !second) return [];
  // The title line is set apart by markup: the whole line is one link or one bold run, or it opens a list item.
  const marked = [...block.links, ...block.strong].some((span) => block.text.slice(span.start, span.end).trim() === first);
  // (A list item's first line is set apart by the item itself: "1. Title" with "Ann Lee, Acme" under it.)
  // ("By @ann_lee", "By Walter Zorbel": a byline of its own line vouches for handles and a name of less common words.)
  const byline = /^by\s+(\S.{0,80})$/i.exec(second)?.[1];
  const named = byline ? (namesOnlyLine(byline) ?? handleSpeakers(byline) ?? loneWeakName(byline)) : namesOnlyLine(second);
  const speakers = marked || block.form === 'item' ? named : null;
  if (!speakers || !titleLike(first, true) || isPersonName(first, false)) return [];
  const { text, level } = stripLevel(first);
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: `${first} - ${second}`, title: unquote(text).text, speakers, level, label: null, video: videoIn(block, 0, block.text.length), form: 'bold', kindBefore: null }];
}

/** One run of these spans is the whole of this (trimmed) line of the block. */
function wholeLineRun(block: TextBlock, spans: readonly Span[], line: string): boolean {
  return line !== '' && spans.some((span) => block.text.slice(span.start, span.end).trim() === line);
}

/**
 * "**Ann Lee**" on one line, "_Title_" on the next: a name set in bold over a title set in italics, the markup parting
 * them as a separator would (so "_Unified Quux_" is no organization, "_Design for Plonks_" no role).
 */
function boldNameOverItalicTitle(block: TextBlock): SessionLead[] {
  const [first, second] = block.text.split('\n').map((l) => l.trim());
  if (!first || !second || !wholeLineRun(block, block.strong, first) || !wholeLineRun(block, block.emphasis, second)) return [];
  if (!isPersonName(first, true) || isPersonName(second, false) || !titleLike(second, true)) return [];
  const { text, level } = stripLevel(second);
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: `${first} - ${second}`, title: unquote(text).text, speakers: [{ name: first, role: null, organization: null }], level, label: null, video: videoIn(block, 0, block.text.length), form: 'bold', kindBefore: null }];
}

/** "Talk: Title" on one line, "Speaker: Ann Lee, Acme" on the next: a labelled pair, as notes templates write it. */
function labelledPair(block: TextBlock): SessionLead[] {
  const [first, second] = block.text.split('\n').map((l) => l.trim());
  const title = first ? /^(?:talk|title|session|keynote|presentation|workshop)\s*:\s*(\S.{2,200})$/i.exec(first) : null;
  const speakers = title?.[1] && second ? listedSpeakers(second) : null;
  if (!title?.[1] || !speakers?.every((sp) => isPersonName(sp.name, true))) return [];
  const { text, level } = stripLevel(title[1]);
  // The label itself is the evidence a lone "Title - Name" line lacks: it counts as the kind ("Title:" as a talk).
  const word = /^\w+/.exec(first ?? '')?.[0].toLowerCase() ?? 'talk';
  const label = word === 'title' ? 'talk' : word;
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: `${first} - ${second}`, title: unquote(text).text, speakers, level, label, video: videoIn(block, 0, block.text.length), form: 'line', kindBefore: null }];
}

/** A lead is short: a list item's line longer than this is prose. */
const MAX_ITEM_LEAD_WORDS = 40;

/** A byline's colon before a description in lowercase: ", Acme: this talk was ...". */
const DESCRIPTION_COLON = /(\s(?:by|with)\s[^:]{3,120}?):\s+\p{Ll}+[\s,][\s\S]*$/u;

/**
 * "Title by *Ann Lee* - Being part of such a team is ...": a byline's dash before the author's words on the talk, a
 * clause of several lowercase words ("- Staff Engineer at Acme" is her role and employer, and stays).
 */
function withoutDashedDescription(text: string): string {
  const m = /^(.*[\s(]by\s+[^-–—]{3,80}?)\s+[-–—]\s+(\S.*)$/su.exec(text);
  if (!m?.[1] || !m[2]) return withoutCommaDescription(text);
  return describes(m[2]) ? m[1] : text;
}

/** Five words or more, three of them lowercase words that are no joining words: a clause, not a role or a company. */
function describes(rest: string): boolean {
  const words = rest.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:at|of|for|and|the|in|on|from|with|&)$/.test(w)).length;
  return words.length >= 5 && lower >= 3;
}

/**
 * "Title by Ann Lee, I hadn't seen this before, so ...": a comma after the byline before the author's own clause, one
 * that opens with a lowercase word or "I" ("by Ann Lee, Acme, who showed ..." keeps her company).
 */
function withoutCommaDescription(text: string): string {
  const by = /[\s(]by\s/.exec(text);
  if (!by) return text;
  for (let at = text.indexOf(',', by.index + 4); at >= 0 && at - by.index <= 120; at = text.indexOf(',', at + 1)) {
    const rest = text.slice(at + 1).trim();
    if (/^(?:\p{Ll}|I\b)/u.test(rest) && describes(rest)) return text.slice(0, at);
  }
  return text;
}

/** The lead of a long line: its first sentence, and in a list item the part before a byline's description. */
function leadOf(text: string, item: boolean): string {
  const firstSentence = (s: string): string => s.replace(/([\p{Ll}\d)])\.\s+\p{Lu}[\s\S]*$/u, '$1');
  if (!item) return firstSentence(text);
  // (An item's full stops may part its title from its speakers, "Title. Ann Lee, Acme.": only a long one is cut.)
  const byline = withoutDashedDescription(text.replace(DESCRIPTION_COLON, '$1'));
  return byline.split(/\s+/).length > MAX_ITEM_LEAD_WORDS ? firstSentence(byline) : byline;
}

/** Reader 1: the first line of a list item, paragraph or quote. */
function lineLead(block: TextBlock, within?: PostAnchors): SessionLead[] {
  // Raw HTML blocks are embeds (tweets, players), not the author's lines.
  if (block.form === 'row' || block.form === 'html') return [];
  const twoLines = titleThenNames(block);
  if (twoLines.length) return twoLines;
  const nameOver = boldNameOverItalicTitle(block);
  if (nameOver.length) return nameOver;
  const pair = labelledPair(block);
  if (pair.length) return pair;
  const profiled = profileNameThenTitle(block);
  if (profiled.length) return profiled;
  const named = nameThenTitle(block);
  const read = named ?? firstLine(block);
  const lead = leadFromLine(block, read, false, within).map((l) => (named ? { ...l, nameOverTitle: true } : l));
  if (lead.length === 1 && !named && block.form === 'item') return [...lead, ...laterLineLeads(block, lead[0] as SessionLead, within)];
  if (lead.length || block.form !== 'item') return lead;
  // A list item's first line may be wrapped by hand ("... by Ann Lee & Bo\n  Chen, Acme: ..."): read on over its
  // soft breaks when the line alone is no lead.
  const wrapped = firstLine(block, true);
  return wrapped.text !== read.text ? leadFromLine(block, wrapped, true, within) : [];
}

/**
 * "- Title A - Ann Lee, Acme" with "Title B - Bo Chen, Initech" on the item's next line (a line the author forgot to
 * mark, run into the item by the list's lazy continuation): each further line that reads as a lead of its own, its
 * speakers clear names as the first line's are, is another session.
 */
function laterLineLeads(block: TextBlock, first: SessionLead, within?: PostAnchors): SessionLead[] {
  if (!first.speakers.length || !block.text.includes('\n')) return [];
  const out: SessionLead[] = [];
  let at = block.text.indexOf('\n') + 1;
  for (const raw of block.text.slice(at).split('\n')) {
    const start = at + raw.length - raw.trimStart().length;
    at += raw.length + 1;
    if (out.length >= MAX_LATER_LINES) break;
    const [lead] = leadFromLine(block, { text: raw.trim(), start, whole: true }, false, within);
    if (lead?.speakers.length && lead.speakers.every((sp) => isPersonName(sp.name, false))) out.push(lead);
  }
  return out;
}
/** Lines of one item read as sessions of their own (a programme's item holds a few, not pages). */
const MAX_LATER_LINES = 20;

/** The line is two or more links to no person, with only separators (dashes, bars, bullets, commas) and spaces between them. */
function linksOnlyLine(block: TextBlock, line: { text: string; start: number }): boolean {
  const end = line.start + line.text.length;
  const inside = block.links.filter((l) => l.start >= line.start && l.end <= end);
  // (A link to a person's profile, or a clear name, is a speaker beside a title: "[Ann Lee](profile) - [Title](video)".)
  if (inside.length < 2 || inside.some((l) => isProfilePage(l.href) || isPersonName(block.text.slice(l.start, l.end).trim(), false))) return false;
  let rest = '';
  let at = line.start;
  for (const l of inside) {
    rest += block.text.slice(at, l.start);
    at = l.end;
  }
  rest += block.text.slice(at, end);
  return /^[\s\-–—|·•,/]*$/.test(rest);
}

const PARENTHESIZED_BYLINE = /\((?:by|with)\s[^()]{2,80}\)$/;
const PASSIVE = /\s(?:was|were|is|are|been|being)\s/i;
/** A line that ends with "by" and capitalised names only ("... by Ann Lee & Bo Chen"). */
const BYLINE_AT_END = /\sby\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:,|&|\band\b)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}){0,5}$/u;

function leadFromLine(block: TextBlock, read: { text: string; start: number; whole?: boolean }, joined: boolean, within?: PostAnchors): SessionLead[] {
  // A paragraph goes on after its lead ("Title, presented by Ann Lee of Acme. She showed ..."): the lead is its first
  // sentence. A list item whose lines the parser joined is read the same way, and its lead also ends where a
  // description follows a byline after a colon ("Title by Ann Lee, Acme: this talk was ...").
  const line = (block.form === 'paragraph' || block.form === 'item') && !read.whole ? { ...read, text: leadOf(read.text, block.form === 'item') } : read;
  // A line that is one link to a place in the post is its table of contents (the talk is the heading it links to).
  if (block.links.some((l) => linksToHeading(l.href, within) && block.text.slice(l.start, l.end).trim() === line.text)) return [];
  // A line of two or more links and only separators between them ("[A](url) - [B](url) - [C](url)") lists titles: each
  // link is read on its own, and no link's text is another's speaker.
  if (linksOnlyLine(block, line)) return [];
  // A lead is short: a title and its speakers. Long prose lines are not parsed at all (speed on dense posts).
  const words = line.text.split(/\s+/).length;
  // (A list item may bill its session "Title with Ann Lee": see titleWithSpeakers.)
  if (!line.text || words > (block.form === 'paragraph' ? 25 : MAX_ITEM_LEAD_WORDS) || !(LEAD_SEPARATOR.test(line.text) || (block.form === 'item' && /\swith\s|[?!]\s+With\s/.test(line.text)))) return [];
  // A line that is one link with speakers inside it is read by the link reader.
  // "* Title. Ann Lee, Acme. [Video](...)": in a list item full stops may part the title from its speakers.
  const split = splitLead(line.text, false, false, block.form === 'item') ?? (block.form === 'item' ? splitLead(line.text.replace(/\.\s+(?=\p{Lu})/u, ' - ').replace(TRAILING_MEDIA_SENTENCE, '')) : null);
  if (!split) return [];
  // A lead cut from a paragraph's first sentence, or read over wrapped lines, names a title in title case
  // ("Scaling Prometheus at Work, presented by ..."); a sentence of prose ("The day started with an introduction
  // by ...") is none. A byline in parentheses bills a title in any case ("Extending Zorb from start to finish (by Ann
  // Lee) - This talk showed ...").
  // So does a line cut right after its byline, "Is your page loaded by Ann Lee" (from ", I hadn't ..."), unless a
  // passive clause leads to it ("Security was also covered by Ann Lee").
  const billed = block.form === 'item' && BYLINE_AT_END.test(line.text) && !PASSIVE.test(line.text);
  if ((joined || line.text !== read.text) && !PARENTHESIZED_BYLINE.test(line.text) && !billed && !titleCased(split.title)) return [];
  // ("The first keynote was called Title by Ann Lee": the sentence's opening words lead up to the title.)
  const title = withoutAside(block, line.start, block.form === 'paragraph' ? withoutNarrativeOpener(split.title) : split.title);
  return [{ start: line.start, heading: line.text, ...split, title, video: videoIn(block, 0, block.text.length), form: 'line', kindBefore: null }];
}

/**
 * "_Title_ (wasn't that good finally) Ann Lee (Acme)": the italic or bold title that opens the line ends the title; the
 * author's aside in parentheses after it is none of it.
 */
function withoutAside(block: TextBlock, lineStart: number, title: string): string {
  const opening = [...block.emphasis, ...block.strong].find((span) => span.start >= lineStart && span.start - lineStart <= 2);
  const marked = opening ? block.text.slice(opening.start, opening.end).trim() : '';
  return marked && title.startsWith(marked) && /^\s*\(\p{Ll}/u.test(title.slice(marked.length)) ? marked : title;
}

/** A sentence's way up to a title: "Next in line was the session on ", "The first keynote was called ". */
const NARRATIVE_OPENER = /^(?:[\p{L}’'-]+\s+){0,6}?(?:talk|speech|session|keynote|presentation|lecture|workshop)s?\s+(?:(?:session|was|is|were)\s+){0,2}(?:called|titled|entitled|named|about|on|related\s+to)\s+(?=\p{Lu})/iu;

function withoutNarrativeOpener(title: string): string {
  const rest = title.replace(NARRATIVE_OPENER, '');
  return rest !== title && rest.split(/\s+/).length >= 2 ? rest : title;
}

const COLUMN = {
  title: /^(?:title|talks?|sessions?|topic|presentation|name of (?:the )?talk)$/i,
  // (Words a column of titles may go by where no column says "Title": "| Agenda | Title |" has its times under "Agenda".)
  loosely: /^(?:what|agenda|program(?:me)?|schedule)$/i,
  speaker: /^(?:speakers?|presenters?|panelists?|participants?|hosts?|authors?|who|by|presented by|(?:speaker|presenter|participant|host|author)\(s\))$/i,
  org: /^(?:company|organi[sz]ation|affiliation|org|employer)$/i,
};

/**
 * A speaker cell of surnames only ("Riehl", "Cecka & Awatramani", "Goel et al."): the column's header says they are
 * people, so capitalised words that name no known thing and are no everyday words are read as their names.
 */
function surnamesOnly(cell: string): SpeakerRecord[] {
  const pieces = cell.replace(/\s+et\s+al\.?\s*$/i, '').split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  const named = pieces.every((p) => /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.test(p) && !namesAThing(p) && !p.split(/\s+/).every((w) => isEverydayWord(w.toLowerCase())));
  return named ? pieces.map((name) => ({ name, role: null, organization: null })) : [];
}

/** Reader 2: a table row; with a header naming the title and speaker columns, else the cell that reads as a lead. */
function rowLead(block: TextBlock): SessionLead[] {
  if (block.form !== 'row' || !block.cells) return [];
  const header = block.header ?? [];
  const col = (re: RegExp): number => header.findIndex((h) => re.test(h.trim()));
  const titled = col(COLUMN.title);
  const [t, s, o] = [titled >= 0 ? titled : col(COLUMN.loosely), col(COLUMN.speaker), col(COLUMN.org)];
  const video = videoIn(block, 0, block.text.length);
  const heading = block.cells.filter(Boolean).join(' | ');
  // A header that labels its columns, none of them a title, speaker or organization ("| Level | Description |"), heads
  // a table of something else than talks.
  if (t < 0 && s < 0 && o < 0 && labelsColumns(header)) return [];
  if (t >= 0) {
    const titleCell = stripLevel(block.cells[t] ?? '');
    const speakerCell = s >= 0 ? (block.cells[s] ?? '') : '';
    const orgCell = o >= 0 ? (block.cells[o] ?? '').trim() : '';
    // "Ann Lee - Lyft" in a speaker cell is a name and its organization.
    const speakerText = speakerCell.replace(/\s+(?:--?|[–—|])\s+/g, ', ');
    let speakers = speakerText ? (parseSpeakers(orgCell ? `${speakerText} (${orgCell})` : speakerText) ?? surnamesOnly(speakerText)) : [];
    // ("👉 Closing keynote: Title": the kind before the title is its label, as in a heading.)
    const labelled = stripLabel(undecorated(titleCell.text));
    // (The column a header names as the title's holds a title whatever its stops: "Zorb Realized. Gain Sanity.")
    let title = unquote(labelled.text).text.replace(/(?<!\.)\.$/, '');
    if (!speakers.length && s < 0) {
      const split = splitLead(titleCell.text);
      if (split) ({ title, speakers } = split);
    }
    if (!titleLike(title) || (!speakers.length && !video)) return [];
    return [{ start: 0, heading, title, speakers, level: titleCell.level, label: labelled.label, video, form: 'row', kindBefore: null, vouchedNames: s >= 0 && speakers.length > 0 }];
  }
  // A table's first row of short labels heads its columns ("| Points | Operational Excellence | Security |"), unless a
  // cell clearly names a person: then the author wrote a session where the labels go ("| Ann Lee | Scaling Foo |").
  if (block.headerRow && labelsColumns(block.cells) && !block.cells.some((c) => namesCell(c.trim())?.clear)) return [];
  // Cells that part names from a title say more than a separator inside one cell ("Title: Subtitle").
  const byCells = namesAndTitleCells(block.cells, heading, video);
  if (byCells.length) return byCells;
  for (const cell of block.cells) {
    const split = splitLead(cell);
    if (split) return [{ start: 0, heading, ...split, video, form: 'row', kindBefore: null }];
  }
  return [];
}

/**
 * A header row of column labels: two or more filled cells, each one to three words with no digit ("Level",
 * "Description", "Time slot"). Tables written without a header give their first row as one ("| 10:00 | Keynote |").
 */
function labelsColumns(header: readonly string[]): boolean {
  const filled = header.map((h) => h.trim()).filter(Boolean);
  return filled.length > 1 && filled.every((h) => /^[\p{L}()/&' -]{2,30}$/u.test(h) && h.split(/\s+/).length <= 3);
}

/** A row with no telling header: one cell holds only person names ("Ann Lee", "Ann Lee, Bo Chen"), another the title. */
function namesAndTitleCells(cells: readonly string[], heading: string, video: Video | null): SessionLead[] {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 2 || filled.length > 5) return [];
  const names = filled.map(namesCell);
  // Clear names first; a name of common words ("Bill Kennedy") only when no cell holds a clear one.
  let namesAt = names.findIndex((n) => n?.clear);
  if (namesAt < 0) namesAt = names.findIndex((n) => n !== null);
  const found = names[namesAt];
  if (!found) return [];
  // A cell is a label, set apart like a bold run: "That Machine Always Lies" is a title there, not a sentence.
  // Beside clear names, a title may read like a weak name ("Mastering Git").
  const titleCell = filled.find((c, i) => i !== namesAt && !(names[i]?.clear || (names[i] && !found.clear)) && titleLike(c, true) && !/^\d{1,2}[:.]\d{2}/.test(c));
  if (!titleCell) return [];
  const { text, level } = stripLevel(titleCell);
  const labelled = stripLabel(undecorated(text));
  return [{ start: 0, heading, title: unquote(labelled.text).text, speakers: found.speakers, level, label: labelled.label, video, form: 'cells', kindBefore: null }];
}

/** The speakers of a cell made only of names ("Ann Lee (Acme)", "Ann Lee & Bo Chen"), else null; `clear` when every name is. */
function namesCell(cell: string): { speakers: SpeakerRecord[]; clear: boolean } | null {
  // Names are short and carry no sentence or subtitle punctuation.
  if (/[:?!]/.test(cell) || cell.split(/\s+/).length > 12) return null;
  const text = cell.replace(/\s+(?:--?|[–—|])\s+/g, ', ');
  const parsed = parseSpeakers(text);
  if (parsed?.length && parsed.every((sp) => isPersonName(sp.name, false))) return { speakers: parsed, clear: true };
  const pieces = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (pieces.length === 0 || pieces.length > 4 || !pieces.every((p) => isPersonName(p, true))) return null;
  return { speakers: pieces.map((name) => ({ name, role: null, organization: null })), clear: false };
}

/** "by A and B", "- A, Org", "conducted by A" after a title: the names, up to where the sentence or clause goes on. */
const TRAILING_NAMES = new RegExp(String.raw`^\s*[’'"”]?\s*(?:[,:]\s*)?(?:(?:[-–—]{1,2}\s*)?(?:(?:${BY_VERBS_EITHER_CASE})\s+|(?:keynote|talk|session|presentation|workshop|panel)\s+)?(?:[Bb]y|from)|--?|[–—|])\s+(.+?)(?=\s*(?:(?<!(?:^|\s)\p{Lu})(?:[.:!?]|;(?!\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:[,;]|\n|$)))(?:\s|$)|\n|\s[-–—]\s|,\s+(?=\p{Ll})(?!and\s)|\s+(?:is|was|were|gave|talked|spoke|presented|showed|explained|who|which|(?:and\s+)?(?:then|later|also|finally|afterwards))\b)|$)`, 'u');

/** Another language's "by" right after a title ("von", "par"), before a capitalised name. */
const FOREIGN_BY_AFTER = new RegExp(String.raw`^(\s*[’'"”]?\s*(?:[-–—]{1,2}\s*)?,?\s*)(?:${FOREIGN_BY})(?=[^\S\n]+\p{Lu})`, 'u');

/** What follows a bold or linked title: "by A and B", "- A, Org", ", A (Org)", up to the sentence end. */
function trailingSpeakers(text: string, from: number, stop = text.length): { speakers: SpeakerRecord[] | null; level: TalkLevel } {
  // Only the next few hundred characters matter, cut before the next lead: "... by A from Acme and **Next**" ends at "Acme".
  const cut = Math.min(stop, from + 340);
  let near = text.slice(from, cut);
  // (An opening quote or bracket of the next title is no part of these names: "by Ann Lee, ‘[Next](url)’".)
  if (stop <= from + 340) near = near.replace(/[\s‘“'"([]+$/u, '').replace(/\s*(?:,|;|&|\band|\bor|\bthen)\s*$/, '');
  // ("by Ivo Brevik, Ann\n  Lee, and ...": a name the item's wrap broke after its first word is one name.)
  // (Not before a date: "by Ann Lee, Acme<br> Friday, March 22" is an organization, then the slot's day.)
  near = near.replace(/((?:,|;|\bby|\band|&)[^\S\n]+\p{Lu}[\p{L}'’-]*)\n[^\S\n]*(?=(\p{Lu}\p{L}*))/gu, (whole: string, head: string, next: string) => (isDateWord(next) ? whole : `${head} `));
  // ("[“Title”](url) von Ann Lee", "... par Ann Lee": another language's "by" right after the title reads as "by".)
  near = near.replace(FOREIGN_BY_AFTER, '$1by');
  const head = /^\s*(?:\[[BIA]\]|\((?:beginner|intermediate|advanced)[^)]{0,20}\))/i.exec(near.slice(0, 40));
  const level = head ? stripLevel(head[0]).level : null;
  // ("- Ann Lee, Acme | 3:37pm - 3:42pm EST": the slot's time after a bar ends the speakers.)
  const rest = (head ? near.slice(head[0].length, 300) : near.slice(0, 300)).replace(SLOT_AFTER_BAR, '');
  // ("[‘Title’](url)— by Ann Lee", "‘[Title](url)’ - by Ann Lee": a closing quote and a dash may come before "by".)
  // (A semicolon before another "Name, Organization" parts speakers, not sentences: "by Ann Lee, Acme; Bo Chen, Initech",
  // as it does before a name that another semicolon or the line's end follows: "by Ann Lee; Bo Chen; Cy Dunn".)
  const m = TRAILING_NAMES.exec(rest);
  // "from" names people only when clear names follow ("[Title](url) keynote from Ann Lee", not "... from Google").
  // ("[Title](video) by Lily Mara": one name of less common words after "by" is read too; the lead's score decides
  // whether the rest of the lead vouches for it.)
  // ("[Title](video) by @ann_lee": handles alone after "by" are the names the post gives.)
  const byHandles = m?.[1] && /\b[Bb]y\s/.test(m[0]) ? handleSpeakers(m[1]) : null;
  const speakers = m?.[1] ? (byHandles ?? parseSpeakers(m[1]) ?? (/\b[Bb]y\s/.test(m[0]) ? loneWeakName(m[1]) : null)) : null;
  // "[Title](url) by Ann Lee on the first day": clear names after "by", up to the first lowercase word of the clause.
  // ("by Bradley M. Kuhn and Karen Sandler + [Next](url)": the names may also end before a joining symbol, or end
  // the item: "[Title](url) by Kent C. Dodds".)
  const byNames = /^\s*[’'"”]?\s*(?:[-–—]{1,2}\s*)?,?\s*[Bb]y\s+(\p{Lu}[\p{L}'’.-]*(?:,?[^\S\n]+(?:(?:van|von|de|der|da|di|le|la|del|and|&)[^\S\n]+)?\p{Lu}[\p{L}'’.-]*){1,11})(?:[^\S\n]+\(?\p{Ll}|[^\S\n]*[+|]|[^\S\n]*[,;]?[^\S\n]*$)/u.exec(rest);
  // (Only where the names ran on into the clause, or the first reading stopped at an initial's period, "by Devi A.
  // S. L., Staff Engineer": "by Ann Lee and Jay Pipes" stays as read.)
  const ranOn = !m?.[1] || speakers === null || /(?:^|\s)\p{Lu}$/u.test(m[1]) || /(?:^|\s)(?!(?:and|van|von|de|der|da|di|le|la|del)\b)\p{Ll}/u.test(m[1]);
  const byPeople = byNames?.[1] ? parseSpeakers(byNames[1]) : null;
  // (A role or organization that opens lowercase is the clause run on: "by Ann Lee reviewed common attacks ...".)
  // (... and a reading cut at an initial's period, "by Bradley M. Kuhn", is cut short.)
  const clauseRead = /(?:^|\s)\p{Lu}$/u.test(m?.[1] ?? '') || !!speakers?.some((sp) => clauseInPlace(sp.organization) || clauseInPlace(sp.role));
  if (ranOn && (clauseRead || !speakers?.every((sp) => isPersonName(sp.name, true))) && byPeople?.every((sp) => isPersonName(sp.name, false))) return { speakers: byPeople, level };
  if (m?.[1] && !(/^\s*(?:[,:]\s*)?(?:\w+\s+)?from\s/.test(rest) && !speakers?.every((sp) => isPersonName(sp.name, false)))) return { speakers, level };
  const paren = /^\s*\(([^()]{3,120})\)/.exec(rest);
  if (paren?.[1]) return { speakers: parseSpeakers(paren[1]), level };
  // "**Title**, Ann Lee (Acme): what it was about": a comma, then only clear names up to the colon or sentence end.
  const comma = /^\s*,\s+(\p{Lu}[^:;.!?\n]{2,119}?)(?=\s*(?:[:;.!?](?:\s|$)|\n|$))/u.exec(rest);
  const commaSpeakers = comma?.[1] ? parseSpeakers(comma[1]) : null;
  if (commaSpeakers?.every((sp) => isPersonName(sp.name, false))) return { speakers: commaSpeakers, level };
  // "[Title](video):" and the rest of the item only its speakers, wrapped over lines ("Ann\n  Lee, Acme & Bo Chen, Initech").
  const colon = /^\s*:\s+([^:;!?]{3,160}?)\s*$/.exec(rest);
  const colonSpeakers = colon?.[1] ? parseSpeakers(colon[1].replace(/\s+/g, ' ')) : null;
  return { speakers: colonSpeakers?.every((sp) => isPersonName(sp.name, false)) ? colonSpeakers : null, level };
}

/** The speakers a sentence names around a linked title, when it says the title was presented (or links its video). */
function sentenceSpeakers(block: TextBlock, span: Span, inner: string, sessionPage = false): SpeakerRecord[] | null {
  const text = block.text;
  const start = sentenceStart(text, span.start);
  const stop = sentenceEndAfter(text, span.end, /[.!?](?:\s|$)|\n/);
  const sentence = text.slice(start, stop < 0 ? text.length : span.end + stop + 1);
  if (!sessionPage && !TALK_WORD.test(sentence) && !PRESENTED.test(sentence) && !/\bwith\s/.test(text.slice(span.end, span.end + 8))) return null;
  const withName = /^\s*(?:with|from)\s+(.+?)(?=\s*(?:(?:(?<!(?:^|\s)[A-Z])\.|[;:!?,])(?:\s|$)|\n|\s+(?:from|who|where|in|on|and then)\b)|$)/i.exec(text.slice(span.end, span.end + 120));
  const fromOrg = withName ? /^\s*from\s+(\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*(?:\s+\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*){0,3})/u.exec(text.slice(span.end + withName[0].length, span.end + withName[0].length + 60)) : null;
  // "**Title** with CentOS with Ann Lee": the title ran on past the bold run; the people follow the last "with".
  const lastWith = withName?.[1] ? /\bwith\s+(.+)$/.exec(withName[1]) : null;
  // A schedule item that opens with its title ("10:15 - 11:15 **Title** with K. Rain Leander") vouches for a name
  // of common words.
  const opensItem = block.form === 'item' && span.start - start <= 20;
  const alone = withName?.[1]?.trim() ?? '';
  const vouched = opensItem && nameStrength(alone) === 'weak' ? [{ name: alone, role: null, organization: null }] : null;
  const listed = withName?.[1] ? (parseSpeakers(withName[1]) ?? (lastWith?.[1] ? parseSpeakers(lastWith[1]) : null) ?? vouched) : null;
  if (listed?.every((s) => isPersonName(s.name, fromOrg !== null || opensItem))) return listed.map((s) => ({ ...s, organization: s.organization ?? fromOrg?.[1] ?? null }));
  // A title that a new clause follows after another ("[A](x) by Ann Lee, and Bo Chen joined me for [B](y)") takes
  // the names of its own clause only.
  const end = start + sentence.length;
  const others = otherTitles(block, start, end, [span]);
  const clauseStart = others.filter((o) => start + o.end <= span.start && CLAUSE_BREAK.test(text.slice(start + o.end, span.start))).pop();
  const clause = clauseStart ? sentence.slice(clauseStart.end) : sentence;
  const found = speakersInText(clause.replace(inner, 'the talk'));
  if (found.length) return found;
  // The people the sentence sets in bold ("..., where **Ann Lee** showed ...").
  const bold = boldSpeakers(block, start, start + sentence.length);
  if (bold.length) return bold;
  const spoke = spokeOnSpeaker(sentence.replace(inner, 'the talk'));
  if (spoke) return [spoke];
  const watched = watchedGiving(sentence.replace(inner, 'the talk'));
  if (watched.length) return watched;
  return soleNamedSpeakers(sentence, { start: span.start - start, end: span.end - start }, others, sessionPage);
}

/** A linked title that ends a sentence which speaks of a talk ("A talk by Ann Lee about tools: [T](url)."). */
function closesTalkSentence(text: string, span: Span, form: 'bold' | 'link'): boolean {
  if (form !== 'link' || !/^\s*(?:[.!?]|$|\n)/.test(text.slice(span.end, span.end + 3))) return false;
  return TALK_WORD.test(text.slice(sentenceStart(text, span.start), span.start));
}

/** A clear name opening what follows a bold title, then a lowercase word or its possessive ("Ann Lee made ...", "Ann Lee's keynote"). */
const SUBJECT_AFTER = /^\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?)(?:['’]s)?\s+\p{Ll}/u;

/**
 * "[Jam Zorbi – Title](.../program/jam-zorbi)": the session page's slug spells the words before the dash, so they are
 * its speaker's name, however weak a name they read as.
 */
function slugNamedSpeaker(text: string, href: string): { title: string; speakers: SpeakerRecord[]; level: TalkLevel; label: string | null; quoted: boolean } | null {
  const m = /^(\p{Lu}[^–—]{2,60}?)\s+[–—-]\s+(\S.{2,})$/u.exec(text);
  return m?.[1] && m[2] && slugify(m[1]) === pageSlug(href) ? { title: m[2].trim(), speakers: [{ name: m[1].trim(), role: null, organization: null }], level: null, label: null, quoted: false } : null;
}

/** A page of one session in an event's programme or schedule, named by a slug ("/2017-portland/program/ann-lee/", "/2023/schedule/event/zorb_talk/"). */
export const PROGRAM_PAGE = /^https?:\/\/[^/]+\/(?:[\w%.-]+\/)*(?:program|programme|schedule|agenda|sessions?|talks?)\/(?:events?\/)?[\w%-]{3,}\/?$/i;

/**
 * "[Title](https://media.example/v/zc18-101-title): a comment": a paragraph or list item that opens with a link to one
 * session's page or recording, then a colon and the author's words on it, as a watchlist writes each entry.
 */
function opensWithPage(block: TextBlock, span: LinkSpan, inner: string): boolean {
  if (block.text.slice(0, span.start).trim() !== '' || !/^\s*:(?:\s|$)/.test(block.text.slice(span.end, span.end + 3))) return false;
  // ("[Day 1](.../schedule/day-1/):" opens a day's list, no session.)
  return (TALK_PAGE.test(span.href) || PROGRAM_PAGE.test(span.href.replace(/[?#].*$/, ''))) && titleLike(inner, true) && !isStructural(inner);
}

/**
 * A link's text parted into title and speakers, unless a byline follows the link and the part after the dash is no
 * clear name: "[Title - Less Hype, More Media](deck) by [Ann Lee](profile)" keeps the dash as the title's own.
 */
function bylineAware<T extends { speakers: SpeakerRecord[] }>(split: T | null, bylineAfter: boolean): T | null {
  return split && bylineAfter && !split.speakers.every((sp) => isPersonName(sp.name, false)) ? null : split;
}

/** A conference schedule's page for one session: sched.com events, ".../schedule/session/174/", ".../talks/...", ".../schedule/event/slug/". */
const SESSION_PAGE = /(?:\.sched\.com\/event\/|\/\/sched\.co\/\w{3,}|\/(?:sessions?|talks?|presentations?)\/[\w%-]+|\/(?:program|programme|schedule|agenda)\/events?\/[\w%-]{3,}|\/(?:program|programme|schedule|agenda)(?:\.html?)?\/?#[\w%-]{8,})/i;

/**
 * "- [Title](notes.md) **Ann Lee + Bo Chen, Acme**": a bold run right after the title that holds only its speakers
 * (the bold sets them apart as a separator would; "+" joins co-speakers as "&" does).
 */
function boldRunAfter(block: TextBlock, end: number): SpeakerRecord[] | null {
  const run = block.strong.find((s) => s.start >= end && s.start - end <= 3 && block.text.slice(end, s.start).trim() === '');
  if (!run) return null;
  const speakers = parseSpeakers(block.text.slice(run.start, run.end).replace(/\s+\+\s+/g, ' & '));
  // (Names of common words, "Max Olsen", need a clear co-speaker or their organization beside them.)
  return speakers?.every((sp) => isPersonName(sp.name, true)) && speakers.some((sp) => isPersonName(sp.name, false) || sp.organization !== null) ? speakers : null;
}

/**
 * "**Title**: [Ann Lee](https://twitter.com/annlee) showed ...", "**Title** by [Ann Lee](https://twitter.com/annlee)":
 * a name linked to its owner's profile right after the title, after "by" or a colon, is the speaker (the profile
 * vouches for a name of everyday words too).
 */
function profileLinkAfter(block: TextBlock, end: number): SpeakerRecord[] | null {
  const lead = /^\s*(?:[Bb]y\s+|:\s+)/.exec(block.text.slice(end, end + 6));
  const at = lead ? end + lead[0].length : -1;
  const link = lead ? block.links.find((l) => l.start === at) : undefined;
  const name = link ? block.text.slice(link.start, link.end).trim() : '';
  return link && isProfilePage(link.href) && nameStrength(name) !== 'none' ? [{ name, role: null, organization: null }] : null;
}

/** An image's file or screenshot name, not a title: "Screen Shot 2019-10-02 at ...", "IMG_2041", "photo-2019-05-21". */
const SCREENSHOT = /\bscreen\s?shot\b|\bIMG[_-]?\d|\b\d{4}-\d{2}-\d{2}\b/i;

/** A bold or linked run that is a person's name: a clear one, a handle, or one of common words right after "by". */
function spanNamesPerson(text: string, span: Span): boolean {
  const inner = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (byFollows(text, span.end)) return false;
  // (A handle is someone's too: "[Title](video) by [@ann_lee](profile)".)
  return isPersonName(inner, false) || /^@[\w.]+$/.test(inner) || (/\bby\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start)) && isPersonName(inner, true));
}

/** What after a bold or linked run makes it a talk's: its speakers' byline ("by", "conducted by", a dash), or talk words in its sentence. */
const TALK_AFTER = new RegExp(String.raw`^\s*(?:[,:]\s*)?(?:(?:(?:${BY_VERBS})\s+)?by|(?:${FOREIGN_BY})\s+\p{Lu}|[-–—|(]|with|from|\[[BIA]\]|\()|^[^.!?\n]{0,200}\b(?:talk|talked|session|keynote|presented|gave|spoke|panel|workshop|showed)\b`, 'iu');

/** A known project's name and a version of it ("Spring 4.2", "Zorb v2.1"): a release, not a talk's title. */
function namesVersion(title: string): boolean {
  const name = title.replace(/\s+v?\d+(?:\.\d+)*$/i, '');
  return name !== title && resolveName(name) !== null;
}

/** Reader 3 and 4: bold and linked leads, anywhere a sentence starts or a talk word introduces them. */
function spanLeads(block: TextBlock, spans: readonly Span[], form: 'bold' | 'link', within?: PostAnchors): SessionLead[] {
  const out: SessionLead[] = [];
  // Where each span's speakers must end: the next span that is no person's name (a linked or bold name after "by" is
  // a speaker, not a lead). Computed once, right to left, so a block of thousands of names stays linear.
  const nextLeadStart: number[] = [];
  for (let i = spans.length - 1, next = block.text.length; i >= 0; i--) {
    nextLeadStart[i] = next;
    const other = spans[i];
    if (other && !spanNamesPerson(block.text, other)) next = other.start;
  }
  for (const [index, span] of spans.entries()) {
    const inner = block.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    // ("**Title** by [Max Olander](url) (Acme)": a linked name after "by" is the speaker, even one of common words.)
    if (spanNamesPerson(block.text, span)) continue;
    // A link to a place in the post itself is its table of contents, not a talk ("[Ann Lee — Title](#ann-lee)").
    if (form === 'link' && linksToHeading((span as LinkSpan).href, within)) continue;
    // A bold run that ends in a colon introduces what follows ("**The recording is on YouTube:** [Title](...)").
    if (!inner || (form === 'link' && (GENERIC_LINK.test(inner) || WRITE_UP_LINK.test(inner))) || (form === 'bold' && /:$/.test(inner)) || namesWork(block.text, span.start)) continue;
    const before = block.text.slice(Math.max(0, span.start - 60), span.start);
    const kind = kindBefore(block.text, span.start);
    // "... a talk by Ann Lee from Acme and Bo Chen from Initech [on scaling zorbs](url), followed by a talk from Plonk
    // maintainers Cy Dunn and Di Eve, from Globex, about [Title](url)": the clause since the sentence's start or the
    // previous title names this title's speakers.
    // (A link to a person's profile is a name in the clause, not a title before it: "while [Bo Chen](profile) presented [Title](url)".)
    let previous = index - 1;
    while (previous >= 0 && form === 'link' && isProfilePage((spans[previous] as LinkSpan).href)) previous--;
    const previousTitle = spans[previous];
    const clauseFrom = Math.max(sentenceStart(block.text, span.start), previousTitle?.end ?? 0);
    const clause = form === 'link' ? block.text.slice(clauseFrom, span.start) : '';
    // ("Ann Lee kicks off the day with her [Title](url)": a title in title case, or one the pronoun calls a talk.)
    // ("while Bo Chen presented [Title](url)": the clause's subject presenting a title that opens with a capital; "[our
    // plans](issue)" is the sentence's own words.)
    // (Not a link to the whole programme: "Ann Lee next shared the [Schedule Overview](.../program)".)
    const subject = form === 'link' && /^[\p{Lu}\d"“]/u.test(inner) && !WHOLE_PROGRAMME_PAGE.test((span as LinkSpan).href) ? clauseSubject(block.text, clauseFrom, span.start) : null;
    const clauseOwners = form === 'link' ? (clauseSpeakers(clause) ?? subject?.speakers ?? (titleCased(inner) || TALK_WORD.test(clause.slice(-30)) ? pronounOwners(clause) : null)) : null;
    // A lead opens its block or sentence, or a talk word introduces it ("the keynote **...**").
    // ... or follows a short lead-in ("Finally **...**") or another bold/linked lead ("**A by X** and **B by Y**").
    const sentenceSoFar = before.split(/[.!?:\n]\s/).pop() ?? before;
    const afterLead = /(?:,|\band|\bor|&)\s*$/.test(before) && spans.some((other) => other.end <= span.start && span.start - other.end < 8);
    const video = form === 'link' ? youtubeVideo((span as LinkSpan).href) : null;
    // A link to one talk's page (a schedule's event, a site's ".../videos/title"), whose owners may stand before it.
    const talkPage = form === 'link' && video === null && TALK_PAGE.test((span as LinkSpan).href);
    // "[Title](https://conf.example/2017/program/ann-lee/)" as a paragraph or list item of its own: the session's page.
    // Its title is in title case ("[See the schedule of day one](.../schedule/day-1/)" is a pointer), except on a
    // schedule's event page, which names its session outright.
    const pageHref = form === 'link' ? (span as LinkSpan).href.replace(/[?#].*$/, '') : '';
    // (A page whose address spells the title names its session whatever the title's case: ".../talk/a-teams-journey/".)
    // (A slot's time may stand before the link in a programme copied out: "- 18:00 [Title](.../sessions/...)".)
    const linkAlone = block.text.trim() === inner || (block.text.slice(span.end).trim() === '' && slotTimeOnly(block.text.slice(0, span.start)));
    const ownPage = form === 'link' && (block.form === 'paragraph' || block.form === 'item') && ((linkAlone && PROGRAM_PAGE.test(pageHref) && (titleCased(inner) || ((/\/events?\/[^/]+\/?$/.test(pageHref) || spellsTitle(pageHref, inner)) && titleLike(inner, true)))) || opensWithPage(block, span as LinkSpan, inner));
    // "- Ann Lee and Bo Chen [Title](url) a great collaboration": clear names that open a list item right before a
    // linked title are its speakers (a list of talks by who gave them).
    const itemOwners = form === 'link' && !video ? namesOpeningItem(block, span as LinkSpan) : null;
    const opens = itemOwners !== null || sentenceSoFar.trim().split(/\s+/).filter(Boolean).length <= 4 || kind !== null || TALK_WORD.test(before.slice(-30)) || PRESENTED.test(before.slice(-40)) || afterLead || video !== null;
    // A link to a schedule's page for one session is a talk's title wherever it stands ("Ann Lee took the stage for
    // [Title](.../program#Title)"); the sentence's clear names are its speakers ("I enjoyed [Title](.../schedule/session/
    // 174/), where Álvaro Herrera gave ...").
    const sessionPage = form === 'link' && SESSION_PAGE.test((span as LinkSpan).href);
    // ("[Title [S51225] Ann Lee (Acme)](...)": the programme's session code parts the title from its speakers.)
    const parted = withSessionCodeParted(inner);
    const own = (ownPage ? (slugNamedSpeaker(inner, (span as LinkSpan).href) ?? titleWithSpeakers(inner)) : null) ?? (sessionPage ? titleByGivenName(inner) : null) ?? (LEAD_SEPARATOR.test(parted) ? bylineAware(splitLead(parted, true, video !== null), byFollows(block.text, span.end)) : null);
    // "1. [Breaking Zorbs: Chaos Engineering on Plonk](./notes/CON310.md)": a list item that is its link alone, the
    // link's text a title in title case; a talk only in a section of talks (02-evidence.ts).
    // (Not one that names people or material: "[Title with Ann Lee](url)", "[Quux Slides by Bo Chen](url)".)
    // (A link to a page of the author's own notes names its session in any case: "[Compelled decryption](talks/x.md)".)
    const notesPage = form === 'link' && isNotesPage((span as LinkSpan).href);
    // (So does a link to its recording on a video site: "[Decisions decisions](https://vimeo.com/123)".)
    const recordingPage = form === 'link' && RECORDING_PAGE.test((span as LinkSpan).href);
    const linkItem = form === 'link' && block.form === 'item' && block.text.trim() === inner && ((titleCased(inner) && inner.split(/\s+/).length >= 3) || ((notesPage || recordingPage) && inner.split(/\s+/).length >= 2)) && !namesPersonAfter(inner) && !TRAILING_MEDIA_WORD.test(inner);
    if (!own && !video && !sessionPage && !ownPage && !itemOwners && !linkItem && !clauseOwners && !(talkPage && ownersBefore(block.text, span.start)) && !TALK_AFTER.test(block.text.slice(span.end, span.end + 200)) && !TALK_WORD.test(before) && !PRESENTED.test(before) && !block.strong.length && !closesTalkSentence(block.text, span, form)) continue;
    if (own) {
      if (namesWorks(own.title)) continue;
      out.push({ start: span.start, heading: inner, ...own, video, form, kindBefore: kind, ...(sessionPage ? { sessionPage } : {}) });
      continue;
    }
    const stop = nextLeadStart[index] ?? block.text.length;
    const trailing = trailingSpeakers(block.text, span.end, stop >= span.end ? stop : block.text.length);
    // "... talks like Ann Lee's [Title](.../presentations/title), ...": a clear name's possessive right before a link to
    // the talk's page or video, anywhere in a sentence, names its speaker (before any other name the sentence gives).
    const possessed = !trailing.speakers && (video || talkPage || sessionPage) ? possessiveOwners(block.text.slice(Math.max(sentenceStart(block.text, span.start), span.start - OWNER_WINDOW), span.start)) : null;
    if (possessed) trailing.speakers = possessed;
    if (!trailing.speakers && clauseOwners) trailing.speakers = clauseOwners;
    if (!opens && !clauseOwners) {
      // Anywhere in a sentence, a linked or bold title followed by "by" and clear names is a lead ("..., then [T](url)
      // by Ann Lee", "... and **T** by Ann Lee from Acme"), or a linked title that closes a sentence naming its talk's
      // speaker ("A talk by Ann Lee about tools: [T](url)").
      // A bold title inside a sentence that names its speaker ("Ann Lee's talk **Title**", "In **Title**, Ann Lee
      // gave ...") too.
      if (!trailing.speakers && (closesTalkSentence(block.text, span, form) || form === 'bold' || sessionPage)) trailing.speakers = sentenceSpeakers(block, span, inner, sessionPage);
      if (!trailing.speakers?.every((sp) => clearOrHandled(block.text, sp.name))) continue;
    }
    // "* **Title** Ann Lee made some great points ...": a bold title opening a list item, its sentence's subject the
    // speaker (a clear name, or its possessive: "Ann Lee's keynote was ...").
    if (!trailing.speakers && form === 'bold' && block.form === 'item' && span.start - sentenceStart(block.text, span.start) <= 2) {
      const subject = SUBJECT_AFTER.exec(block.text.slice(span.end, span.end + 80))?.[1];
      const name = subject?.replace(/['’]s$/, '');
      if (name && isPersonName(name, false)) trailing.speakers = [{ name, role: null, organization: null }];
    }
    // "[Title](video) with **Ann Lee**", "**Ann Lee** talked about the [Title](video)": the sentence names who presented it.
    // "Ann Lee's [Title](video)", "@ann_lee and Bo Chen on [Title](video)": the owners of a video's title before it,
    // or of a link to the talk's page ("Ann Lee's ["Title"](.../videos/title)").
    const owners = possessed ?? (!trailing.speakers && (video || talkPage) ? (ownersBefore(block.text, span.start) ?? namesOpeningItem(block, span as LinkSpan)) : !trailing.speakers ? itemOwners : null);
    if (owners) trailing.speakers = owners;
    if (!trailing.speakers) trailing.speakers = boldRunAfter(block, span.end);
    if (!trailing.speakers && form === 'bold') trailing.speakers = profileLinkAfter(block, span.end);
    if (!trailing.speakers) trailing.speakers = sentenceSpeakers(block, span, inner, sessionPage);
    // "[Title](video) - A look at legacy code. Ann Lee walks through ...": a video's link that opens its paragraph or
    // item is that talk's, and the notes after it narrate who gave it.
    if (!trailing.speakers && video && block.text.slice(0, span.start).trim() === '') {
      const notes = block.text.slice(span.end);
      // ("[Title](video): Ann Lee and Bo Chen provided recipes ...": clear names that open the notes did the talk.)
      const narrated = narratedSpeakers(notes);
      const opening = narrated.length ? narrated : openingNames(notes.replace(/^\s*[-–—:]\s+/, ''));
      if (opening.length) trailing.speakers = opening;
    }
    const stripped = stripLevel(inner.replace(CODE_AND_AFTER, '').replace(ROOM, '').replace(SESSION_CODE, '').replace(TRAILING_SESSION_CODE, '').replace(LEADING_SCHEDULE_TAG, '').replace(TRAILING_DURATION, ''));
    const level = stripped.level ?? trailing.level;
    // "[Panel: Title](...)", "[⚡ Lightning Talk: Title](...)": the kind label, and a symbol before it, are no part of the title.
    const labelled = stripLabel(withoutLeadingSymbols(stripped.text));
    const title = unquote(withoutKindTail(labelled.text.replace(/[\s:,;]+$/, ''))).text;
    // A linked or bold person's name is a speaker, not a title ("the talk by [Ann Lee][], [Bo Chen][] ...").
    // ... nor is an event's name ("kicked things off with a report from [ZorbConf 2016](url)").
    // ... nor is a linked or bold project or company name ("a talk by Ann Lee about [Argo CD](url)").
    // (One word is a title where its owners' possessive vouches for it: "@ann_lee's [Plonkid](video)".)
    if (!titleLike(title, true) || SESSION_DESCRIPTION.test(title) || (title.split(/\s+/).length < 2 && !owners) || (isPersonName(title, false) && !byFollows(block.text, span.end)) || resolveName(title) !== null || namesVersion(title) || DESCRIBED_TALK.test(title) || namesWorks(title) || isEventSurface(title)) continue;
    // A list item that is only a linked video title: a talk when its section names talks (the scorer decides).
    const wholeItem = (block.form === 'item' || block.form === 'row') && firstLine(block).text.replace(/[.:]$/, '').trim() === inner;
    // ... or a linked video title that opens its paragraph, its notes after a dash or colon ("[Title](video) - A look at ...").
    // (Not a screenshot's name that an image link to the video carries: "Screen Shot 2019-10-02 at 7 44 37 PM".)
    const videoLead = video !== null && block.text.slice(0, span.start).trim() === '' && /^\s*(?:[-–—:]\s|$)/.test(block.text.slice(span.end, span.end + 3)) && !SCREENSHOT.test(inner);
    // The author's own talk, its video linked ("I did my [Intro to Envoy talk](video)"): a talk, its speaker unnamed.
    // ... or its page on the event's site ("I also gave my talk on [Title](https://conf.example/2018/sessions/592)").
    const mine = (video !== null || talkPage || sessionPage) && MY_TALK.test(block.text.slice(sentenceStart(block.text, span.start), span.start));
    if (!trailing.speakers && !(video && (wholeItem || videoLead)) && !mine && !ownPage && !linkItem) continue;
    const speakers = trailing.speakers ?? [];
    const end = sentenceEndAfter(block.text, span.end, /[.;!?](?:\s|$)|\n/);
    const heading = block.text.slice(span.start, end < 0 ? block.text.length : span.end + end).replace(/\s+/g, ' ').trim();
    // "[Title](url) keynote from Ann Lee": a kind word right after the title names the kind.
    const after = /^\W{0,3}(keynote|workshop|panel|lightning talk)\b/i.exec(block.text.slice(span.end, span.end + 20))?.[1]?.toLowerCase() ?? labelled.label;
    out.push({ start: span.start, heading, title, speakers, level, label: after, video, form, kindBefore: kind, vouchedNames: owners !== null && owners === trailing.speakers, ...(ownPage ? { ownPage } : {}), ...(notesPage || recordingPage ? { notesPage: true } : {}), ...(mine && speakers.length === 0 ? { ownTalk: true } : {}) });
  }
  return out;
}

// (An apostrophe inside a name only before a capital, "O'Neil": "Ann Lee's" is her possessive.)
const OWNER_WORD = String.raw`\p{Lu}(?:[\p{L}-]|['’](?=\p{Lu}))+`;
const OWNER_NAME = String.raw`(?:@[\w.]+|${OWNER_WORD}(?:\s+(?:\p{Lu}\.?|${OWNER_WORD})){1,2})`;
/** "Ann Lee presented the [Title](video)": a verb of presenting, and its article, between the owners and the title. */
const OWNER_VERB = String.raw`\s+(presented|gave|delivered|showed)(?:\s+(?:the|their|his|her|a|an))?`;
/** Names or handles that open the line, then a possessive and up to three words, "on", or a verb of presenting, right before a title. */
const OWNERS = new RegExp(String.raw`^[\s>*-]*(${OWNER_NAME}(?:\s*(?:,|&|\band\b)\s*${OWNER_NAME})*)(?:(['’]s)(?:\s+\p{Ll}[\p{L}-]*){0,3}|\s+(?:on|about)|${OWNER_VERB})?\s*["“]?$`, 'u');
/** ... or given names alone that open the sentence and present it: "Kurt and Felix presented the [Title](video)". */
const GIVEN_OWNERS = new RegExp(String.raw`(?:^|[.!?]\s+)[\s>*-]*(${OWNER_WORD}(?:\s*(?:,|&|\band\b)\s*${OWNER_WORD})*)${OWNER_VERB}\s*["“]?$`, 'u');

/**
 * "... Maria's and Quin's talk [Title](...)", "... Ann Lee and Bo Chen's keynote [Title](...)", "... talks like Ann
 * Lee's [Title](...)": owners' possessive, perhaps with a talk word, right before the title anywhere in the sentence.
 */
const POSSESSIVE_TALK = new RegExp(String.raw`(?:^|[\s(])(${OWNER_WORD}(?:\s+${OWNER_WORD}){0,2}(?:['’]s)?(?:\s*(?:,|&|\band\b)\s*${OWNER_WORD}(?:\s+${OWNER_WORD}){0,2}(?:['’]s)?)*)(?:\s+(?:\p{Ll}+\s+)?(?:talk|keynote|session|presentation|workshop|tutorial))?\s*["“]?$`, 'u');

/** How far before a title its owners' possessive may start: three names of three words and a talk word. */
const OWNER_WINDOW = 160;

/** The owners a possessive names before a talk word (clear names, or given names alone, as recaps call speakers). */
function possessiveOwners(sentence: string): SpeakerRecord[] | null {
  const m = POSSESSIVE_TALK.exec(sentence);
  if (!m?.[1] || !/['’]s$/.test(m[1])) return null;
  const names = m[1].split(/\s*(?:,|&|\band\b)\s*/).map((n) => n.replace(/['’]s$/, '')).filter(Boolean);
  // (A rarer given name beside a known one is read too, "Maria's and Quin's talk": not a thing's name or an everyday word.)
  const given = (n: string): boolean => isGivenName(n) || (names.some(isGivenName) && !isEverydayWord(n.toLowerCase()));
  return names.every((n) => (n.includes(' ') ? isPersonName(n, false) : given(n)) && !namesAThing(n)) ? names.map((name) => ({ name, role: null, organization: null })) : null;
}

/**
 * "Ann Lee's [Title](video)", "@ann_lee's talk [Title](video)", "@ann_lee [Title](video)", "@ann_lee and Bo Chen on
 * [Title](video)": a line that opens with the people whose video it links. Handles stand for names the post does not
 * give; a name needs the shape of one (common words too: the video vouches).
 */
function ownersBefore(text: string, at: number): SpeakerRecord[] | null {
  // (Owners stand right before the title: only the line's last words are read, so a line of thousands of links stays
  // linear; names that open the line are looked for where the line is that short.)
  const from = Math.max(0, at - 2 * OWNER_WINDOW);
  const window = text.slice(from, at);
  const newline = window.lastIndexOf('\n');
  const near = newline >= 0 || from === 0;
  const line = window.slice(newline + 1);
  const m = near ? OWNERS.exec(line) : null;
  if (!m?.[1]) {
    // (Given names alone only before a verb of presenting, each one the lexicon knows as a first name.)
    const given = GIVEN_OWNERS.exec(line)?.[1]?.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
    if (given?.length && given.every((n) => isGivenName(n) && !namesAThing(n))) return given.map((name) => ({ name, role: null, organization: null }));
    // (Only the words right before the title matter: a window keeps a paragraph of thousands of links linear.)
    return possessiveOwners(text.slice(Math.max(sentenceStart(text, at), at - OWNER_WINDOW), at));
  }
  const names = m[1].split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  // (A bare name before a link, without a possessive, "on" or a verb of presenting, may be a caption's: only handles
  // stand alone.)
  if (!m[2] && !m[3] && !/\s(?:on|about)\s*["“]?$/.test(line) && !names.every((n) => n.startsWith('@'))) return null;
  if (!names.every((n) => n.startsWith('@') || isPersonName(n, true))) return null;
  return names.map((n) => ({ name: n.replace(/^@/, ''), role: null, organization: null }));
}

/** Clear names joined by commas, "and" or "&", then at most a comma, colon or dash: all that stands before a title. */
const OPENING_ITEM_NAMES = /^[\s*•+-]*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:\s*(?:,|&|\band\b)\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)*)\s*[,:–—-]?\s*$/u;

/**
 * The people that open a list item right before its link ("- Ann Lee [Title](url)", "- Ann Lee and Bo Chen, [Title](url)"):
 * each a clear name, the link no profile's, its text a title.
 */
function namesOpeningItem(block: TextBlock, span: LinkSpan): SpeakerRecord[] | null {
  // (A title opens with a capital or a digit: "[her blog](...)" describes a page.)
  if (block.form !== 'item' || isProfilePage(span.href) || !/^\s*[\p{Lu}\d"“‘]/u.test(block.text.slice(span.start, span.end))) return null;
  const lineStart = block.text.lastIndexOf('\n', span.start - 1) + 1;
  const group = OPENING_ITEM_NAMES.exec(block.text.slice(lineStart, span.start))?.[1];
  if (!group) return null;
  // ("- [*Ann Lee*](profile)'s [Title](url)": the possessive is the sentence's, not the name's.)
  const names = group
    .split(/\s*(?:,|&|\band\b)\s*/)
    .filter(Boolean)
    .map((n) => n.replace(/(\p{L})['’]s$/u, '$1'));
  return names.every((n) => isPersonName(n, false) && !namesAThing(n)) ? names.map((name) => ({ name, role: null, organization: null })) : null;
}

const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|le|la|del)?\s*\p{Lu}[\p{L}'’.-]*){1,3}`;

/**
 * "Ann Lee, a researcher from Acme, gave a talk on Title." / "Ann Lee from Acme presented a keynote about Title." /
 * "Ann Lee also gave a fantastic talk on "Title" which ..." (the title may be quoted; it ends at its closing quote) /
 * "Ann Lee (@ann) from Acme (https://twitter.com/acme) gave a great Ignite talk titled "Title"" (a handle after the
 * name, an address after the organization, up to two words of any kind before the talk word).
 */
const GAVE_TALK = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(${NAME_WORDS})(?:\s*\(@[\w.]+\))?(?:,\s+(?:an?|the)\s+([\p{L} -]{2,40}?)\s+(?:from|at|of|with)\s+([\p{Lu}][\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3}),|\s+(?:from|of|at)\s+([\p{Lu}][\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})(?:\s*\(https?:\/\/[^\s()]+\))?)?(?:\s+(?:also|then|later|finally|next))?\s+(?:gave|presented|delivered|did|held)\s+(?:an?|the|his|her|their|another)\s+(?:[\p{L}-]+\s+){0,2}?(talk|keynote|session|presentation|workshop|tutorial|panel)\s+(?:on|about|titled|called|named|entitled)\s*:?\s+["“]?(\p{Lu}[^.!?\n"“”]{2,150})`,
  'gu',
);

const GAVE_VERB = /\b(?:gave|presented|delivered|did|held)\s/;

/**
 * A recap that introduces the speaker, then the unmarked title to the sentence's end: "Next up was Ann Lee from Acme
 * who told us about Title.", "we had Ann Lee from Acme discussing Title.", "Kicking off was Ann Lee from Acme, with
 * Title.", "the day closed with Ann Lee talking about Title." The title opens with a capital mid-sentence, as prose does
 * not.
 */
const INTRODUCED_TALK = new RegExp(
  String.raw`\b(?:was|were|had|welcomed|with|(?:talk|keynote|session|presentation),)\s+(${NAME_WORDS})(?:\s+(?:from|of|at)\s+([\p{Lu}][\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3}))?,?\s+(?:with|who\s+(?:told|talked|spoke)\s+(?:to\s+)?(?:us\s+)?(?:about|on)|discussing|talking\s+about|telling\s+us\s+about|presenting|speaking\s+(?:on|about))\s+(\p{Lu}[^.!?\n]{8,150})`,
  'gu',
);
const INTRODUCED_VERB = /\b(?:was|were|had|welcomed|with|(?:talk|keynote|session|presentation),)\s+\p{Lu}/u;

/**
 * A recap that names the speaker, then the programme's order, then the unmarked title in title case: "Ann Lee followed
 * with Title.", "Ann Lee then kicked off with Title.", "Ann Lee closed the day with Title."
 */
const ORDERED_TALK = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(${NAME_WORDS})\s+(?:(?:then|next|later|finally)\s+)?(?:${ORDER_VERBS.join('|')})(?:\s+(?:things|the\s+(?:day|conference|show)|off|up)){0,2}\s+with\s+(\p{Lu}[^.!?\n]{8,150})`,
  'gu',
);

/**
 * The lead of a sentence that names a speaker and an unmarked title (the match's last group); none where the title is
 * linked or bold, as the other readers keep its markup's bounds.
 */
function unmarkedTitleLead(block: TextBlock, m: RegExpMatchArray, name: string, title: string, organization: string | null): SessionLead | null {
  const whole = m[0];
  const titleAt = (m.index ?? 0) + whole.length - (m[m.length - 1] ?? '').length;
  if ([...block.links, ...block.strong].some((span) => span.start >= titleAt && span.start < titleAt + title.length)) return null;
  const start = (m.index ?? 0) + whole.indexOf(name);
  return { start, heading: `${title} - ${name}`, title, speakers: [{ name, role: null, organization }], level: null, label: null, video: null, form: 'sentence', kindBefore: null };
}

/** The unmarked title a recap introduces: three words or more, no name or known entity alone, no clause after it. */
function introducedTitle(raw: string): string | null {
  const title = raw.replace(/[,;:]\s.*$/, '').replace(/\s*[([](?:video|videos|slides|recording|youtube|pdf|deck)[)\]]\s*$/i, '').trim();
  if (title.split(/\s+/).length < 3 || !titleLike(title) || isPersonName(title, true) || resolveName(title) !== null) return null;
  return title;
}

/** "Then Ann Lee", "Finally Ann Lee": a sentence's opening adverb before a clear name is no part of the name. */
function withoutOpeningWord(name: string): string {
  const at = name.indexOf(' ');
  const rest = name.slice(at + 1);
  return at > 0 && rest.includes(' ') && isEverydayWord(name.slice(0, at).toLowerCase()) && isPersonName(rest, false) ? rest : name;
}

/**
 * "I attended Ann Lee's talk on Skimmable Zorbs, but ...", "Bo Chen's keynote about Plonk Without Fear.": a clear name's
 * possessive, a word for the session and "on" or "about", then its unmarked title in title case, up to a clause break
 * or the first lowercase word that is no small word of a title.
 */
const OWNED_TALK_ON = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:['’]s|(?<=s)['’])\s+(?:talk|keynote|session|presentation|workshop)\s+(?:on|about|called|titled|entitled)\s+(\p{Lu}[^\n,;:.!?()[\]"“”]{3,120})/gu;
const OWNED_TALK_CUE = /['’]s?\s+(?:talk|keynote|session|presentation|workshop)\s+(?:on|about|called|titled|entitled)\s+\p{Lu}/u;

function ownedTalkLeads(block: TextBlock): SessionLead[] {
  if (!OWNED_TALK_CUE.test(block.text)) return [];
  const out: SessionLead[] = [];
  for (const m of block.text.matchAll(OWNED_TALK_ON)) {
    const [whole, name, rest] = m;
    const title = titleCasedRun(rest ?? '');
    // (Two words or more, not one known name: "Ann Lee's talk on Kubernetes" names its topic.)
    if (!name || !isPersonName(name, false) || namesAThing(name) || title.split(' ').length < 2 || resolveName(title) !== null || !titleLike(title)) continue;
    const start = (m.index ?? 0) + whole.indexOf(name);
    const titleEnd = (m.index ?? 0) + whole.length - (rest ?? '').length + title.length;
    // ("Ann Lee's talk about Zorb Icons ([Simple is Hard](video))": the linked or bracketed title after it is the talk's.)
    if (/^\s*[([]/.test(block.text.slice(titleEnd))) continue;
    out.push({ start, heading: block.text.slice(start, titleEnd), title, speakers: [{ name, role: null, organization: null }], level: null, label: null, video: null, form: 'sentence', kindBefore: null });
  }
  return out;
}

/** Reader 6: a sentence that says who gave which talk, the title unquoted but capitalised. */
function sentenceLeads(block: TextBlock): SessionLead[] {
  const out: SessionLead[] = [];
  // The patterns are costly; most blocks have none of their verbs.
  if (INTRODUCED_VERB.test(block.text)) {
    for (const m of block.text.matchAll(INTRODUCED_TALK)) {
      const [whole, said, org, rawTitle] = m;
      const name = said ? withoutOpeningWord(said) : said;
      // ("... a close with Ann Lee talking about Title": after "with" only a verb of speaking names a talk, as "lunch with
      // Ann Lee discussing Title" does not.)
      if (whole.startsWith('with') && !/\s(?:talking|speaking|presenting|telling)\s/.test(whole.slice(0, whole.length - (rawTitle ?? '').length))) continue;
      const title = introducedTitle(rawTitle ?? '');
      if (!name || !title || !isPersonName(name, false)) continue;
      const lead = unmarkedTitleLead(block, m, name, title, org?.trim() ?? null);
      if (lead) out.push(lead);
    }
  }
  if (/\swith\s+\p{Lu}/u.test(block.text)) {
    for (const m of block.text.matchAll(ORDERED_TALK)) {
      const [, said, rawTitle] = m;
      const name = said ? withoutOpeningWord(said) : said;
      const title = introducedTitle(rawTitle ?? '');
      if (!name || !title || !titleCased(title) || !isPersonName(name, false)) continue;
      const lead = unmarkedTitleLead(block, m, name, title, null);
      if (lead) out.push(lead);
    }
  }
  out.push(...ownedTalkLeads(block));
  if (!GAVE_VERB.test(block.text)) return out;
  for (const m of block.text.matchAll(GAVE_TALK)) {
    const [, said, role, org1, org2, kind, rawTitle] = m;
    const name = said ? withoutOpeningWord(said) : said;
    // The title ends at a clause break; a "(video)" or "(slides)" after it is a link, not part of it.
    const title = (rawTitle ?? '').replace(/[,;:]\s.*$/, '').replace(/\s*[([](?:video|videos|slides|recording|youtube|pdf|deck)[)\]]\s*$/i, '').trim();
    // (Giving a talk on a title is context enough for a name of less common words: "Freek Van der Herten gave ...".)
    if (!name || !isPersonName(name, true) || !titleLike(title)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push({ start, heading: m[0].slice(m[0].indexOf(name)).trim(), title, speakers: [{ name, role: role?.trim() ?? null, organization: (org1 ?? org2)?.trim() ?? null }], level: null, label: kind?.toLowerCase() ?? null, video: null, form: 'sentence', kindBefore: null });
  }
  return out;
}

/** A name that ends its sentence: a dot is an initial's ("Ann B. Lee"), never a word's ("Ann Lee. Next ..."). */
const SENTENCE_END_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|le|la|del)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}`;

/**
 * A recap's sentence that counts its sessions off, then the unmarked title and its speaker: "The first talk I went to
 * (after lunch) was Title by Ann Lee.", "The second was Title by Ann Lee.", "The keynote speaker for Title by Ann
 * Lee." The opening names a session or its order; the speaker's clear name ends the sentence, so the title is all
 * between.
 */
const COUNTED_TALK = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(?:The|My|Our)\s+((?:[\p{L}'’-]+\s+){0,8}?)(?:was|is|went\s+to|for)\s+(\p{Lu}[^.!?\n]{4,150}?)\s+by\s+(${SENTENCE_END_NAME})(?=\s*(?:[.;!]|$))`,
  'gu',
);
/** The opening names a session or its place in the day ("first", "next", "keynote speaker"). */
function counts(opening: string): boolean {
  return wordsOf(opening).some((w) => NUMBER_WORDS.has(w) || ORDER_WORDS.has(w) || TALK_GROUPS.has(w) || KIND_WORDS.some(([, kind]) => kind.has(w)));
}

/** Reader 9: a session counted off in prose, its unmarked title between the count and "by" its speaker. */
function countedTalkLeads(block: TextBlock): SessionLead[] {
  const out: SessionLead[] = [];
  if (!/\sby\s/.test(block.text)) return out;
  for (const m of block.text.matchAll(COUNTED_TALK)) {
    const [whole, opening, rawTitle, name] = m;
    // ("The keynote speaker for Keynote: Title by Ann Lee": the kind label is no part of the title.)
    const labelled = stripLabel((rawTitle ?? '').trim());
    const title = labelled.text;
    if (!name || !counts(opening ?? '') || title.split(/\s+/).length > 14 || !titleLike(title) || !isPersonName(name, false) || resolveName(title) !== null) continue;
    // A linked or bold title is the other readers' (they keep its markup's bounds).
    const titleAt = (m.index ?? 0) + whole.indexOf(title);
    if ([...block.links, ...block.strong].some((span) => span.start < titleAt + title.length && span.end > titleAt)) continue;
    const start = (m.index ?? 0) + (whole.length - whole.trimStart().length);
    out.push({ start, heading: `${title} by ${name}`, title, speakers: [{ name, role: null, organization: null }], level: null, label: labelled.label, video: null, form: 'sentence', kindBefore: kindBefore(block.text, titleAt) });
  }
  return out;
}

/** A session code and its title in parentheses: "ANT301 (Friction-less Data at Acme)", "MAD202 (The Process)". */
const CODE_TITLE = /\b[A-Z]{2,5}\d{2,4}[A-Z]?\s*\(\s*([^()]{8,160}?)\s*\)/g;

/**
 * Reader 8: a session named by its code with the title in parentheses, its speaker the person linked in the same
 * item or paragraph ("my favourite talk was ANT301 (Title). Kudos to [Ann Lee](...)", "[Ann Lee's](...) MAD202 (Title)").
 */
function codeTitleLeads(block: TextBlock): SessionLead[] {
  const out: SessionLead[] = [];
  if (!/[A-Z]{2,5}\d{2,4}[A-Z]?\s*\(/.test(block.text)) return out;
  const people = block.links.map((l) => block.text.slice(l.start, l.end).replace(/['’]s?$/, '').trim()).filter((n) => isPersonName(n, false));
  for (const m of block.text.matchAll(CODE_TITLE)) {
    const title = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    if (!titleLike(title, true) || title.split(' ').length < 2 || resolveName(title) !== null) continue;
    const speakers = people.length === 1 && people[0] ? [{ name: people[0], role: null, organization: null }] : [];
    out.push({ start: m.index ?? 0, heading: `${title}${speakers.length ? ` - ${speakers[0]?.name}` : ''}`, title, speakers, level: null, label: null, video: null, form: 'sentence', kindBefore: null });
  }
  return out;
}

/** Where an unmarked title starts in prose: after a talk word and "about"/"called"/a comma, or after "listened to". */
const TITLE_OPENER = /\b(?:(?:talk|speech|session|keynote|presentation|lecture|workshop)(?:\s+(?:about|on|called|titled|named|entitled)\s+|[^,.:;!?]{0,40}?[,:]\s+)|(?:listened\s+to|went\s+to\s+listen\s+to|attended|watched)\s+(?:the\s+)?)/gi;

/**
 * Reader 7: an unmarked title in a sentence, before "by" and a bold or linked speaker ("Teemu listened to Cloud-native
 * dev tools by **Grace Jansen** from IBM", "the last speech of the day, Thinking Architecturally by **Nate Schutta**").
 * The markup on the name and the talk word before the title set the title apart.
 */
function proseTitleLeads(block: TextBlock): SessionLead[] {
  const out: SessionLead[] = [];
  for (const span of [...block.strong, ...block.links]) {
    const text = block.text;
    if (!/\bby\s+$/.test(text.slice(Math.max(0, span.start - 4), span.start))) continue;
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    if (!isPersonName(name, false)) continue;
    const start = sentenceStart(text, span.start);
    const before = text.slice(start, span.start).replace(/\s+by\s+$/, '');
    let opener: RegExpExecArray | null = null;
    for (const m of before.matchAll(TITLE_OPENER)) opener = m;
    if (!opener) continue;
    const titleAt = (opener.index ?? 0) + opener[0].length;
    const title = before.slice(titleAt).replace(/\s+/g, ' ').trim();
    const words = title.split(' ');
    // (A quote mark in it is a quoted title's end, which the quotes reader reads whole.)
    if (!/^[\p{Lu}\d]/u.test(title) || words.length > 14 || /[.!?;"“”]/.test(title) || !titleLike(title) || isPersonName(title, false) || resolveName(title) !== null) continue;
    // ("from DataStax It started ...": a sentence that runs on without its full stop is no part of the name.)
    const orgWords = organizationAfter(text.slice(span.end, span.end + 80))?.split(/\s+/) ?? [];
    while (orgWords.length > 1 && SENTENCE_START.has((orgWords[orgWords.length - 1] ?? '').toLowerCase())) orgWords.pop();
    const organization = orgWords.length ? orgWords.join(' ') : null;
    out.push({ start: start + titleAt, heading: `${title} by ${name}`, title, speakers: [{ name, role: null, organization }], level: null, label: null, video: null, form: 'sentence', kindBefore: null });
  }
  return out;
}

/** The lead's title sits after the item's own lead, in its description (a quoted lead starts at its sentence). */
function afterOwnLead(block: TextBlock, lead: SessionLead, ownEnd: number, lineEnd: number): boolean {
  const at = block.text.indexOf(lead.title, lead.start);
  return (at >= 0 ? at : lead.start) >= ownEnd && lead.start < lineEnd;
}

/** A time slot that opens a programme's line: "10:00 AM - 11:00 AM - ", "14:20-15:00 ", "9.30 – 10.15: ". */
const SLOT_OPENING = new RegExp(String.raw`^\s*${CLOCK_RANGE}\s*(?:[-–—|:]\s+|\s)`, 'i');

/**
 * A paragraph that is a programme, one slot per line ("10:00 AM - 11:00 AM - Title by Ann Lee, Acme"): each line
 * after its time is read as a lead of its own (a break or lunch names no one and reads as none).
 */
function slotLineLeads(block: TextBlock): SessionLead[] {
  // (Most paragraphs open no line with a time: they are not split at all.)
  if (block.form !== 'paragraph' || !block.text.includes('\n') || !/^\s*\d{1,2}[:.]\d{2}/m.test(block.text)) return [];
  const lines = block.text.split('\n');
  if (lines.filter((l) => SLOT_OPENING.test(l)).length < 2) return [];
  const out: SessionLead[] = [];
  let at = 0;
  for (const line of lines) {
    const slot = SLOT_OPENING.exec(line);
    const text = slot ? line.slice(slot[0].length).trim() : '';
    const split = text ? splitLead(text, false, false, true) : null;
    // (Read as a row of the programme's table: each line its own lead, its time the cell before it.)
    // (A closing quote with no opening one is a slip: "Title\" by Ann Lee".)
    const title = split && !/["“]/.test(split.title.slice(0, -1)) ? split.title.replace(/["”]$/, '') : split?.title;
    if (split && title && titleLike(title)) out.push({ start: at, heading: text, ...split, title, video: null, form: 'cells', kindBefore: null });
    at += line.length + 1;
  }
  return out;
}

/** The pattern table: each reader is one form of lead; a new form is a new row here plus its test rows. */
export const LEAD_READERS: ReadonlyArray<{ name: SessionLead['form']; read: (block: TextBlock, within?: PostAnchors) => SessionLead[] }> = [
  { name: 'row', read: rowLead },
  { name: 'link', read: etAlLeads },
  { name: 'link', read: (b, within) => spanLeads(b, b.links, 'link', within) },
  { name: 'bold', read: (b) => spanLeads(b, b.strong, 'bold') },
  { name: 'bold', read: boldBylineItemLeads },
  { name: 'bold', read: boldLabelParagraphLeads },
  { name: 'quoted', read: quotedLeads },
  { name: 'sentence', read: sentenceLeads },
  { name: 'sentence', read: proseTitleLeads },
  { name: 'sentence', read: codeTitleLeads },
  { name: 'sentence', read: countedTalkLeads },
  { name: 'sentence', read: colonNarratedLeads },
  { name: 'sentence', read: presentedTitleLeads },
  { name: 'sentence', read: topicItemLeads },
  { name: 'sentence', read: subjectTitleLeads },
  { name: 'cells', read: slotLineLeads },
  { name: 'cells', read: slotItemLeads },
  { name: 'line', read: lineLead },
  // (Last: any other reading of the item, with its speakers, comes first.)
  { name: 'sentence', read: plainTitleItemLeads },
];

/** The new lead's title is a whole bold or linked run that the earlier lead, at the same place, cut short. */
function wholeMarkedTitle(block: TextBlock, earlier: SessionLead | undefined, lead: SessionLead): boolean {
  if (!earlier || earlier.start !== lead.start || lead.speakers.length === 0 || lead.title.length <= earlier.title.length || !lead.title.startsWith(earlier.title)) return false;
  return [...block.strong, ...block.links].some((span) => block.text.slice(span.start, span.end).trim() === lead.title);
}

/** The line's reading goes on past a linked title that opens it, with speakers: "[Title](video): Subtitle (Ann Lee)". */
function extendsTitle(linked: SessionLead | undefined, line: SessionLead): boolean {
  // (The link's text is its title alone: "[Ann Lee - Title](video)" over notes is read by the link.)
  // (Not into a sentence of the notes: "[Title](video): This talk by Ann Lee ..." has no subtitle.)
  return !!linked && linked.form === 'link' && linked.start === line.start && linked.heading.startsWith(linked.title) && line.speakers.length > 0 && line.speakers.length >= linked.speakers.length && line.title.length > linked.title.length + 3 && line.title.startsWith(linked.title) && !NOTES_OPENER.test(line.title.slice(linked.title.length));
}
/** Words that open a sentence of notes, not a subtitle, after a title and its colon or dash. */
const NOTES_OPENER = /^[\s:,;–—-]*(?:this|that|these|those|it|i|we|he|she|they|here)\b/i;

/**
 * Every lead of a block, at most one per start offset (the first reader in the table wins). A marked-up lead
 * (link, bold) inside a first line is more precise than the whole line ("Max's talk: [Title - Max, Acme](...)").
 */
export function blockLeads(block: TextBlock, within?: PostAnchors): SessionLead[] {
  // A block that is only a link to a social post is a caption of a photo or a remark: no reader reads it.
  const whole = wholeSpan(block, block.links);
  if (whole && isSocialPost(whole.href)) return [];
  const leads: SessionLead[] = [];
  const lineEnd = block.text.indexOf('\n') < 0 ? block.text.length : block.text.indexOf('\n');
  // A list item's own lead ("Title by Ann Lee, Acme: ...") comes first; a link in the description after it
  // ("I spoke with Ann on our [other talk](video)") points elsewhere and is no lead of this item.
  const lineLeads = lineLead(block, within);
  const own = block.form === 'item' ? lineLeads.find((l) => l.form === 'line' && rawEnd(block.text, l.start, l.heading) > 0) : undefined;
  const ownEnd = own ? rawEnd(block.text, own.start, own.heading) : -1;
  for (const reader of LEAD_READERS) {
    for (const lead of reader.name === 'line' ? lineLeads : reader.read(block, within)) {
      if (own && lead !== own && afterOwnLead(block, lead, ownEnd, lineEnd)) continue;
      // (A lead of a later line of the item overlaps only a lead at its own start.)
      const overlapping = lead.form === 'line' && lead.start < lineEnd ? leads.findIndex((l) => l.start < lineEnd) : leads.findIndex((l) => Math.abs(l.start - lead.start) < 3);
      if (overlapping < 0) leads.push(lead);
      // ("* [Title](video)" with "Ann Lee" alone on the next line: the link reader reads the title without its
      // speakers; the two-line reading of the same title, with them, takes its place.)
      else if (leads[overlapping]?.speakers.length === 0 && lead.speakers.length > 0 && leads[overlapping]?.title === lead.title) leads[overlapping] = lead;
      // ("- [Title](video): Its Subtitle (Ann Lee)": the line reads on past the link; its longer title is the talk's.)
      else if (lead.form === 'line' && extendsTitle(leads[overlapping], lead)) leads[overlapping] = lead;
      // ("**Insights from Tracing Zorbs**" over "*Ann Lee, Acme*": the two-line reading keeps the whole bold title,
      // which the bold reader split at its "from".)
      else if (wholeMarkedTitle(block, leads[overlapping], lead)) leads[overlapping] = lead;
      // ("**Workshop: Ann Lee**" over "Title": the bold reader takes the bill for a title; the name-over-title
      // reading of the same speaker has the title.)
      else if (lead.nameOverTitle && billOnly(leads[overlapping]) && speakerKey(lead) === speakerKey(leads[overlapping] ?? lead)) leads[overlapping] = lead;
    }
  }
  return withoutCutTitles(leads).sort((a, b) => a.start - b.start);
}

/** A lead whose title only bills its speaker: their name under a kind ("Workshop: Ann Lee"), or "Mystery Speaker". */
function billOnly(lead: SessionLead | undefined): boolean {
  if (!lead?.speakers.length) return false;
  let rest = stripLabel(lead.title).text;
  for (const sp of lead.speakers) rest = rest.replace(sp.name, '');
  return /^[\s:,&–—-]*$/.test(rest) || /^(?:\p{L}+\s+){0,2}speaker$/iu.test(rest.trim());
}

const SET_APART_FORMS: ReadonlySet<SessionLead['form']> = new Set(['link', 'bold', 'quoted']);
const speakerKey = (lead: SessionLead): string => lead.speakers.map((sp) => sp.name).join('|');

/**
 * "Ann Lee talked about [Mob Zorbing, A Whole Team Approach](video)": a sentence reader cuts the title at its comma
 * ("Mob Zorbing"), where the markup sets the whole title apart; the cut reading of the same speakers goes.
 */
function withoutCutTitles(leads: SessionLead[]): SessionLead[] {
  if (leads.length < 2) return leads;
  return leads.filter((cut) => !leads.some((whole) => whole !== cut && SET_APART_FORMS.has(whole.form) && !SET_APART_FORMS.has(cut.form) && speakerKey(whole) === speakerKey(cut) && whole.title.length > cut.title.length && whole.title.startsWith(cut.title) && /^[\s,:;–—-]/.test(whole.title.slice(cut.title.length))));
}
