/**
 * Pass 2: which sections are talks, and each talk's title, speakers, kind, day, level and video. Heading readers (the
 * HEADING_READERS table) and text-block readers (02-sessions.ts) offer candidates; one evidence table (02-evidence.ts)
 * weighs them all by general signals (a speaker part naming people, a video, a label or level marker, structural
 * words, parent headings), never by a list of known headings.
 */
import type { ParsedPost, Section, SpeakerRecord, TalkRecord, Video } from './types.ts';
import { wholeSpan } from './00-blocks.ts';
import { handleSpeakers, ONE_SESSION, undecorated, withoutKindTail, type HeadingParts } from './02-heading.ts';
import { contextHeadings, explicitDay, isStructural, kindWord, sectionDays } from './02-context.ts';
import { bodySpeakers, introducedSpeaker, labelledSpeakerList, namesOnlyLine, openingLines, openingNames, ownTalk, presentersOf, SPEAKERS_LABEL, speakerLine, speakersInText, weakByline } from './02-speakers-in-text.ts';
import { everydayPhrase, isGivenName, isPersonName } from './02-person-name.ts';
import { findInlineTalks, inFull, inlineLeadCount, inlineLeads, opensWithProseTalk } from './02-sessions.ts';
import { type Candidate as EvidenceCandidate, SESSION_THRESHOLD, sessionScore } from './02-evidence.ts';
import { type SessionLead, TALK_WORD, titleKey, titleLike } from './02-lead-text.ts';
import { quotedLeads } from './02-quoted-leads.ts';
import { dayNoteHeadings } from './02-day-notes.ts';
import { sectionBoldSpeakers, openingProfileCard, sectionLinkedSpeakers, withCardLines } from './02-bold-speakers.ts';
import { readHeadings } from './02-heading-reading.ts';
import { descendants, groupsTalks, headingLinksTalkPage, inTalkGroup, insideTalks, leadLine, linkedLead, namesEvent, NUMBERED_HEADING, sameTitleSpeakers, slotFieldTitle, speakerHeading, spokenTitle, titleField, titleLine } from './02-talk-sections.ts';
import { namesAThing, resolveName } from '../gazetteer/resolve.ts';
import { isProfilePage, LABEL_KINDS, MEDIA_ONLY } from './02-words.ts';
import { isEventSurface, isEverydayWord } from '../gazetteer/lexicon.ts';
import { loneWeakName, parseSpeakers, withoutHonorifics } from './02-speakers.ts';

interface Candidate {
  parts: HeadingParts;
  /** Speakers taken from another heading (a "Speaker - Org" parent). */
  speakers: SpeakerRecord[];
  title: string;
}

/** A first line that labels the talk's title ('Talk: "..."', 'Title: ...'). */
const TITLE_LABEL = /^\s*(?:title|talk|session|presentation)\s*:/i;

/**
 * Headings among talk siblings: when most headings under one parent are talks (at least two), a title-only
 * heading next to them is a talk too, even without a video or a speaker ("### Kubernetes Project Update").
 */
function addTalkSiblings(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  const children = new Map<number, Section[]>();
  for (const s of sections) {
    if (s.level === 0) continue;
    const key = s.parent ?? -1;
    const list = children.get(key);
    if (list) list.push(s);
    else children.set(key, [s]);
  }
  for (const group of children.values()) {
    const level = group.reduce((min, s) => Math.min(min, s.level), 6);
    const peers = group.filter((s) => s.level === level);
    const talkCount = peers.filter((s) => talks.has(s.index)).length;
    // (A peer whose opening notes speak of a talk or put someone on stage counts with the talks for the majority:
    // "### Going Quantum" over "A mind-blowing talk about ... by Ann Lee" among talks that name their speakers.)
    const spokenOf = talkCount >= 2 && talkCount * 2 < peers.length ? peers.filter((s) => !talks.has(s.index) && speaksOfTalk(s)).length : 0;
    if (talkCount < 2 || (talkCount + spokenOf) * 2 < peers.length) continue;
    // Peers that name their speaker first ("### Ann Lee - Title"): a sibling of that shape whose name is of less
    // common words ("### Mat Trudel - Phoenix Beyond Cowboy") names its speaker first too.
    // (A list number or an emoji before the name is none of it: "## 1️⃣ Ann Lee | Title".)
    const opening = (s: Section): string => s.heading.replace(/^[^\p{L}]+/u, '');
    const speakerFirst = peers.filter((s) => talks.get(s.index)?.speakers.some((sp) => [' ', ':', ','].some((after) => opening(s).startsWith(`${sp.name}${after}`)))).length;
    // ("## Matz: Ruby 3.0" among "## Ann Lee: Title" siblings: under that habit one word before the colon is a name too.)
    const ledBy = (parts: HeadingParts): Candidate | null => {
      const led = speakerFirst >= 2 && speakerFirst * 2 >= talkCount && parts.speakers.length === 0 ? /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+[-–—]|:)\s+(\S.*)$/u.exec(parts.title) : null;
      const name = led?.[1];
      const named = !!name && (name.includes(' ') ? isPersonName(name, true) : !namesAThing(name) && !isEverydayWord(name.toLowerCase()) && !isStructural(name));
      return named && name && led[2] ? { parts, speakers: [{ name, role: null, organization: null }], title: led[2] } : null;
    };
    const firstTalk = peers.find((s) => talks.has(s.index))?.index ?? 0;
    // Where every talk among the peers has its own video, a sibling with none and no speaker lacks the post's habit
    // ("## Codelabs", "## AfterParty" between sessions that each embed their recording).
    const allFilmed = peers.every((s) => !talks.has(s.index) || s.videos.length > 0);
    // So does an unnumbered sibling where every talk is numbered ("## Bonus: reading list" after "## 10. Title").
    const allNumbered = peers.every((s) => !talks.has(s.index) || NUMBERED_HEADING.test(s.heading));
    for (const s of peers) {
      const parts = parsed[s.index];
      const known = talks.get(s.index);
      if (known) {
        const led = known.speakers.length === 0 ? ledBy(known.parts) : null;
        if (led) keep(talks, sections, s.index, led);
        continue;
      }
      // ("##### Ines Brevik - Quux Pipelines" among "Name - Title" siblings: two capitalised words that name no
      // known company are the title, not her employer.)
      const only = parts?.speakerOnly && parts.speakers.length === 1 ? parts.speakers[0] : undefined;
      if (parts && only?.organization && !only.role && speakerFirst >= 2 && speakerFirst * 2 >= talkCount && resolveName(only.organization, 'Organization')?.type !== 'Organization') {
        keep(talks, sections, s.index, { parts: { ...parts, speakerOnly: false, title: only.organization }, speakers: [{ ...only, organization: null }], title: only.organization });
        continue;
      }
      // ("## Ann Lee (Acme)" over notes among "## Title (Speaker)" talks: a heading naming only its speaker heads a talk
      // too, titled by the whole heading as a speaker heading is.)
      if (parts?.speakerOnly && s.text.trim() !== '' && parts.speakers.length > 0 && parts.speakers.every(clearSpeaker)) {
        keep(talks, sections, s.index, { parts, speakers: parts.speakers, title: s.heading });
        continue;
      }
      if (!parts?.title || parts.speakerOnly || isStructural(parts.title)) continue;
      if (namesEvent(parts.title)) continue;
      if ((sections[s.index + 1]?.level ?? 0) > s.level) continue;
      // (A sibling that lists talks of its own is a group of them, read inline.)
      if (s.videos.length === 0 && inlineLeadCount([s], sections) >= 2) continue;
      const candidate = ledBy(parts) ?? { parts, speakers: textSpeakers(s), title: parts.title };
      // ("# On the way to Plonkville" ahead of every talk, with no speaker and no video: the author's introduction.)
      if (s.index < firstTalk && candidate.speakers.length === 0 && s.videos.length === 0 && !parts.label) continue;
      if (allFilmed && candidate.speakers.length === 0 && s.videos.length === 0 && !parts.label) continue;
      if (allNumbered && !NUMBERED_HEADING.test(s.heading) && candidate.speakers.length === 0 && !parts.label) continue;
      keep(talks, sections, s.index, candidate, true);
    }
  }
}

