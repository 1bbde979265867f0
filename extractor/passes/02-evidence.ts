/**
 * Pass 2: the session recognizer's one evidence table. Every candidate talk is a SessionLead, whatever offered it: a
 * heading (02-talks.ts), or a list item, table row, bold or linked lead, quoted title or sentence (the lead readers of
 * 02-session-leads.ts). The shared heading grammar (02-heading.ts) has split each into title, speakers, roles and
 * organizations. Each row below is one kind of evidence with its weight, or counter-evidence that vetoes; a candidate
 * whose evidence reaches SESSION_THRESHOLD is a talk. A new kind of evidence is a new row here plus its test rows.
 *
 * A candidate that names its speakers is weighed by how clearly they read as people and by what sets it apart. A title
 * alone (no speaker in it) needs one row of title-only evidence, each strong enough by itself: a video in a section of
 * talks, the author's own talk, a heading's own video, a speaker line in its notes, ...
 */
import type { TextBlock } from './00-blocks.ts';
import type { Section } from './types.ts';
import type { HeadingParts } from './02-heading.ts';
import { type SessionLead, titleCased } from './02-lead-text.ts';
import { isStructural } from './02-context.ts';
import { isPersonName, nameStrength } from './02-person-name.ts';
import { clearOrHandled, bodySpeakers, namedOnStage, onStageSpeaker, ownTalk, speakerLine } from './02-speakers-in-text.ts';
import { openingProfileCard, sectionLinkedSpeakers } from './02-bold-speakers.ts';
import { afterTalkGroup, boldTalk, groupsTalks, headingLinksTalkPage, inTalkGroup, namesEvent, NUMBERED_HEADING, ownMaterial, ownVideo, slotFieldTitle, underThemes, UNPRESENTED, videoBelow } from './02-talk-sections.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { mononymAtCompany } from './02-speakers.ts';
import { firstTextLine, isProfileLink, isProfilePage, NUMBER_WORDS, ONE_SESSION_KINDS, PEOPLE_GROUPS, SESSION_FORMATS, WHEN_WORDS, wordsOf } from './02-words.ts';

/** The evidence a talk needs; a lead with clear names in a list item or bold lead reaches it, a bare "Title - Name" line in prose does not. */
export const SESSION_THRESHOLD = 3;

export interface SessionContext {
  /** The section, or a heading above it, names talks or days ("Talks", "Keynotes", "Day 2"). */
  talkSection: boolean;
  /** Most of the section's list items each link a page of the author's notes on one session (a notes repository's index). */
  notesIndex?: boolean;
  /** The section's own heading names sessions in the plural ("Sessions of the Day", "Talks I attended"). */
  namesSessions?: boolean;
}

/** Where a candidate stood: a block of a section's text, or a heading of its own. */
export type Place =
  | { kind: 'block'; block: TextBlock }
  | {
      kind: 'heading';
      section: Section;
      parts: HeadingParts;
      sections: Section[];
      /** How many talks the section's own text names inline (asked only when a row needs it). */
      inlineLeads: () => number;
      /** Most headings beside it, under the same parent, are talks (at least two). */
      peersAreTalks: boolean;
      /** It heads the notes of one session under a day's heading, in the day's habit of title-only headings (02-day-notes.ts). */
      dayNote?: boolean;
    };

export interface Candidate {
  lead: SessionLead;
  place: Place;
  ctx: SessionContext;
}

type Heading = Extract<Place, { kind: 'heading' }>;

interface Row {
  name: string;
  /** Which candidates the row weighs: those that name speakers, or titles alone. */
  for: 'named' | 'title-only';
  /** Counter-evidence: when it holds (weighs more than 0), the candidate is no talk whatever else holds. */
  veto?: true;
  /** The row's weight for this candidate; 0 when it does not hold. */
  weigh: (c: Candidate) => number;
}

const holds = (yes: boolean): number => (yes ? 1 : 0);
const heading = (c: Candidate): Heading | null => (c.place.kind === 'heading' ? c.place : null);
const blockText = (c: Candidate): string => (c.place.kind === 'block' ? c.place.block.text : c.place.section.heading);
/** A title-only row for headings: it holds, or it does not. */
const headingRow = (name: string, test: (h: Heading) => boolean): Row => ({ name, for: 'title-only', weigh: (c) => { const h = heading(c); return h && test(h) ? SESSION_THRESHOLD : 0; } });