/**
 * The notes' opening prose (past any figure or caption markup) says "talk", "keynote", "presented" ... and names who
 * gave it: they tell of a session.
 */
function speaksOfTalk(s: Section): boolean {
  const prose = s.blocks.filter((b) => b.form === 'paragraph' && !/^\s*</.test(b.text)).slice(0, 2).map((b) => b.text).join(' ').slice(0, 400);
  if ((TALK_WORD.test(prose) || /\b(?:presented|gave|delivered)\b/.test(prose)) && (speakersInText(prose).length > 0 || bodySpeakers(prose).length > 0)) return true;
  // (Or its first paragraph puts someone linked to their profile on stage: "[Laura](https://twitter.com/...) told us
  // how ...", the habit of notes that name speakers by a linked first name.)
  // (Or they introduce someone by role and employer: "Ann Lee, Staff Engineer at Acme, maintains [zorb](...)".)
  return sectionLinkedSpeakers(s.blocks).length > 0 || introducedSpeaker(prose) !== null;
}

/**
 * "## Title" with nothing under it but "### Ann Lee, Acme" (its first sub-heading, then the notes or a video): the
 * sub-heading names the talk's speakers, and the talk is the title's. The notes may have sub-headings of their own
 * after it ("#### Lessons learned") when none of those reads as people: a heading over several names ("## People I
 * met") is no talk.
 */
function speakersBelow(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  // (Counted once: asking each heading for its sub-headings would be quadratic on a post of thousands.)
  const children = new Map<number, Section[]>();
  for (const c of sections) if (c.parent !== null) (children.get(c.parent) ?? children.set(c.parent, []).get(c.parent))?.push(c);
  for (const s of sections) {
    const parts = parsed[s.index];
    const child = sections[s.index + 1];
    if (!parts?.title || parts.speakers.length || parts.speakerOnly || groupsTalks(parts.title) || s.text.trim() !== '' || namesEvent(parts.title) || NUMBERED_SESSION.test(s.heading)) continue;
    if (!child || child.parent !== s.index) continue;
    // ("## Closing Keynote" over "### by Ann Lee": a byline makes even a kind word the title of one session.)
    if (isStructural(parts.title) && !(BYLINE.test(child.heading) && ONE_SESSION.test(parts.title))) continue;
    // A sub-heading with a title and speakers of its own ("## Day II" over "### Title - Ann Lee, Acme") is its own talk.
    // ("### Ann Lee, Bo Chen": names alone are the speakers, though the grammar could read a title and a speaker.)
    const namesOnly = namesOnlyLine(child.heading);
    const childParts = parsed[child.index];
    if (!namesOnly && childParts?.title && childParts.speakers.length && !childParts.speakerOnly && !SPEAKERS_LABEL.test(childParts.title)) continue;
    // "### Speaker(s):" with the names in it, before the notes' other sub-headings.
    const listed = SPEAKERS_LABEL.test(child.heading) ? labelledSpeakerList([child.heading, ...child.text.split('\n', 9)]) : null;
    const people = listed ?? handleByline(child) ?? namesOnly ?? speakerHeading(child.heading, parsed[child.index]?.speakers ?? []);
    if (!people?.length) continue;
    // ("## Ann Lee" over "### Live Activities and Dynamic Zorbs": a clear name above, words that only look like names
    // below: the name heads its talk's title, read by nameOverTitle.)
    if (!listed && isPersonName(parts.title, false) && !people.every((sp) => isPersonName(sp.name, false))) continue;
    // (Asked only once the first sub-heading names people: the other sub-headings must not.)
    const others = (children.get(s.index) ?? []).slice(1);
    // (A clear name there: topic headings of capitalised words, "### Transaction Driven Behavior", may have a name's shape.)
    if (!listed && others.some((o) => speakerHeading(o.heading, parsed[o.index]?.speakers ?? [])?.some((sp) => isPersonName(sp.name, false)))) continue;
    talks.delete(child.index);
    keep(talks, sections, s.index, { parts, speakers: people, title: parts.title });
  }
}

/**
 * "## Title" over its abstract, then "### Presenter(s)" with the speakers' names or bios (and "### Notes"): the
 * labelled sub-section names the talk's speakers.
 */
function presentersBelow(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  for (const c of sections) {
    if (c.parent === null || !SPEAKERS_LABEL.test(c.heading)) continue;
    const s = sections[c.parent];
    const parts = s ? parsed[s.index] : null;
    if (!s || !parts?.title || parts.speakerOnly || parts.speakers.length || isStructural(parts.title) || groupsTalks(parts.title)) continue;
    const people = presentersOf(c.text);
    if (!people.length) continue;
    talks.delete(c.index);
    keep(talks, sections, s.index, { parts, speakers: people, title: talks.get(s.index)?.title ?? parts.title });
  }
}

/** A heading that only says who: "by Ann Lee", "by @ann_lee". */
const BYLINE = /^by\s+\S/i;

/**
 * "### by @ann_lee" under the title: a byline of handles only. The notes under it name the speaker ("In this talk, Ann
 * Lee shows ..."); when they do not, the handle is the only name the post gives.
 */
function handleByline(s: Section): SpeakerRecord[] | null {
  const byline = /^by\s+(.+)$/i.exec(s.heading.trim())?.[1];
  const handles = byline ? handleSpeakers(byline) : null;
  if (!handles) return null;
  const named = textSpeakers(s);
  return named.length ? named : handles;
}