/**
 * The speakers read clearly: the place vouches for them (a heading's grammar, a "Speaker(s)" column, a possessive
 * before a title), each is a clear name or a handle the block writes, or a weak name stands beside a clear co-speaker
 * ("Maya Leibman and Ross Clanton").
 */
function clearNames(c: Candidate): boolean {
  // (Asked by the veto on implausible names and again by the evidence row: read once per candidate.)
  const known = clearRead.get(c);
  if (known !== undefined) return known;
  const clear = readClearNames(c);
  clearRead.set(c, clear);
  return clear;
}

const clearRead = new WeakMap<Candidate, boolean>();

function readClearNames(c: Candidate): boolean {
  const { lead } = c;
  const text = blockText(c);
  return lead.vouchedNames === true || c.place.kind === 'heading' || lead.speakers.every((s) => clearOrHandled(text, s.name) || text.includes(`@${s.name}`) || linkedName(c, s.name, isProfileLink)) || (lead.speakers.length > 1 && lead.speakers.every((s) => isPersonName(s.name, true)) && lead.speakers.some((s) => isPersonName(s.name, false)));
}

/**
 * The block links the name (one that may be a person's) with a link the test accepts: any profile site's
 * ("by [Tijs van Zorb](https://twitter.com/tvz)" vouches for a name of less common words), or the owner's own page.
 */
function linkedName(c: Candidate, name: string, linkTest: (href: string) => boolean): boolean {
  return isPersonName(name, true) && linksName(c, name, linkTest);
}

/** The block links exactly these words with a link the test accepts. */
function linksName(c: Candidate, name: string, linkTest: (href: string) => boolean): boolean {
  if (c.place.kind !== 'block') return false;
  const { block } = c.place;
  return block.links.some((l) => linkTest(l.href) && block.text.slice(l.start, l.end).trim() === name);
}

/**
 * Names that may be people: clear ones, or a name of common words ("Leo Sharp") with company (an organization, a video,
 * a clear co-speaker) or linked to its owner's profile ("by [Ally Long](https://twitter.com/allyl)").
 */
function plausibleNames(c: Candidate): boolean {
  const { lead } = c;
  const company = lead.video !== null || lead.speakers.some((s) => nameStrength(s.name) === 'strong');
  return clearNames(c) || lead.vouchedNames === true || lead.speakers.every((s) => isPersonName(s.name, true) || mononymAtCompany(s.name, s.organization) || (nameStrength(s.name) === 'shape' && (s.organization !== null || company || linksName(c, s.name, isProfilePage))));
}

/** The title opens with its own speaker's name and a verb ("Russ Cox shed some light on ..."): a sentence about the talk. */
function opensWithSpeaker(lead: SessionLead): boolean {
  return lead.speakers.some((sp) => lead.title.startsWith(`${sp.name} `) && /^\p{Ll}/u.test(lead.title.slice(sp.name.length + 1)));
}

/**
 * "## Keynote" (or "## Keynote Day 3") over a first line of clear names only ("Ann Lee", "[Ann Lee](profile)"), and no
 * talks of its own below: the one session those people gave, titled by its kind.
 */
function speakersUnderKind(h: Heading): boolean {
  // (Only the kind and words of when: "Talk summaries" heads notes of many.)
  const words = wordsOf(h.parts.title).filter((w) => !/^\d+$/.test(w));
  if (!words.some((w) => ONE_SESSION_KINDS.has(w)) || !words.every((w) => ONE_SESSION_KINDS.has(w) || WHEN_WORDS.has(w))) return false;
  const named = speakerLine(h.section.text);
  return !!named?.length && named.every((sp) => isPersonName(sp.name, false)) && h.inlineLeads() === 0;
}

/** "Flux & Argo", "Microsoft and Linkerd": two or more names the lists know, joined, head a topic of the post. */
function joinedKnownNames(title: string): boolean {
  const parts = title.split(/\s*(?:&|\+|\/|,|\band\b)\s*/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => resolveName(p) !== null);
}