/** Where the text first names one of the speakers (its length when it names none as written). */
function firstAt(text: string, speakers: readonly SpeakerRecord[]): number {
  const at = speakers.map((sp) => text.indexOf(sp.name)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : text.length;
}

/** Speakers a title-only heading's body names, without a possessive that a reader kept ("Ann Lee’s energy ..."). */
function textSpeakers(s: Section): SpeakerRecord[] {
  return bodyNamedSpeakers(s).map((sp) => ({ ...sp, name: sp.name.replace(/['’]s$/, '') }));
}

/** Speakers a title-only heading's body names: in its first lines, else in bold. */
function bodyNamedSpeakers(s: Section): SpeakerRecord[] {
  const found = speakersInText(s.text);
  // Both readers may name someone: the one named first gave the talk ("Great talk from Ann Lee ..." before a quote
  // of someone else further down).
  const given = bodySpeakers(s.text);
  if (found.length && given.length && firstAt(s.text, given) < firstAt(s.text, found)) return given;
  // ... and a line that opens with the speaker ("Ann Lee does a good job ... pairs well with Bo Chen's keynote").
  const openingFirst = found.length ? openingNames(s.text) : [];
  if (openingFirst.length && firstAt(s.text, openingFirst) < firstAt(s.text, found)) return openingFirst;
  // ("[Ann Lee](profile) - CTO, Acme" opening the notes: the speakers' card; where another reader read the same people,
  // the links bound the names better: "Panel: [Ann Lee](...) Quux, ..." is not "Ann Lee Quux".)
  const card = openingProfileCard(s.blocks);
  if (found.length && card.some((c) => found.some((f) => f.name !== c.name && f.name.startsWith(c.name)))) return card;
  if (found.length) return found;
  const bold = sectionBoldSpeakers(s.blocks);
  if (bold.length) return bold;
  if (given.length) return given;
  const linked = sectionLinkedSpeakers(s.blocks);
  if (linked.length) return linked;
  if (card.length) return card;
  const opening = openingNames(s.text);
  if (opening.length) return opening;
  // ("Ann Zorb - President, Acme" under the title: the speaker's card.)
  const line = speakerLine(s.text);
  if (line) return line;
  const introduced = introducedSpeaker(s.text);
  return introduced ? [introduced] : [];
}

/** A heading's reading as a candidate talk for the evidence table: its title and speakers, and where it stands. */
function headingCandidate(s: Section, c: Candidate, sections: Section[], peersAreTalks = false, dayNote = false): EvidenceCandidate {
  const lead: SessionLead = { start: 0, heading: s.heading, title: c.title, speakers: c.speakers, level: c.parts.level, label: c.parts.label, video: s.videos[0] ?? null, form: 'heading', kindBefore: null, quoted: c.parts.quoted };
  return { lead, place: { kind: 'heading', section: s, parts: c.parts, sections, inlineLeads: () => inlineLeadCount([s], sections), peersAreTalks, dayNote }, ctx: { talkSection: inTalkGroup(sections, s) } };
}

/**
 * Every heading reader's candidate is kept as a talk only when the evidence table weighs it enough (a heading that
 * names its speakers always does; a title alone needs a row of title-only evidence).
 */
function keep(talks: Map<number, Candidate>, sections: Section[], index: number, c: Candidate, peersAreTalks = false, dayNote = false): void {
  const s = sections[index];
  if (s && sessionScore(headingCandidate(s, c, sections, peersAreTalks, dayNote)) >= SESSION_THRESHOLD) talks.set(index, c);
}

/** Title-only headings of a day's notes, one per session the author sat in (02-day-notes.ts). */
function dayNotes(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  for (const index of dayNoteHeadings(sections, parsed, (i) => talks.has(i), (i) => talks.get(i)?.speakers.length === 0)) {
    const s = sections[index];
    const parts = parsed[index];
    if (s && parts) keep(talks, sections, index, { parts, speakers: textSpeakers(s), title: parts.title }, false, true);
  }
}

/** A clear name, or a weaker one beside a company the gazetteer knows ("Nat Ivo (Netflix)", not "Build Zorb, Not Quux"). */
const clearSpeaker = (sp: SpeakerRecord): boolean => isPersonName(sp.name, false) || (isPersonName(sp.name, true) && !!sp.organization && resolveName(sp.organization, 'Organization')?.type === 'Organization');

/** Under a heading that is only a clear name (not a talk page's link), the bold title its notes give the talk. */
function spokenUnderName(s: Section, title: string): string | null {
  return isPersonName(title, false) && !headingLinksTalkPage(s) ? spokenTitle(s) : null;
}

/** Each heading on its own: one that names its speakers, or a title alone with title-only evidence. */
function ownHeadings(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>, author: string | null): void {
  for (const s of sections) {
    const parts = parsed[s.index];
    if (!parts || parts.speakerOnly) continue;
    if (parts.speakers.length > 0) {
      // "Title - Mischievous Puppets and Stolen Treasures" over a line "Ann Lee, Acme": names of everyday words after
      // the dash are the title's own words when the body names clear speakers.
      const body = parts.speakers.every((sp) => !isPersonName(sp.name, false) || everydayPhrase(sp.name)) ? speakerLine(s.text) : null;
      const read = body?.every((sp) => isPersonName(sp.name, false) && !everydayPhrase(sp.name)) ? { parts, speakers: body, title: undecorated(s.heading).trim() } : { parts, speakers: parts.speakers, title: parts.title };
      keep(talks, sections, s.index, read);
    }
    else if (parts.title) {
      // A heading that is only a clear name whose notes give the talk's own title in bold ("Ann opened the day with her
      // talk **Breaking Zorb**") is a talk by that alone.
      const spoken = spokenUnderName(s, parts.title);
      if (spoken === null && sessionScore(headingCandidate(s, { parts, speakers: [], title: parts.title }, sections)) < SESSION_THRESHOLD) continue;
      // A heading that is only a clear name under "Keynotes" ("### Jason Lengstrof") names the talk by its speaker.
      // (Not one that links a talk's page: "### [Computational Zorbology](.../v/conf-12-zorbology)" is its title.)
      const named = isPersonName(parts.title, false) && !headingLinksTalkPage(s) ? [{ name: parts.title, role: null, organization: null }] : [];
      const found = textSpeakers(s);
      // (A sentence that names the title and its speakers reads them all: "Ann Lee and Bo Chen presented [Title](...)".)
      const titled = sameTitleSpeakers(s, parts.title);
      const speakers = titled.length > found.length ? titled : found.length ? found : named;
      // The author's own talk: its speaker is the post's author, when the front matter names one.
      const own = speakers.length === 0 && author && ownTalk(s.text) ? [{ name: author, role: null, organization: null }] : [];
      // The heading may be the author's label over a line that links the talk itself.
      const lead = linkedLead(s) ?? leadLine(s);
      // (A bold title under the name is that person's talk: the other names its notes give are not its speakers.)
      const chosen = lead?.speakers.length ? lead.speakers : spoken && named.length ? named : speakers.length ? speakers : own;
      // A heading that only names a project or company ("### Cilium") is a topic, unless someone presents it.
      if (!lead && chosen.length === 0 && resolveName(parts.title) !== null) continue;
      // ... and so is one over prose that names the talks themselves, with their speakers (read as inline talks).
      if (!lead && !parts.label && !parts.level && !parts.quoted && opensWithProseTalk(s, sections, parts.title)) continue;
      // ... and so is one that lists two or more talks of its own ("#### Good" over "[Ann Lee: Title](session page)"
      // paragraphs), when its text names no speaker of its own and it has no video: they are read as inline talks.
      // (The names its text gives may be those of one listed talk: "Ann Lee presented [A](...). Bo Chen talked about
      // [B](...)" names Ann Lee first.)
      // (Videos that two or more listed talks link are theirs, not the heading's: "- [Title](video) (Ann Lee)" items.)
      // (A lead that retells the heading's own title is this talk, not another: "we have Ann Lee sharing “Title.”")
      const readable = !parts.label && !parts.level && !parts.quoted ? inlineLeads([s], sections).filter((l) => titleKey(l.title) !== titleKey(parts.title)) : [];
      const listed = s.videos.length === 0 || readable.filter((l) => l.video !== null).length >= 2 ? readable : [];
      // (... when those talks are others', not two readings of one: "the tutorial “Title” by Ann Lee & Bo Chen, both
      // working for [Acme](...)".)
      const others = new Set(listed.map((l) => l.speakers.map((sp) => sp.name).join(' & '))).size >= 2;
      if (listed.length >= 2 && (speakers.length === 0 || (others && speakers.every((sp) => listed.some((l) => l.speakers.some((x) => x.name === sp.name)))))) continue;
      // ... and so is one whose sub-sections list two or more talks, whoever its notes say hosted it ("# Episode 47:
      // Zorbcon Wrap Up" over "with Ann Lee and Bo Chen", then "### Day 1" listing the talks): a page of talks.
      if (!lead && !parts.label && !parts.level && !parts.quoted && inlineLeadCount(descendants(sections, s.index), sections) >= 2) continue;
      talks.set(s.index, { parts, speakers: chosen, title: lead?.title ?? spoken ?? slotFieldTitle(s, parts.title) ?? parts.title });
    }
  }
}

/** A programme's numbered session, which groups the talks under it: "Session 2: Data Plane", "Session #3 -". */
const NUMBERED_SESSION = /^\s*session\s*#?\d{1,3}\s*[:.)–—-]/i;

/**
 * A title-only heading that holds talks below it is a grouping, not a talk: talks under headings, or two or more
 * talks listed in its sub-sections ("# Episode 47: Conference Wrap Up" with its video, over "### Day one" lists of
 * "[Title - Speaker](video)").
 */
function pruneGroupings(sections: Section[], _parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  for (const [index, candidate] of [...talks]) {
    if (candidate.parts.speakers.length > 0) continue;
    const below = descendants(sections, index);
    // ("### Session 2: Zorb Plane" over "#### Title" headings whose author lines name their speakers: a session of talks.)
    // (One is enough under a numbered session of the programme, "### Session 3: Zorb Architecture".)
    const numbered = NUMBERED_SESSION.test(sections[index]?.heading ?? '');
    const namedBelow = candidate.speakers.length === 0 || numbered ? below.filter((d) => talks.get(d.index)?.speakers.length).length : 0;
    if (below.some((d) => talks.get(d.index)?.parts.speakers.length) || namedBelow >= (numbered ? 1 : 2) || (candidate.speakers.length === 0 && below.length > 0 && inlineLeadCount(below, sections) >= 2)) talks.delete(index);
  }
}

/**
 * A heading that names a person over sub-headings that name other speakers is that person's part of the notes, not
 * a talk: "## Impressions - [Ann L](/people#ann)" over "### Title - [Bo Chen](speaker page)" headings (a reviewer's
 * section), where the heading's title recurs for other people (each reviewer's section titled alike). (Without the
 * recurring title it may be a talk heading set a level too high, the next talks falling under it: pruneInsideNamedTalks
 * decides those.)
 */
function prunePersonGroupings(sections: Section[], _parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  const titles = new Map<string, number>();
  for (const c of talks.values()) if (c.parts.speakers.length) titles.set(c.title.toLowerCase(), (titles.get(c.title.toLowerCase()) ?? 0) + 1);
  const groupings: number[] = [];
  for (const [index, candidate] of talks) {
    const own = new Set(candidate.parts.speakers.map((sp) => sp.name));
    if (own.size === 0) continue;
    const others = descendants(sections, index).filter((d) => {
      const below = talks.get(d.index)?.parts.speakers ?? [];
      return below.length > 0 && below.every((sp) => !own.has(sp.name));
    }).length;
    if (others >= 1 && (titles.get(candidate.title.toLowerCase()) ?? 0) >= 2) groupings.push(index);
  }
  for (const index of groupings) talks.delete(index);
}

/**
 * Below a talk whose heading names its speakers, a sub-heading is part of that talk (its links line, a topic of it,
 * a book it recommends: "#### *Title*, Ann Lee"), not a talk of its own.
 */
function pruneInsideNamedTalks(sections: Section[], _parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  const namedAbove = (index: number): boolean => {
    for (let p = sections[index]?.parent ?? null; p !== null; p = sections[p]?.parent ?? null) if (talks.get(p)?.parts.speakers.length) return true;
    return false;
  };
  // The levels the post heads its talks at, counted over the talks that name their speakers outside any such talk.
  const atLevel = new Map<number, number>();
  for (const [index, candidate] of talks) {
    const level = sections[index]?.level ?? 0;
    if (candidate.parts.speakers.length && !namedAbove(index)) atLevel.set(level, (atLevel.get(level) ?? 0) + 1);
  }
  for (const [index, candidate] of [...talks]) {
    // (So is a sub-heading that names nobody under a talk whose notes name its speakers: "## Title" over "Ann Lee was
    // a delight ...", then "### Who decides readability" with "The talk, in general, ...".)
    const nameless = candidate.parts.speakers.length === 0 && candidate.speakers.length === 0;
    // (Not a heading that names its own speakers at the level the post's talks have, under a talk heading set one
    // level too high: "## Title - Ann Lee" among "### Title - Name" talks, the next talks falling under it.)
    const level = sections[index]?.level ?? 0;
    const misleveled = (aboveIndex: number): boolean => candidate.parts.speakers.length > 0 && (atLevel.get(level) ?? 0) >= 2 && (atLevel.get(sections[aboveIndex]?.level ?? 0) ?? 0) < (atLevel.get(level) ?? 0);
    for (let p = sections[index]?.parent ?? null; p !== null; p = sections[p]?.parent ?? null) {
      const above = talks.get(p);
      if ((above?.parts.speakers.length && !misleveled(p)) || (nameless && above?.speakers.length)) {
        talks.delete(index);
        break;
      }
    }
  }
}

/** Speaker headings side by side that make even one without a title, video or title line a talk. */
const MIN_SPEAKER_HEADINGS = 3;

/** "Speaker - Org" headings: the talk is the first sub-heading, or the heading's own first line. */
function speakerHeadings(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  // Speaker headings side by side under one parent: the post's habit of heading each talk by its speakers.
  const alike = new Map<string, number>();
  const peerKey = (s: Section): string => `${s.parent ?? -1}:${s.level}`;
  for (const s of sections) if (parsed[s.index]?.speakerOnly) alike.set(peerKey(s), (alike.get(peerKey(s)) ?? 0) + 1);
  for (const s of sections) {
    const parts = parsed[s.index];
    // (A heading the post's speaker-first habit already read as "Name, Title" keeps that reading.)
    if (!parts?.speakerOnly || talks.get(s.index)?.parts.speakerOnly === false) continue;
    const next = sections[s.index + 1];
    const child = next && next.parent === s.index ? next : undefined;
    const childParts = child ? parsed[child.index] : null;
    // "### Title" then "#### Jane Doe, Acme" with nothing between: the speakers' heading belongs to the title above.
    const parent = s.parent === null ? undefined : sections[s.parent];
    const parentParts = parent ? parsed[parent.index] : null;
    // (... and so does a byline heading under the title's notes, as its first sub-heading: "### Title", its video and
    // slides, then "##### by Jane Doe" over her profile links.)
    const titleAbove = parent && parentParts && s.index === parent.index + 1 && (parent.text.trim() === '' || BYLINE.test(s.heading)) && parentParts.speakers.length === 0 && !parentParts.speakerOnly && parentParts.title && !isStructural(parentParts.title);
    // (A byline already read as the speakers of the talk above it makes no talk of its own.)
    // (... and so does a speaker heading whose names are the speakers of the talk above it: "## Title" over "### Ann Lee
    // (CTO, Acme)", read by speakersBelow.)
    const above = parent && s.index === parent.index + 1 ? talks.get(parent.index) : undefined;
    if (above?.speakers.length && (BYLINE.test(s.heading) || above.speakers.every((sp) => parts.speakers.some((p) => p.name === sp.name)))) continue;
    // ("### by @ann_lee": the notes under a byline of handles may name the person.)
    const speakers = handleByline(s) ?? parts.speakers;
    // "## Joe Beda - CEO, Heptio" over the notes of the talk (its sub-headings are topics of it): a speaker named with
    // a role is on stage, and the heading itself is the talk's (its anchor identifies it).
    if (parts.speakers.some((p) => p.role !== null) && (s.text.trim() !== '' || child)) {
      keep(talks, sections, s.index, { parts, speakers, title: s.heading });
    } else if (child && childParts && childParts.speakers.length === 0 && !isStructural(childParts.title)) {
      keep(talks, sections, child.index, { parts: childParts, speakers, title: childParts.title });
    } else if (parent && parentParts && titleAbove) {
      keep(talks, sections, parent.index, { parts: parentParts, speakers, title: parentParts.title });
    } else {
      // Without a sub-heading, only a video or a known first name with a title line makes "Name - Org" a talk
      // (a place such as "San Francisco - California" has the same shape).
      // An explicit 'Talk: "Title"' line names a talk by itself.
      const title = titleLine(s);
      const firstName = parts.speakers.some((p) => isGivenName(p.name));
      const labelled = title !== null && TITLE_LABEL.test(s.text);
      // ("### Ann Lee (@ann)" over notes, beside "### Bo Chen (@bo)" over "#### Title": three or more speaker headings
      // side by side head talks, and one without a title goes by its heading.)
      const habit = (alike.get(peerKey(s)) ?? 0) >= MIN_SPEAKER_HEADINGS && s.text.trim() !== '';
      if (s.videos.length === 0 && !(title && (firstName || labelled)) && !habit) continue;
      const names = parts.speakers.map((p) => p.name).join(' & ');
      keep(talks, sections, s.index, { parts, speakers: parts.speakers, title: title ?? (habit ? s.heading : `Talk by ${names}`) });
    }
  }
}

/**
 * "## Ann Lee" with no text of its own, then "### Title" right under it: the post heads each talk by its speaker's bare
 * name, and the sub-heading is the talk (as under a "Name - Org" heading). Only a clear name, and a sub-heading that
 * reads as a title of two words or more, not a structural one ("### Bio").
 */
function nameOverTitle(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  for (const s of sections) {
    const parts = parsed[s.index];
    if (!parts || parts.speakerOnly || parts.speakers.length > 0 || s.text.trim() !== '' || talks.has(s.index) || !isPersonName(parts.title, false)) continue;
    const child = sections[s.index + 1];
    const childParts = child && child.parent === s.index ? parsed[child.index] : null;
    if (!child || !childParts || childParts.speakers.length > 0 || childParts.speakerOnly || childParts.title.split(/\s+/).length < 2 || isStructural(childParts.title) || isPersonName(childParts.title, false)) continue;
    const known = talks.get(child.index);
    if (known && known.speakers.length > 0) continue;
    const speakers = [{ name: parts.title, role: null, organization: null }];
    keep(talks, sections, child.index, { parts: childParts, speakers, title: known?.title ?? childParts.title });
  }
}

/**
 * "### Ann Lee" whose first line is a title set apart, a link to its page or a run in italics or bold ("[*Title*](session
 * page)"), then notes: the post heads each talk by its speaker's bare name and gives the title on the line below (as
 * nameOverTitle does with a sub-heading). Only a clear name, and a line that reads as a title of two words or more.
 */
function nameOverTitleLine(sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  for (const s of sections) {
    const parts = parsed[s.index];
    if (!parts || parts.speakerOnly || parts.speakers.length > 0) continue;
    // ("### Ann Lee & Bo Chen": a pair of clear names heads a talk as one does.)
    const named = isPersonName(parts.title, false) && !namesAThing(parts.title) ? [{ name: parts.title, role: null, organization: null }] : namesOnlyLine(parts.title);
    if (!named?.length || !named.every((sp) => isPersonName(sp.name, false))) continue;
    const known = talks.get(s.index);
    if (known && known.title !== parts.title) continue;
    const first = s.blocks.find((b) => b.kind === 'text');
    if (!first || first.kind !== 'text' || first.form !== 'paragraph' || first.text.trim().includes('\n')) continue;
    const link = wholeSpan(first, first.links);
    const setApart = link ?? wholeSpan(first, first.emphasis) ?? wholeSpan(first, first.strong);
    const title = setApart ? first.text.trim() : '';
    const words = title.split(/\s+/).length;
    // (A link to a page that is no one's profile vouches for words that look like a name: "[*Composable Zorbs*](session)".)
    const nameLike = isPersonName(title, false) && !(link && !isProfilePage(link.href));
    if (!title || words < 2 || words > 16 || /[.!?:]$/.test(title) || !titleLike(title, true) || nameLike || isStructural(title) || MEDIA_ONLY.test(title)) continue;
    const speakers = named.map((sp) => ({ ...sp }));
    keep(talks, sections, s.index, { parts: { ...parts, title }, speakers, title });
  }
}

/**
 * "Mats Zorbel, Acme" under a title-only heading, where two or more of the post's other talks open with a line of clear
 * names and their organization ("Ann Lee, Acme"): the post's habit vouches for a name of less common words in that
 * place too.
 */
function bylinesByHabit(sections: Section[], _parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>): void {
  let habit = 0;
  const open: Array<{ index: number; candidate: Candidate; line: string }> = [];
  for (const [index, candidate] of talks) {
    const section = sections[index];
    const [line] = section && candidate.parts.speakers.length === 0 ? openingLines(section.text, 1) : [];
    if (!line) continue;
    if (candidate.speakers.length === 0) open.push({ index, candidate, line });
    else if (namesOnlyLine(line)?.every((sp) => sp.organization !== null)) habit++;
  }
  if (habit < 2) return;
  for (const { index, candidate, line } of open) {
    const speakers = weakByline(line);
    if (speakers) talks.set(index, { ...candidate, speakers });
  }
}

type HabitSplit = (heading: string) => { title: string; names: SpeakerRecord[] } | null;

/**
 * "Data pipelines, Robson Junior" -> the part before the last comma and the names after it (clear ones, or one name of
 * less common words).
 */
function lastCommaParts(heading: string): { title: string; names: SpeakerRecord[] } | null {
  const at = heading.lastIndexOf(', ');
  const title = at > 0 ? heading.slice(0, at).trim() : '';
  const rest = heading.slice(at + 2);
  const names = title ? (parseSpeakers(rest) ?? loneWeakName(rest)) : null;
  return names ? { title, names } : null;
}

/** "Quux Chains by Ryan" -> the part before the last "by" and the names after it (clear ones, or a given name alone). */
function lastByParts(heading: string): { title: string; names: SpeakerRecord[] } | null {
  const by = [...heading.matchAll(/\s[Bb]y\s+/g)].pop();
  const title = by?.index ? heading.slice(0, by.index).trim() : '';
  const rest = by?.index ? heading.slice(by.index + by[0].length).trim() : '';
  if (!title) return null;
  const alone = /^\p{Lu}\p{Ll}+$/u.test(rest) && isGivenName(rest) && !namesAThing(rest) ? [{ name: rest, role: null, organization: null }] : null;
  const names = parseSpeakers(rest) ?? alone;
  return names ? { title, names } : null;
}

/**
 * "### Data pipelines, Robson Junior" where two or more of the post's talk headings at that level read "Title, Ann Lee"
 * (clear names after the last comma): the habit vouches for one name of less common words in that place, never for
 * everyday words ("Quux at Scale, Lessons Learned"). So with "### Quux Chains by Ryan" among "Title by Ann Lee"
 * headings: the habit vouches for a given name alone after "by", whatever the title's length.
 */
function namesByHabit(split: HabitSplit): HeadingStep {
  return (sections, parsed, talks) => {
    const habit = new Map<number, number>();
    for (const [index, c] of talks) {
      const s = sections[index];
      const read = s && c.parts.speakers.length > 0 ? split(undecorated(s.heading)) : null;
      if (s && read?.names.every((n) => c.parts.speakers.some((sp) => sp.name === n.name))) habit.set(s.level, (habit.get(s.level) ?? 0) + 1);
    }
    if (![...habit.values()].some((n) => n >= 2)) return;
    for (const s of sections) {
      const parts = parsed[s.index];
      const known = talks.get(s.index);
      if (!parts || parts.speakerOnly || parts.speakers.length > 0 || (known && known.speakers.length > 0) || (habit.get(s.level) ?? 0) < 2) continue;
      const read = split(undecorated(s.heading));
      if (!read) continue;
      const candidate = { parts: { ...parts, title: read.title, speakers: read.names }, speakers: read.names, title: read.title };
      if (known) talks.set(s.index, candidate);
      else keep(talks, sections, s.index, candidate, true);
    }
  };
}

type HeadingStep = (sections: Section[], parsed: Array<HeadingParts | null>, talks: Map<number, Candidate>, author: string | null) => void;

/**
 * The pattern table of heading readers, in order: each reads one form of talk heading into candidates (every one weighed
 * by the evidence table, 02-evidence.ts) or drops readings a later form shows wrong. A new heading form is a new row
 * here plus its test rows.
 */
const HEADING_READERS: ReadonlyArray<{ name: string; run: HeadingStep }> = [
  { name: 'a heading of its own', run: ownHeadings },
  { name: 'a title over a speaker sub-heading', run: speakersBelow },
  { name: 'a title over a "Presenters" sub-section', run: presentersBelow },
  { name: 'a title-only heading among talk siblings', run: addTalkSiblings },
  { name: 'a title-only heading of a day\'s notes', run: dayNotes },
  { name: 'no heading that groups talks', run: pruneGroupings },
  { name: 'no heading of one person\'s notes over talks that name others', run: prunePersonGroupings },
  { name: 'no sub-heading of a talk that names its speakers', run: pruneInsideNamedTalks },
  { name: 'a "Speaker - Org" heading over its title', run: speakerHeadings },
  { name: 'a bare name heading with no text over its title', run: nameOverTitle },
  { name: 'a bare name heading over its title set apart on the first line', run: nameOverTitleLine },
  { name: 'a byline of less common names in the post\'s habit', run: bylinesByHabit },
  { name: 'a "Title, Name" heading of less common names in the post\'s habit', run: namesByHabit(lastCommaParts) },
  { name: 'a "Title by Name" heading of a given name alone in the post\'s habit', run: namesByHabit(lastByParts) },
];

function chooseCandidates(sections: Section[], parsed: Array<HeadingParts | null>, author: string | null): Map<number, Candidate> {
  const talks = new Map<number, Candidate>();
  for (const reader of HEADING_READERS) reader.run(sections, parsed, talks, author);
  return talks;
}

/**
 * A title-only heading is often the author's label ("Gardens, Glaciers, And ..."); when its first paragraphs quote a
 * title that its speaker presented ('... delivered by Ann Lee. "Title" tells ...'), that is the talk's own title.
 */
function quotedTitle(section: Section, candidate: Candidate): string | null {
  if (candidate.parts.speakers.length > 0 || candidate.speakers.length === 0) return null;
  const names = new Set(candidate.speakers.map((s) => s.name));
  for (const block of section.blocks.slice(0, 3)) {
    const lead = quotedLeads(block).find((l) => l.speakers.some((s) => names.has(s.name)));
    // (A quoted phrase in lowercase quotes words, "a discussion on 'building the pipeline'": the heading stays.)
    if (lead && /^[\p{Lu}\d]/u.test(lead.title)) return lead.title;
  }
  return null;
}

function videoOf(sections: Section[], section: Section, talks: Map<number, Candidate>, parsed: Array<HeadingParts | null>): Video | null {
  if (section.videos[0]) return section.videos[0];
  for (const d of descendants(sections, section.index)) {
    if (talks.has(d.index)) break;
    if (d.videos[0]) return d.videos[0];
  }
  const parent = section.parent === null ? null : sections[section.parent];
  // A speaker-only parent may carry the video of the talk named in its sub-heading.
  if (parent && !talks.has(parent.index) && parsed[parent.index]?.speakerOnly) return parent.videos[0] ?? null;
  return null;
}

/** "Title – Cloud Native Rejekts Conference": a dash, then the event's name (two to five words, one an event word). */
const EVENT_TAIL = /^(.{8,}?)\s+[–—|-]\s+([^–—|]{3,80})$/u;

/** The title without the name of the event it was given at, appended after a dash (the talk is the same). */
function withoutEventTail(talk: TalkRecord): TalkRecord {
  const m = EVENT_TAIL.exec(talk.title);
  return m?.[1] && m[2] && m[2].trim().split(/\s+/).length >= 2 && isEventSurface(m[2].trim()) ? { ...talk, title: m[1].trim() } : talk;
}

/** Every reader's speakers without a title of address ("[Dr Ann Lee](profile)" gave the talk: Ann Lee did). */
function withoutSpeakerHonorifics(talk: TalkRecord): TalkRecord {
  if (!talk.speakers.some((sp) => withoutHonorifics(sp.name) !== sp.name)) return talk;
  return { ...talk, speakers: talk.speakers.map((sp) => ({ ...sp, name: withoutHonorifics(sp.name) || sp.name })) };
}

/** The talks of a post, and the post with each inline talk made a section of its own (see 02-sessions.ts). */
export function findTalks(post: ParsedPost): { post: ParsedPost; talks: TalkRecord[] } {
  const { sections } = post;
  const parsed = readHeadings(sections);
  const talks = chooseCandidates(sections, parsed, post.frontMatter.author);
  const isTalk = (s: Section): boolean => talks.has(s.index);
  const days = sectionDays(sections, isTalk);
  const context = contextHeadings(sections, isTalk);
  const records: TalkRecord[] = [];
  for (const [index, candidate] of [...talks].sort((a, b) => a[0] - b[0])) {
    const section = sections[index];
    if (!section || !candidate.title) continue;
    const own = (candidate.parts.label ? LABEL_KINDS[candidate.parts.label] : undefined) ?? kindWord(candidate.title);
    const framed = (context[index] ?? []).map(kindWord).find((k) => k !== null);
    records.push({
      sectionIndex: index,
      heading: section.heading,
      title: titleField(section) ?? quotedTitle(section, candidate) ?? withoutKindTail(candidate.title),
      kind: own ?? framed ?? 'talk',
      day: days[index] ?? null,
      level: candidate.parts.level,
      video: videoOf(sections, section, talks, parsed),
      // ("## Scott's Keynote" over "... driven mostly by Scott Guthrie": the notes give the first name in full.)
      // ("* [Ann Lee](profile)" over "* Engineer at Acme": the card's second line gives her role and employer.)
      speakers: withCardLines(inFull(candidate.speakers, section.blocks), section.blocks),
    });
  }
  const inside = insideTalks(sections, talks);
  for (const index of talks.keys()) inside.add(index);
  const inline = findInlineTalks(post, inside, days, context);
  // (Where the heading names no speaker, the summary's line of the same title says who gave it, and its video.)
  const listed = new Map(inline.talks.map((t) => [titleKey(t.title), t]));
  const moved = records.map((r) => {
    const summary = r.speakers.length === 0 ? listed.get(titleKey(r.title)) : undefined;
    const withSummary = summary?.speakers.length ? { ...r, speakers: summary.speakers, video: r.video ?? summary.video } : r;
    return { ...withSummary, sectionIndex: inline.remap[r.sectionIndex] ?? r.sectionIndex };
  });
  // No "Day N" heading above a talk: the post's title may say which day it covers ("KubeCon Notes - Day 2").
  const titleDay = post.frontMatter.title ? explicitDay(post.frontMatter.title) : null;
  // A talk listed in a summary (a table or list of the day) and told under its own heading is one talk: the heading's.
  const headed = new Set(moved.map((t) => titleKey(t.title)));
  const unheaded = inline.talks.filter((t) => !headed.has(titleKey(t.title)));
  const all = [...moved, ...unheaded].map((t) => withoutEventTail(withoutSpeakerHonorifics(t.day === null && titleDay !== null ? { ...t, day: titleDay } : t)));
  return { post: inline.post, talks: all.sort((a, b) => a.sectionIndex - b.sectionIndex) };
}