/** Notes whose first paragraph calls their heading one session: "This talk was ...", "The most entertaining session of ...". */
// (Mid-paragraph only "This talk": "The Opening Keynote with Ann Lee had ..." there names another session.)
const CALLED_SESSION = /(?:^\W*(?:this|the|my|our)|[.!?]\s+this)\s+(?:[\p{L}-]+\s+){0,3}(?:session|talk|keynote|presentation|workshop)\b(?!s)/iu;

/** "I have to say that this talk was really inspiring": the author's verdict on the heading's session. */
const SAID_OF_SESSION = /\b(?:say|admit|think|thought|found|felt|agree)\s+that\s+this\s+(?:session|talk|keynote|presentation|workshop)\s+(?:was|is)\b/iu;

/**
 * "Ann Lee was a delight to listen to. As someone who ..., this talk was ...": after a clause's comma, "this talk" calls
 * the heading one session where the paragraph opens with the person on stage ("Comparatively speaking, this session
 * was calm" under a heading of the author's day is no talk of its own).
 */
const CALLED_AFTER_CLAUSE = /[,;]\s+this\s+(?:session|talk|keynote|presentation|workshop)\s+(?:was|is)\b/iu;
const OPENS_WITH_NAME = /^\W*(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s/u;
function calledAfterOpeningName(first: string): boolean {
  const name = OPENS_WITH_NAME.exec(first)?.[1];
  return CALLED_AFTER_CLAUSE.test(first) && !!name && isPersonName(name, false);
}

/** The notes' first line calls the heading one session, in any of the ways above. */
function calledSession(first: string): boolean {
  return CALLED_SESSION.test(first) || SAID_OF_SESSION.test(first) || calledAfterOpeningName(first);
}

/** The notes' first line is one bold run naming the session's format: "**Keynote**", "**Quickie**", "**Conférence**". */
function formatLine(section: Section): boolean {
  const block = section.blocks[0];
  const first = block?.text.split('\n')[0]?.trim() ?? '';
  return !!block && SESSION_FORMATS.has(first.toLowerCase()) && block.strong.some((s) => block.text.slice(s.start, s.end).trim() === first);
}

/**
 * "1. [Breaking Zorbs: Chaos Engineering on Plonk](./notes/CON310.md)" under "### Containers" in "## Breakout Sessions":
 * the item is its link alone, the link's text capitalised as a title.
 */
function linkedTitleItem(c: Candidate): boolean {
  if (c.place.kind !== 'block' || c.lead.form !== 'link') return false;
  const { block } = c.place;
  const words = c.lead.title.split(/\s+/).length;
  // (A link to the author's notes page on it names a session in any case: "[Compelled decryption](talks/x.md)".)
  return block.form === 'item' && block.text.trim() === c.lead.heading.trim() && ((titleCased(c.lead.title) && words >= 3) || (!!c.lead.notesPage && words >= 2));
}

/** A day's label, then a separator and the day's theme (or the theme in parentheses): the heading of a day, whatever the theme says. */
const DAY_THEME = /^\W*(?:day\s*#?\s*(?:\d{1,2}|one|two|three|four|five|six|seven)|(?:first|second|third|fourth|fifth|final|last)\s+day)\s*(?:[-–—:|]\s+\S|\([^()]+\)\s*$)/i;

/** A reviewer's rating of a session: "Rating: :star: :star:", "Rating: ★★★☆", "Rating: 4/5". */
const RATING_LINE = /^\W*(?:rating|score|stars)\s*:\s*(?:(?::star:|★|☆|⭐|\*)\s*)+$|^\W*(?:rating|score)\s*:\s*\d(?:\.\d)?\s*\/\s*(?:5|10)\b/iu;

/** A heading of joined known names and no speakers of its own (any the notes name are someone's in the topic). */
const topicOfNames = (c: Candidate): boolean => {
  const h = heading(c);
  return !!h && h.parts.speakers.length === 0 && joinedKnownNames(c.lead.title);
};

const SET_APART: ReadonlySet<SessionLead['form']> = new Set(['bold', 'link', 'quoted', 'sentence', 'cells']);

/** A heading written as a sentence: a full stop ends it, and its title is six words or more in sentence case. */
function proseHeading(c: Candidate): boolean {
  const h = heading(c);
  return !!h && /[^.\s]\.\s*$/.test(h.section.heading) && c.lead.title.split(/\s+/).length >= 6 && !titleCased(c.lead.title);
}

/** "10 talks from ZorbConf", "Top 5 sessions of the week", "Five talks I liked": a heading that counts talks. */
const COUNTS_TALKS = /^\W*(?:(?:my|our|the)\s+)?(?:top\s+)?(\d{1,2}|\p{L}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|sessions|keynotes|presentations|lectures)\b/iu;

/** The heading above the section, or the post's title over its top headings, counts talks. */
function countedAbove(sections: readonly Section[], section: Section): boolean {
  const parent = section.parent === null ? undefined : sections[section.parent];
  const above = parent && parent.level > 0 ? parent.heading : sections.find((s) => s.postTitle)?.postTitle;
  const count = above ? COUNTS_TALKS.exec(above)?.[1] : undefined;
  return !!count && (/^\d+$/.test(count) || NUMBER_WORDS.has(count.toLowerCase()));
}

const MY_TALK_HEADING = /\bmy\s+(?:own\s+)?(?:talk|session|keynote|presentation|workshop)\b/i;

/** A section above this one is already about the author's own talk (by its heading or its opening lines). */
function underOwnTalk(sections: readonly Section[], section: Section): boolean {
  for (let up = section.parent; up !== null; up = sections[up]?.parent ?? null) {
    const above = sections[up];
    if (above && (ownTalk(above.text) || MY_TALK_HEADING.test(above.heading))) return true;
  }
  return false;
}

/**
 * A title that opens with a few describing words and a plural for the event's people, before any "for", "of" or "with"
 * ("Passionate Microsoft speakers", "Dedicated local MVPs with their kiosk"; not "Advice for Speakers").
 */
function namesPeopleGroup(title: string): boolean {
  const words = wordsOf(title);
  const cut = words.findIndex((w) => FUNCTION_WORDS.has(w));
  const opening = cut < 0 ? words : words.slice(0, cut);
  return opening.length > 0 && opening.length <= 4 && PEOPLE_GROUPS.has(opening[opening.length - 1] ?? '');
}
const FUNCTION_WORDS = new Set(['for', 'of', 'to', 'with', 'on', 'in', 'about', 'from', 'by', 'and', 'the', 'a', 'an', 'how', 'why', 'what', 'your', 'our', 'my']);

/** The pattern table: counter-evidence (vetoes), then evidence for named speakers, then evidence for a title alone. */
export const SESSION_EVIDENCE: readonly Row[] = [
  // Counter-evidence.
  { name: 'a sentence that opens with its own speaker', for: 'named', veto: true, weigh: (c) => holds(c.place.kind === 'block' && opensWithSpeaker(c.lead)) },
  { name: 'only its section says it is a talk, and the section names none', for: 'named', veto: true, weigh: (c) => holds(!!c.lead.inTalksOnly && !c.ctx.talkSection) },
  { name: 'known names joined, a topic whose notes name someone', for: 'named', veto: true, weigh: (c) => holds(topicOfNames(c)) },
  { name: 'names that do not read as people', for: 'named', veto: true, weigh: (c) => holds(!plausibleNames(c)) },
  { name: 'a heading that is a sentence of prose ("For more photos, check out this album started by Ann Lee.")', for: 'named', veto: true, weigh: (c) => holds(proseHeading(c)) },
  { name: 'a title that is a person linked to their profile page (the line lists people)', for: 'named', veto: true, weigh: (c) => holds(linkedName(c, c.lead.title.trim(), isProfilePage)) },
  { name: 'a title that names a group of the event\'s people ("Strong organizers: [Ann Lee](...) and ...")', for: 'named', veto: true, weigh: (c) => holds(namesPeopleGroup(c.lead.title)) },
  { name: 'a structural heading ("Day 2", "Lunch")', for: 'title-only', veto: true, weigh: (c) => { const h = heading(c); return holds(!!h && isStructural(c.lead.title) && !speakersUnderKind(h) && slotFieldTitle(h.section, h.parts.title) === null); } },
  { name: 'a day\'s heading with its theme ("Day Three - All Good Things Must End")', for: 'title-only', veto: true, weigh: (c) => holds(!!heading(c) && DAY_THEME.test(c.lead.title)) },
  { name: 'a session nobody presents (open space, unconference)', for: 'title-only', veto: true, weigh: (c) => holds(!!heading(c) && UNPRESENTED.test(c.lead.title)) },
  { name: 'known names joined, a topic ("Flux & Argo")', for: 'title-only', veto: true, weigh: (c) => holds(topicOfNames(c)) },
  { name: 'the event\'s own name heading the post', for: 'title-only', veto: true, weigh: (c) => holds(!!heading(c) && namesEvent(c.lead.title)) },
  // Evidence for a candidate that names its speakers.
  { name: 'names that read clearly as people', for: 'named', weigh: (c) => (clearNames(c) ? 2 : 1) },
  { name: 'a known organization (0.5 for any)', for: 'named', weigh: (c) => (c.lead.speakers.some((s) => s.organization && resolveName(s.organization, 'Organization')) ? 1 : c.lead.speakers.some((s) => s.organization) ? 0.5 : 0) },
  { name: 'a video, or a link to the session\'s own page in the programme', for: 'named', weigh: (c) => (c.lead.video || c.lead.sessionPage ? 1 : 0) },
  { name: 'a kind label or a talk word before it', for: 'named', weigh: (c) => (c.lead.label || c.lead.kindBefore ? 1 : 0) },
  { name: 'a level marker', for: 'named', weigh: (c) => (c.lead.level ? 1 : 0) },
  { name: 'a section of talks or days', for: 'named', weigh: (c) => (c.ctx.talkSection ? 1 : 0) },
  { name: 'a list item or table row', for: 'named', weigh: (c) => (c.place.kind === 'block' && (c.place.block.form === 'item' || c.place.block.form === 'row') ? 1 : 0) },
  { name: 'markup, cells or quotes set the title apart', for: 'named', weigh: (c) => (SET_APART.has(c.lead.form) || c.lead.quoted ? 1 : 0) },
  { name: 'a heading of its own', for: 'named', weigh: (c) => (heading(c) ? 1 : 0) },
  // Evidence for a title alone: each row suffices.
  { name: 'a video in a section of talks', for: 'title-only', weigh: (c) => (c.place.kind === 'block' && c.lead.video && c.ctx.talkSection ? SESSION_THRESHOLD : 0) },
  { name: 'a paragraph or list item that is only a link to its session\'s page', for: 'title-only', weigh: (c) => (c.place.kind === 'block' && c.lead.ownPage ? SESSION_THRESHOLD : 0) },
  { name: 'a list item that is only a link, its text a title in title case, in a section of talks or an index of notes pages', for: 'title-only', weigh: (c) => ((c.ctx.talkSection || c.ctx.notesIndex) && linkedTitleItem(c) ? SESSION_THRESHOLD : 0) },
  { name: 'a list item that is a title and its slot\'s time ("Title (3:05pm-3:45pm)"), in a section of talks or days', for: 'title-only', weigh: (c) => (c.ctx.talkSection && c.lead.slotted ? SESSION_THRESHOLD : 0) },
  { name: 'a list item that is a title alone in title case, under a heading that names sessions', for: 'title-only', weigh: (c) => (c.ctx.namesSessions && c.lead.plainItem ? SESSION_THRESHOLD : 0) },
  { name: 'the author\'s own talk, named before its title', for: 'title-only', weigh: (c) => (c.lead.ownTalk ? SESSION_THRESHOLD : 0) },
  { name: 'a title its sentence names as a talk\'s ("a talk called “Title”")', for: 'title-only', weigh: (c) => (c.lead.namedTalk ? SESSION_THRESHOLD : 0) },
  headingRow('its own video', (h) => ownVideo(h.section)),
  headingRow('a link to its slides or recording, named only so ("[Slides](deck.pdf)")', (h) => ownMaterial(h.section)),
  headingRow('a video under a structural sub-heading', (h) => videoBelow(h.section, h.sections)),
  headingRow('the heading links a talk page', (h) => headingLinksTalkPage(h.section)),
  headingRow('a kind label ("Keynote:")', (h) => h.parts.label !== null),
  headingRow('a level marker ("[B]")', (h) => h.parts.level !== null),
  headingRow('a quoted title, not under themes', (h) => h.parts.quoted && !underThemes(h.sections, h.section)),
  headingRow('a talks or day group above', (h) => inTalkGroup(h.sections, h.section)),
  headingRow('a heading of talks before it at its level, with nothing under it ("## Talks" over a paragraph, then "## Title")', (h) => afterTalkGroup(h.sections, h.section)),
  headingRow('a numbered heading under a heading or post title that counts talks ("10 talks from ZorbConf" over "## 3. Title")', (h) => NUMBERED_HEADING.test(h.section.heading) && countedAbove(h.sections, h.section)),
  headingRow('a session\'s notes under a day\'s heading, as the day\'s other notes are headed', (h) => !!h.dayNote),
  headingRow('a slot of the programme over a title field ("## Talk 1", then "Topic: Title")', (h) => slotFieldTitle(h.section, h.parts.title) !== null),
  headingRow('the notes\' first paragraph calls it a session ("The best session of the day", "... This talk was about")', (h) => calledSession(firstTextLine(h.section.text))),
  headingRow('the notes open with the author\'s rating of it ("Rating: ★★★")', (h) => RATING_LINE.test(firstTextLine(h.section.text))),
  headingRow('the notes open with its format in bold ("**Keynote**", "**Conférence**")', (h) => formatLine(h.section)),
  headingRow('a speaker line in the notes', (h) => speakerLine(h.section.text) !== null),
  headingRow('the notes say who gave it', (h) => bodySpeakers(h.section.text).length > 0),
  // (Not where the notes name talks of their own: "#### My favourite speakers" over "Ann Lee gave a talk on “Title”".)
  headingRow('a person\'s name whose notes put that person on stage ("### Ann Lee" over "Ann Lee took the stage")', (h) => isPersonName(h.parts.title, false) && namedOnStage(h.parts.title, h.section.text)),
  headingRow('the notes open with its speaker on stage', (h) => !groupsTalks(h.parts.title) && onStageSpeaker(h.section.text).length > 0 && h.inlineLeads() === 0),
  headingRow('a bolded speaker in the notes', (h) => boldTalk(h.section)),
  // (Not under a section already about it: "## My talk" over "### Feedback-loop", "... said my talk was well rated".)
  headingRow('the author\'s own talk', (h) => ownTalk(h.section.text) && !underOwnTalk(h.sections, h.section)),
  headingRow('profile-linked people on stage', (h) => !groupsTalks(h.parts.title) && sectionLinkedSpeakers(h.section.blocks).length > 0),
  headingRow('the notes open with its speakers\' card, linked to their profiles ("[Ann Lee](profile) - CTO, Acme")', (h) => !groupsTalks(h.parts.title) && openingProfileCard(h.section.blocks).length > 0),
  // (Asked after the other headings are read: "### Kubernetes Project Update" among talk headings.)
  headingRow('most of its sibling headings are talks', (h) => h.peersAreTalks),
];

const NAMED = SESSION_EVIDENCE.filter((r) => r.for === 'named');
const TITLE_ONLY = SESSION_EVIDENCE.filter((r) => r.for === 'title-only');

/**
 * The candidate's evidence: 0 when a row vetoes it; else the rows' weights summed up to where they reach the threshold
 * (rows after that cannot change the decision, and some are costly to ask).
 */
export function sessionScore(c: Candidate): number {
  const rows = c.lead.speakers.length > 0 ? NAMED : TITLE_ONLY;
  if (rows.some((row) => row.veto && row.weigh(c) > 0)) return 0;
  let score = 0;
  for (const row of rows) {
    if (row.veto) continue;
    score += row.weigh(c);
    if (score >= SESSION_THRESHOLD) return score;
  }
  return score;
}
