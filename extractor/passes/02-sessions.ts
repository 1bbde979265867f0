/**
 * Pass 2b: the session recognizer's side for talks that are not headings. Every text block of a section that is not
 * itself a talk offers candidate leads (02-session-leads.ts); each is weighed by the evidence table that weighs
 * headings too (02-evidence.ts: clear person names, an organization, a video in its block, a talk word or label, a
 * level marker, a talks/day section, the block's structure) and kept above its threshold. Each kept lead becomes a
 * section of its own: its block (or the part of a paragraph from the lead to the next lead) and the blocks after it up
 * to the next lead, so that its mentions and relations are the talk's, as a sub-section's would be.
 */
import { ownVideos, wholeSpan, type TextBlock } from './00-blocks.ts';
import type { ParsedPost, Section, SpeakerRecord, TalkRecord, Video } from './types.ts';
import type { TalkKind } from '../schema.ts';
import { blockLeads, type SessionLead } from './02-session-leads.ts';
import { postAnchors } from './02-post-anchors.ts';
import { captionedVideoLeads } from './02-video-captions.ts';
import { eventNameRuns, eventPageLeads } from './02-event-pages.ts';
import { SESSION_THRESHOLD, sessionScore, type SessionContext } from './02-evidence.ts';
import { bodySpeakers, introducedSpeaker, linkedNamesOnly, listedSpeakers, namesOnlyLine, onStageSpeaker, openingNames, profileByline } from './02-speakers-in-text.ts';
import { titleLike } from './02-lead-text.ts';
import { youtubeVideo } from './00-video.ts';
import { GENERIC_LINK, isNotesPage, isProfilePage, RECORDING_PAGE } from './02-words.ts';
import { sliceBlock, withBlocks } from './02-block-slice.ts';
import { isPersonName } from './02-person-name.ts';
import { dateOnlyHeading, explicitDay, kindWord } from './02-context.ts';
import { groupsTalks } from './02-talk-sections.ts';
import { parseTalkHeading, roleAndOrg, stripLabel, unquote, withoutEventSuffix } from './02-heading.ts';
import { LABEL_KINDS, READING_GROUPS, TALK_GROUPS, THEME_GROUPS, WEEKDAYS, wordsOf } from './02-words.ts';

/** A lead of a block, weighed by the one evidence table (02-evidence.ts). */
function leadScore(lead: SessionLead, block: TextBlock, ctx: SessionContext): number {
  return sessionScore({ lead, place: { kind: 'block', block }, ctx });
}

/** A video of the talk's own: embedded in its blocks, or a "video"/"recording" link in its lead block (00-blocks' rule). */
function ownVideo(blocks: readonly TextBlock[]): Video | null {
  return blocks.flatMap((b) => b.embeds)[0] ?? (blocks[0] ? ownVideos(blocks[0])[0] : undefined) ?? null;
}

/** Blocks read alike, each a clear name over a title, that make a section a list of talks. */
const MIN_ALIKE = 3;

interface Found {
  block: number;
  lead: SessionLead;
  /** A day named inside the section above the lead: a "Day 2" line or a table headed "Day two". */
  day: number | null;
}

/** A day label that stands alone in a block ("Day1", "**Day 2:**") or heads the table of a row. */
function blockDay(block: TextBlock): number | null {
  if (block.header) return explicitDay(block.header.join(' '));
  const text = block.text.trim();
  return text.split(/\s+/).length <= 5 && !text.includes('\n') ? explicitDay(text) : null;
}

function talkWords(heading: string): boolean {
  // (A weekday or a date heads a day of the programme as "Day 2" does: "# Wednesday", "## Tuesday, 12 June", "# 17th".)
  const words = wordsOf(heading);
  return words.some((w) => TALK_GROUPS.has(w)) || (words.length <= 4 && WEEKDAYS.includes(words[0] ?? '')) || /\bday\s*#?\s*\d|\bday\s+(?:one|two|three|four|zero)\b/i.test(heading) || explicitDay(heading) !== null || dateOnlyHeading(heading);
}

/**
 * A short paragraph that ends in a colon and names talks: "Here are some of the sessions I attended:", "The talks I
 * saw:". What follows in its section is a list of talks, as under a heading "Talks".
 */
function introducesTalks(block: TextBlock): boolean {
  if (block.form !== 'paragraph' || block.text.length > 160) return false;
  const text = block.text.trim();
  return !text.includes('\n') && leadsInSessions(text);
}

/** Words that end in a colon and name sessions in the plural ("The talks I saw:"; not "The lesson of this talk:"). */
function leadsInSessions(text: string): boolean {
  return text.endsWith(':') && wordsOf(text).some((w) => w.endsWith('s') && TALK_GROUPS.has(w));
}

/**
 * A paragraph whose last sentence ends in a colon and names sessions in the plural, however long the paragraph before
 * it ("... I attended the keynotes too. Here is a brief on the keynotes:"): the items right after it are those sessions,
 * as under a heading "Keynotes".
 */
function introducesSessionList(block: TextBlock): boolean {
  if (block.form !== 'paragraph') return false;
  const text = block.text.trim();
  if (!text.endsWith(':')) return false;
  // (The end of the sentence before, found by searching back: a pattern anchored at the end would rescan a long paragraph.)
  const last = text.slice(Math.max(...['.', '!', '?', '\n'].map((end) => text.lastIndexOf(end))) + 1).trim();
  return last.length <= 160 && leadsInSessions(last);
}

/** A short paragraph that ends in a colon and names reading: "A few of the books that I received were:". */
function introducesReading(block: TextBlock): boolean {
  if (block.form !== 'paragraph' || block.text.length > 300) return false;
  const text = block.text.trim();
  return text.endsWith(':') && wordsOf(text.slice(text.search(/[^.!?]*$/))).some((w) => READING_GROUPS.has(w));
}

/** A page of one session's own: the author's notes on it or its recording on a video site. */
const ownPageOfSession = (href: string): boolean => isNotesPage(href) || RECORDING_PAGE.test(href);

/**
 * The section indexes the author's notes of each session, or their recordings: three list items or more, most of its
 * items, are a link alone to such a page ("- [Title](Title.md)" in a notes repository's README, "- [Title](vimeo.com/1)").
 * Such an item titled as a talk is one, as under a heading "Talks".
 */
function indexesNotes(blocks: readonly TextBlock[]): boolean {
  const items = blocks.filter((b) => b.form === 'item');
  const pages = items.filter((b) => b.links.length === 1 && ownPageOfSession(b.links[0]?.href ?? '') && b.text.trim() === b.text.slice(b.links[0]?.start, b.links[0]?.end).trim());
  return pages.length >= 3 && pages.length * 2 > items.length;
}

const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|le|la|del)?\s*\p{Lu}[\p{L}'’-]+){1,3}/gu;

/** The full names a block writes, read once per block (a paragraph of thousands of first-name leads stays linear). */
const FULL_NAMES = new WeakMap<TextBlock, string[]>();
function fullNamesOf(block: TextBlock): string[] {
  let names = FULL_NAMES.get(block);
  if (!names) {
    names = [...block.text.matchAll(FULL_NAME)].map((m) => m[0]).filter((n) => isPersonName(n, true));
    FULL_NAMES.set(block, names);
  }
  return names;
}

/**
 * A lead that names its speakers by first name only ("Tobias, Lukas and Josef - Title") takes their full names from
 * its block or the two blocks before it ("the talk by Josef Taha, Tobias Grantner, and Lukas Mahler"); a first name
 * that no full name there starts with leaves the lead as it was (and unscored: a first name alone is no evidence).
 */
function withFullNames(lead: SessionLead, blocks: readonly TextBlock[], at: number): SessionLead {
  if (!lead.speakers.some((s) => !s.name.includes(' '))) return lead;
  const speakers = inFull(lead.speakers, blocks.slice(Math.max(0, at - 2), at + 1));
  return speakers.every((s) => s.name.includes(' ')) ? { ...lead, speakers } : lead;
}

/** Each speaker named by first name alone takes the first full name the blocks write that starts with it, if any. */
export function inFull(speakers: readonly SpeakerRecord[], blocks: readonly TextBlock[]): SpeakerRecord[] {
  if (!speakers.some((s) => !s.name.includes(' '))) return [...speakers];
  const full = blocks.flatMap(fullNamesOf);
  return speakers.map((s) => (s.name.includes(' ') ? s : { ...s, name: full.find((n) => n.startsWith(`${s.name} `)) ?? s.name }));
}

/**
 * "- Title" with a nested "- Speaker: Ann Lee (Acme)", "- [Ann Lee](profile), Acme" or "- Ann Lee, Acme" item under it:
 * the parent item is the talk's lead, the speakers come from its child (notes kept as an outline).
 */
function nestedSpeakerLead(blocks: readonly TextBlock[], at: number): SessionLead | null {
  const parent = blocks[at - 1];
  const child = blocks[at];
  if (!parent || !child || parent.form !== 'item' || child.form !== 'item') return null;
  // ("1. [**Title**][ref]" over " - Ann Lee, CTO at Acme" indented short of the number: a list of its own to the
  // parser, the title's speakers to the reader, when markup sets the whole title apart and the line is a speaker's card.)
  // (Not a sibling title set apart as its parent is, nor a "Name — Title" line: "* [A — B](#a)" items of a contents list.)
  const loose = child.depth === parent.depth && !!wholeSpan(parent, [...parent.links, ...parent.strong]) && !wholeSpan(child, [...child.links, ...child.strong]) && !/\s[-–—]\s/.test(child.text);
  if (child.depth !== parent.depth + 1 && !loose) return null;
  const line = parent.text.trim();
  const childLine = child.text.split('\n')[0]?.trim() ?? '';
  const words = line.split(/\s+/).length;
  if (line.includes('\n') || words < 2 || words > 25 || isPersonName(line, true)) return null;
  // (Or a child line of people linked to their profiles, "- [Ann Lee](https://twitter.com/ann), Acme", or of names
  // alone, "- Ann Lee, Acme".)
  const billed = BILLED.exec(line.replace(/[:.]$/, ''));
  const opening = listedSpeakers(childLine) ?? profileByline(child) ?? namesOnlyLine(childLine);
  // (A line that bills its host by name may open its nested items with a link or a note before the speakers' lines.)
  const speakers = opening ?? (billed && !loose ? [] : null);
  if (!speakers || (!speakers.length && !billed)) return null;
  if (loose && !speakers.every((sp) => isPersonName(sp.name, false) && (sp.organization !== null || sp.role !== null))) return null;
  // ("* 18:00 Title, with Ann Lee and guests" over "* Ann Lee @ann", notes, "* Bo Chen @bo", notes: every child line
  // of names alone is one of the speakers, and the slot's time and the billing are none of the title.)
  for (let k = at + 1; k < blocks.length && k <= at + MAX_NOTE_ITEMS; k++) {
    const item = blocks[k];
    if (!item || item.form !== 'item' || item.depth < parent.depth || (!loose && item.depth === parent.depth)) break;
    if (loose) {
      // (Beside the first card, only further cards: "- Projects: ..." or the next title ends them.)
      const more = namesOnlyLine(item.text.split('\n', 1)[0]?.trim() ?? '');
      if (item.depth !== parent.depth || !more?.every((sp) => isPersonName(sp.name, false))) break;
      for (const sp of more) if (!speakers.some((o) => o.name === sp.name)) speakers.push(sp);
      continue;
    }
    if (item.depth !== parent.depth + 1) continue;
    for (const sp of namesOnlyLine(item.text.split('\n', 1)[0]?.trim() ?? '') ?? profileByline(item) ?? []) if (!speakers.some((o) => o.name === sp.name)) speakers.push(sp);
  }
  const raw = line.replace(/[:.]$/, '');
  const named = !!billed?.[2] && speakers.some((sp) => billed[2]?.includes(sp.name));
  // (Speakers found only further down must include the host the line bills.)
  if (!speakers.length || (!named && !opening)) return null;
  const base = named && billed?.[1] ? billed[1] : raw;
  const head = parseTalkHeading(base);
  const title = head.speakers.length === 0 && head.title ? head.title : base;
  return { start: 0, heading: `${line} - ${childLine}`, title, speakers, level: null, label: null, video: ownVideos(parent)[0] ?? null, form: 'line', kindBefore: null };
}

/** Items under a session's line read for more of its speakers (its notes are nested too). */
const MAX_NOTE_ITEMS = 200;
/** "Title, with Ann Lee and guests": the programme's billing after the title. */
const BILLED = /^(.{3,}?),?\s+with\s+(.+)$/;

/**
 * "* Kelsey Hightower - Staff Dev Advocate, Google" with the notes of the talk nested under it: a list item that names
 * only its speaker is the talk, titled by the whole line (as a heading naming only its speaker is).
 */
function speakerItemLead(parent: TextBlock | undefined, child: TextBlock): SessionLead | null {
  if (!parent || parent.form !== 'item' || child.form !== 'item' || child.depth !== parent.depth + 1) return null;
  const line = parent.text.split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  const parts = line.split(/\s+/).length <= 20 ? parseTalkHeading(withoutDate(line)) : null;
  // ("- Ann Lee and Bo Chen" over "  - _"Title"_", notes: a line of clear names alone over a quoted or emphasized title.)
  const named = parts && !parts.speakerOnly ? namesOnlyLine(line) : null;
  const quoted = named?.every((sp) => isPersonName(sp.name, false)) ? quotedTitleLine(child) : null;
  if (named && quoted) return { start: 0, heading: `${line} - ${child.text.split('\n')[0]?.trim() ?? ''}`, title: quoted, speakers: named, level: null, label: null, video: ownVideos(parent)[0] ?? null, form: 'line', kindBefore: null, quoted: true };
  if (!parts?.speakerOnly || !parts.speakers.every((sp) => isPersonName(sp.name, false))) return null;
  // ("* Monday 7 March - Ann Lee, Acme CEO" over "* [Keynote video and slides: Title](video)": the nested link names
  // the talk the speaker's line stands for.)
  const linked = linkedTitle(child);
  if (linked) return { start: 0, heading: line, title: linked.title, speakers: parts.speakers, level: null, label: linked.label, video: child.videos[0] ?? ownVideos(parent)[0] ?? null, form: 'line', kindBefore: null };
  return { start: 0, heading: line, title: line, speakers: parts.speakers, level: null, label: null, video: ownVideos(parent)[0] ?? null, form: 'line', kindBefore: null };
}

/** A child item whose first line is a title alone, in quotes or set apart in emphasis ("_"Title"_", "*Title*"). */
function quotedTitleLine(child: TextBlock): string | null {
  const first = child.text.split('\n')[0] ?? '';
  const quoted = unquote(first);
  const emphasized = wholeSpan({ ...child, text: first }, child.emphasis.filter((e) => e.end <= first.length));
  // (Emphasis alone sets apart a title that opens as one does, with a capital: "_works on Plonk_" is a remark.)
  const title = quoted.quoted ? quoted.text : emphasized && /^\s*[\p{Lu}\d]/u.test(first) ? first.trim() : null;
  return title && title.split(/\s+/).length >= 2 && titleLike(title, true) ? title.trim() : null;
}

/** The line without a date and a separator opening it ("Monday 7 March - "), which are none of its names. */
function withoutDate(line: string): string {
  const m = /^([^-–—:]{3,40}?)\s*[-–—:]\s+/.exec(line);
  return m?.[1] && dateOnlyHeading(m[1]) ? line.slice(m[0].length) : line;
}

/** A child item that is one link alone, its text a talk's title (a kind label before it is kept as the label). */
function linkedTitle(child: TextBlock): { title: string; label: string | null } | null {
  const link = wholeSpan(child, child.links);
  if (!link || child.text.includes('\n')) return null;
  const parts = parseTalkHeading(child.text.slice(link.start, link.end).trim());
  // (A label or the talk's own video vouches for the link's words as a title.)
  const vouched = parts.label !== null || child.videos.some((v) => link.href.includes(v.id));
  return parts.title && parts.speakers.length === 0 && !parts.speakerOnly && vouched && parts.title.split(/\s+/).length >= 2 ? { title: parts.title, label: parts.label } : null;
}

const SPEAKER_FIELD = /^(?:speakers?|presenters?|by)\s*:/i;
/** A field of a session's card: "Date: Tuesday", "Location: Hall B". */
const CARD_FIELD = /^\p{L}[\p{L} ]{1,20}:\s+\S/u;

/**
 * "Date: Tuesday" / "Time: 10:34 AM" / "Speakers: Ann Lee & Bo Chen": the speakers' line of a card of fields under a
 * title, after other fields only (null when the block is no such card).
 */
function speakerFieldLine(block: TextBlock): string | null {
  const lines = block.text.split('\n', 12).map((l) => l.trim()).filter(Boolean).slice(0, 8);
  const at = lines.findIndex((l) => SPEAKER_FIELD.test(l));
  return at > 0 && lines.slice(0, at).every((l) => CARD_FIELD.test(l)) ? (lines[at] ?? null) : null;
}

/**
 * "**C. Title**" (or "[Title](session page)") as a paragraph of its own, then "- speaker: Ann Lee" opening the notes
 * below it: the line set apart is the talk's title, the labelled line its speakers (notes kept as titles over bullets).
 */
function boldTitleLead(parent: TextBlock | undefined, child: TextBlock): SessionLead | null {
  if (!parent || parent.form !== 'paragraph' || (child.form !== 'item' && child.form !== 'paragraph')) return null;
  const text = parent.text.trim();
  // (Or the title linked whole, to its session's page: "[Title](https://summit.example/schedule#title=...)".)
  const linked = wholeSpan(parent, parent.links);
  const setApart = wholeSpan(parent, parent.strong) !== undefined || (!!linked && !isProfilePage(linked.href) && !GENERIC_LINK.test(text));
  if (!setApart || text.includes('\n')) return null;
  const childLine = speakerFieldLine(child) ?? child.text.split('\n', 1)[0]?.trim() ?? '';
  // (Or a first bullet that is only clear names: "**D. Scaling AI with Ray**" over "- Richard Liaw".)
  const named = child.form === 'item' ? namesOnlyLine(childLine) : null;
  const clearNames = named?.length && named.every((sp) => isPersonName(sp.name, false)) ? named : null;
  const parts = parseTalkHeading(text);
  // "**A. Keynote: Hilary Mason**" over a first bullet that quotes the title: the kind and speaker, then the title.
  const quotedTitle = /^["“]([^"”]{3,200})["”]$/.exec(childLine)?.[1];
  // (parseTalkHeading reads "Keynote: Hilary Mason" as its speaker's session; older readings give the name as title.)
  const onStage = parts.label && parts.speakers.length ? parts.speakers : parts.label && isPersonName(parts.title, false) ? [{ name: parts.title, role: null, organization: null }] : null;
  if (parts.label && quotedTitle && onStage) {
    return { start: 0, heading: `${text} - ${childLine}`, title: quotedTitle, speakers: onStage, level: parts.level, label: parts.label, video: ownVideos(parent)[0] ?? null, form: 'bold', kindBefore: null };
  }
  if (!SPEAKER_FIELD.test(childLine) && !clearNames) return null;
  // ("speaker: Ann Lee. Director of Data, Acme": the sentence after the name describes her.)
  const speakers = clearNames ?? listedSpeakers(childLine) ?? listedSpeakers(childLine.replace(/(?<=\p{Ll}{2})\.\s+\S.*$/u, ''));
  if (!parts.title || !speakers?.length || isPersonName(parts.title, true)) return null;
  return { start: 0, heading: `${text} - ${childLine}`, title: parts.title, speakers, level: parts.level, label: parts.label, video: ownVideos(parent)[0] ?? null, form: 'bold', kindBefore: null };
}

/** A link to a talk's material in brackets after its title: "([outline](...))", "([slides](...))". */
const MATERIAL_AFTER = /\s*\(\s*(?:outline|slides?|video|abstract|recording|details|deck)\s*\)\s*$/i;

/**
 * "**Title** ([outline](url))", "**Title (**[slides](url))": a bold title whose line ends with its material's link in
 * brackets; the title without them, and whether the bold covers it.
 */
function materialAfterTitle(block: TextBlock): { title: string; bold: boolean } | null {
  const m = MATERIAL_AFTER.exec(block.text);
  const last = block.links[block.links.length - 1];
  if (!m || !last || last.start < m.index) return null;
  const lead = block.text.length - block.text.trimStart().length;
  const title = block.text.slice(lead, m.index).trim();
  return { title, bold: block.strong.some((span) => span.start <= lead + 2 && span.end >= lead + title.length) };
}

/** Leads read out of prose: a narrated sentence's topic as a title, which a title standing above it replaces. */
const PROSE_FORMS = new Set<SessionLead['form']>(['sentence', 'line']);

/**
 * "**Plonk for Everyone**" or "[Plonk for Everyone](talk page)" as a paragraph of its own, then a paragraph that says
 * who gave it ("Ann Lee talked about how it works.", "The talk by Ann Lee showed ..."): the lone line is the talk's
 * title and the narration names its speakers (the narration's own reading, its topic as a title, gives way).
 */
function titleOverNarration(parent: TextBlock | undefined, child: TextBlock, childLeads: readonly SessionLead[]): SessionLead | null {
  if (!parent || parent.form !== 'paragraph' || child.form !== 'paragraph') return null;
  const material = materialAfterTitle(parent);
  const text = material ? material.title : parent.text.trim();
  const link = material ? undefined : wholeSpan(parent, parent.links);
  const bold = material ? material.bold : wholeSpan(parent, parent.strong) !== undefined;
  const words = text.split(/\s+/).length;
  // (A plain line, no markup, is a title only over notes that introduce someone by role and employer: "Ann Lee,
  // Engineering Manager (Acme) did one of my favourite talks" under "Continuous Deployment at Scale". A picture's alt
  // text, which 00-inline sets apart with line breaks, describes the picture, never a talk.)
  const plainLine = !link && !bold && parent.text === parent.text.trim() && /^\p{Lu}/u.test(text) && words <= 15;
  const introduced = plainLine ? introducedSpeaker(child.text) : null;
  if ((!link && !bold && !introduced) || text.includes('\n') || words < 2 || words > 20 || /[:.!?]$/.test(text) || !titleLike(text, true)) return null;
  if (isPersonName(text, false) || GENERIC_LINK.test(text) || (link && isProfilePage(link.href))) return null;
  // (A narration that marks up a title of its own tells of that talk; the line above it is a caption: "[Ann Lee on
  // stage](tweet)" over "Ann Lee talked about [Title](...)".)
  if (childLeads.some((l) => !PROSE_FORMS.has(l.form))) return null;
  const narrated = childLeads.find((l) => PROSE_FORMS.has(l.form) && l.speakers.length > 0)?.speakers;
  const given = narrated ?? bodySpeakers(child.text);
  // ("**Keynote : Title**" over "Ann Lee is one of the founders of Acme. She showed ..."): under a line its kind labels,
  // a clear name opening the notes is its speaker.)
  const labelled = stripLabel(text);
  const onStage = given.length ? [] : onStageSpeaker(child.text);
  const speakers = introduced ? [introduced] : given.length ? given : onStage.length ? onStage : labelled.label ? openingNames(child.text) : [];
  if (!speakers.length || !speakers.every((sp) => isPersonName(sp.name, false) && !text.includes(sp.name))) return null;
  const video = (link ? youtubeVideo(link.href) : null) ?? ownVideos(parent)[0] ?? null;
  return { start: 0, heading: text, title: labelled.label ? labelled.text.trim() : text, speakers, level: null, label: labelled.label, video, form: link ? 'link' : 'bold', kindBefore: null };
}

const MARKED_UP = new Set<SessionLead['form']>(['link', 'bold', 'row', 'cells']);

/**
 * A section's leads, read once: deciding which headings are talks asks for them (inlineLeadCount) before the inline
 * talks are cut (findInlineTalks). Sections are fresh objects per post, so the cache never outlives one extraction.
 */
const leadsRead = new WeakMap<Section, Found[]>();
function sectionLeads(section: Section, sections: Section[]): Found[] {
  let found = leadsRead.get(section);
  if (!found) {
    found = readSectionLeads(section, sections);
    leadsRead.set(section, found);
  }
  return found;
}

/** The post title's possible event names, read once per post (each section asks; a post of thousands stays linear). */
const eventRunsRead = new WeakMap<Section[], string[]>();
function postEventRuns(sections: Section[]): string[] {
  let runs = eventRunsRead.get(sections);
  if (!runs) {
    runs = eventNameRuns(sections.find((s) => s.postTitle)?.postTitle);
    eventRunsRead.set(sections, runs);
  }
  return runs;
}

/** A title its speaker's full name owns, with nothing but a section of talks to make it one (see `owned`). */
function ownedInTalks(lead: SessionLead): boolean {
  return !!lead.inTalksOnly && !lead.topicOnly && lead.speakers.length > 0 && lead.speakers.every((sp) => sp.name.includes(' '));
}

/**
 * The section's heading names themes or takeaways ("## Key takeaways"): links to notes pages there carry the author's
 * lessons as their text ("[Doing agile makes you busy](agility.md)"), not the sessions' titles.
 */
function namesThemes(section: Section): boolean {
  return section.level > 0 && wordsOf(section.heading).some((w) => THEME_GROUPS.has(w));
}

/** The leads kept in one section, in text order. */
function readSectionLeads(section: Section, sections: Section[]): Found[] {
  const parent = section.parent === null ? null : sections[section.parent];
  if ([section, parent].some((s) => !!s && s.level > 0 && wordsOf(s.heading).some((w) => READING_GROUPS.has(w)))) return [];
  // (The text before the first heading stands under the post's own title: "ZorbConf 2014 Talks".)
  const sectionCtx: SessionContext = { talkSection: [section, parent].some((s) => !!s && (s.level > 0 ? talkWords(s.heading) : !!s.postTitle && talkWords(s.postTitle))) || section.blocks.some(introducesTalks), notesIndex: !namesThemes(section) && indexesNotes(section.blocks), namesSessions: section.level > 0 && groupsTalks(section.heading) };
  const found: Found[] = [];
  // Name-over-title blocks one short of the evidence alone: three or more of them make the section a programme.
  const alike: Found[] = [];
  // Titles owned by a full name where no word says talk ("Then saw Ann Lee's “Title”", "Bo Chen with “Title”"), and
  // bold labels over notes that put someone on stage: one may be a book or a remark; three or more in a section are
  // the post's way of naming the talks it saw.
  const owned: Found[] = [];
  let day: number | null = null;
  const runs = postEventRuns(sections);
  // Items under a paragraph that introduces books or podcasts ("A few of the books I got were:") are those, no talks.
  let underReading = false;
  const captions = captionedVideoLeads(section.blocks);
  const anchors = postAnchors(sections);
  // Items right under a lead-in sentence that names sessions are those sessions (see `introducesSessionList`).
  let underSessionIntro = false;
  section.blocks.forEach((block, i) => {
    if (block.form !== 'item') {
      underReading = introducesReading(block);
      underSessionIntro = introducesSessionList(block);
    } else if (underReading) return;
    const ctx = underSessionIntro && block.form === 'item' ? { ...sectionCtx, namesSessions: true } : sectionCtx;
    day = blockDay(block) ?? day;
    const kept = new Map<string, Found>();
    const leads = blockLeads(block, anchors);
    // (A link to the event's own page of a session, which no reader read: "[Title](https://zorbconf.example/2023/title.html)".)
    for (const page of eventPageLeads(block, runs)) if (!leads.some((l) => Math.abs(l.start - page.start) < 3)) leads.push(page);
    // (A paragraph over its recording's bare URL, where the section pairs them so: another reader's reading of the
    // same title takes the video; a different reading of the first line stands.)
    const caption = captions.get(i);
    const sameTitle = caption ? leads.findIndex((l) => l.title === caption.title) : -1;
    if (caption && sameTitle >= 0) leads[sameTitle] = { ...(leads[sameTitle] as SessionLead), video: leads[sameTitle]?.video ?? caption.video };
    else if (caption && !leads.some((l) => l.start < (block.lines[0]?.length ?? 0))) leads.push(caption);
    for (const read of leads.sort((a, b) => a.start - b.start)) {
      const lead = withFullNames(read, section.blocks, i);
      // (A bold label over notes counts only as one of the section's habit: see `owned`.)
      if (lead.labelOverNotes) {
        if (leadScore(lead, block, { ...ctx, talkSection: true }) >= SESSION_THRESHOLD) owned.push({ block: i, lead, day });
        continue;
      }
      const score = leadScore(lead, block, ctx);
      if (score < SESSION_THRESHOLD) {
        if (lead.nameOverTitle && score >= SESSION_THRESHOLD - 1) alike.push({ block: i, lead, day });
        else if (ownedInTalks(lead) && leadScore(lead, block, { ...ctx, talkSection: true }) >= SESSION_THRESHOLD) owned.push({ block: i, lead, day });
        continue;
      }
      // Two readers may find one talk ("gave a talk called [Title](url) ([video](...))"): one lead, with the video.
      const key = lead.title.toLowerCase();
      const same = kept.get(key);
      if (same) {
        // A title's own markup bounds its speakers more closely than the sentence around a quote of it does
        // ("like [‘A’](url) - by Ann Lee, ... [‘B’](url) - by Bo Chen": each link's own "by").
        const closer = MARKED_UP.has(lead.form) && !MARKED_UP.has(same.lead.form) && lead.speakers.length > 0 ? lead : same.lead;
        same.lead = { ...closer, video: same.lead.video ?? lead.video, start: Math.min(same.lead.start, lead.start) };
        continue;
      }
      const f: Found = { block: i, lead, day };
      kept.set(key, f);
      found.push(f);
    }
    // A lone title line over the narration: its lead replaces the narration's prose readings, at the title's block.
    // (The title line may have been kept already without speakers, as a linked video's title is.)
    // (Leads are in text order: those of the two blocks are the last ones, found without a scan of them all.)
    let at = found.length;
    while (at > 0 && (found[at - 1]?.block ?? -1) >= i - 1) at--;
    const above = found.slice(at).filter((f) => f.block === i - 1);
    const over = above.every((f) => f.lead.speakers.length === 0) ? titleOverNarration(section.blocks[i - 1], block, [...kept.values()].map((f) => f.lead)) : null;
    if (over && leadScore(over, block, ctx) >= SESSION_THRESHOLD && above.every((f) => f.lead.title === over.title)) {
      const rest = found.splice(at).filter((f) => f.block === i && !PROSE_FORMS.has(f.lead.form));
      found.push({ block: i - 1, lead: { ...over, video: over.video ?? above[0]?.lead.video ?? null }, day: above[0]?.day ?? day }, ...rest);
    }
    // (Only when neither item holds a lead of its own, so that the leads stay in text order.)
    const lastFound = found.at(-1);
    const last = lastFound?.block;
    // ("**Keynote: Ann Lee**" over a bullet quoting the title: the line above named only who was on stage, and the
    // title below replaces the name.)
    const titleless = last === i - 1 && !!lastFound && lastFound.lead.speakers.some((sp) => lastFound.lead.title.includes(sp.name));
    // (... or when the item above was read as a bare title: its nested speakers complete it.)
    // (... or as a session's page linked alone, its speakers unnamed: "- 18:00 [Title](.../sessions/1)".)
    const bare = last === i - 1 && !!lastFound && (!!lastFound.lead.plainItem || (!!lastFound.lead.ownPage && lastFound.lead.speakers.length === 0));
    const nested = last === i || (last === i - 1 && !titleless && !bare) ? null : (nestedSpeakerLead(section.blocks, i) ?? speakerItemLead(section.blocks[i - 1], block) ?? boldTitleLead(section.blocks[i - 1], block));
    if (nested && leadScore(nested, block, ctx) >= SESSION_THRESHOLD) {
      if (titleless || bare) found.pop();
      found.push({ block: i - 1, lead: nested, day });
    }
    // ("* Monday - Ann Lee, CEO" over "* [Keynote: Title](video)": the link, read alone, lacks the speakers the line
    // above it gives.)
    if (last === i && lastFound && lastFound.lead.speakers.length === 0) {
      const owned = speakerItemLead(section.blocks[i - 1], block);
      if (owned && owned.title === lastFound.lead.title) lastFound.lead = { ...lastFound.lead, speakers: owned.speakers };
    }
  });
  for (const habit of [alike, owned]) {
    if (habit.length < MIN_ALIKE) continue;
    found.push(...habit);
    found.sort((a, b) => a.block - b.block);
  }
  // (One item that says what someone talked about is a remark among notes; several make a list of talks.)
  if (found.filter((f) => f.lead.topicOnly).length === 1) found.splice(found.findIndex((f) => f.lead.topicOnly), 1);
  // (A paragraph of linked names alone is read whole: another reader's title and speaker out of it is no talk.)
  const named = linkedNameLeads(section.blocks, found);
  const kept = named.length ? found.filter((f) => !named.some((n) => n.block === f.block)) : found;
  const cards = [...cardLeads(section.blocks, kept, sectionCtx), ...named];
  return withoutNoteItems(section.blocks, cards.length ? [...kept, ...cards].sort((a, b) => a.block - b.block) : kept);
}

/**
 * A recap that heads each talk's notes with a paragraph of its speakers' linked names alone ("[Ann Lee](...) &
 * [Bo Chen](...)", then what they said): three or more such paragraphs in a section, each over notes, make each a talk
 * named by its speakers, unless the notes under it name the talk by its title with those speakers already.
 */
function linkedNameLeads(blocks: readonly TextBlock[], found: readonly Found[]): Found[] {
  const heads: Array<{ at: number; speakers: SpeakerRecord[] }> = [];
  // (Each block read once: a paragraph of names over another is no head of notes.)
  const names = blocks.map(linkedNamesOnly);
  names.forEach((speakers, i) => {
    const next = blocks[i + 1];
    if (speakers && next && (next.form === 'paragraph' || next.form === 'item') && !names[i + 1]) heads.push({ at: i, speakers });
  });
  if (heads.length < MIN_ALIKE) return [];
  const out: Found[] = [];
  heads.forEach((head, k) => {
    const end = heads[k + 1]?.at ?? blocks.length;
    const named = found.some((f) => f.block > head.at && f.block < end && f.lead.speakers.some((sp) => head.speakers.some((h) => h.name === sp.name)));
    if (named) return;
    const text = blocks[head.at]?.text.replace(/\s+/g, ' ').trim() ?? '';
    out.push({ block: head.at, lead: { start: 0, heading: text, title: text, speakers: head.speakers, level: null, label: null, video: null, form: 'line', kindBefore: null }, day: null });
  });
  return out;
}

/**
 * "Ann Lee" over "Staff Engineer • Acme" with a hard break between (or "... at Acme"): a speaker card, as agendas
 * print them under each session.
 */
function speakerCard(block: TextBlock): SpeakerRecord | null {
  if (block.form !== 'paragraph') return null;
  const lines = block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [name, roleLine] = lines;
  if (lines.length !== 2 || !name || !roleLine || !isPersonName(name, false) || namesOnlyLine(roleLine)) return null;
  const read = roleAndOrg(roleLine.replace(/\s+[•·|]\s+/g, ', '));
  return read?.organization ? { name, role: read.role, organization: read.organization } : null;
}

/** How far below its title a session's first speaker card may stand: its description's paragraphs between. */
const CARD_DISTANCE = 4;

/**
 * An agenda of "**Title**" paragraphs, each with its description and then its speakers' cards: the bold title is the
 * talk's, the cards below it (before the next title) its speakers.
 */
function cardLeads(blocks: readonly TextBlock[], found: readonly Found[], ctx: SessionContext): Found[] {
  const out: Found[] = [];
  const taken = new Set(found.map((f) => f.block));
  let title: { at: number; text: string } | null = null;
  let current: Found | null = null;
  blocks.forEach((block, i) => {
    const card = speakerCard(block);
    if (card) {
      if (current && current.block === title?.at) current.lead = { ...current.lead, speakers: [...current.lead.speakers, card] };
      else if (title && i - title.at <= CARD_DISTANCE && !taken.has(title.at)) {
        current = { block: title.at, lead: { start: 0, heading: title.text, title: title.text, speakers: [card], level: null, label: null, video: null, form: 'bold', kindBefore: null }, day: null };
        out.push(current);
      }
      return;
    }
    const text = block.text.trim();
    const bold = block.form === 'paragraph' && wholeSpan(block, block.strong) !== undefined && !text.includes('\n');
    // (A bold line that reads as no title still ends the session above: its cards are not the earlier title's.)
    if (bold) title = titleLike(text, true) && !isPersonName(text, false) && text.split(/\s+/).length <= 25 ? { at: i, text: text.replace(/[:.]$/, '') } : null;
  });
  return out.filter((f) => {
    const block = blocks[f.block];
    return !!block && leadScore(f.lead, block, ctx) >= SESSION_THRESHOLD;
  });
}

/**
 * The bullets under a talk's lead paragraph are its notes: a bullet among them shaped as a lead ("- autonomy and
 * purpose - Ann Lee;", "- “Lateral Plonking” by Bo Chen") cites someone's idea or book. Only a list that is mostly
 * leads lists talks.
 */
function withoutNoteItems(blocks: readonly TextBlock[], found: Found[]): Found[] {
  const leadBlocks = new Set(found.map((f) => f.block));
  const notes = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]?.form !== 'paragraph' || !leadBlocks.has(i)) continue;
    const depth = blocks[i + 1]?.depth ?? 0;
    let end = i + 1;
    while (blocks[end]?.form === 'item' && (blocks[end]?.depth ?? 0) >= depth) end++;
    const items = blocks.slice(i + 1, end).map((b, k) => ({ b, at: i + 1 + k })).filter(({ b }) => b.depth === depth);
    const leads = items.filter(({ at }) => leadBlocks.has(at));
    if (leads.length > 0 && leads.length * 2 < items.length) for (const { at } of leads) notes.add(at);
  }
  return notes.size ? found.filter((f) => !notes.has(f.block)) : found;
}

/** How many talks the sections name inline (list items, linked or bold leads, rows) between them. */
export function inlineLeadCount(sections: readonly Section[], all: Section[]): number {
  return sections.reduce((n, s) => n + sectionLeads(s, all).length, 0);
}

/** The leads of the talks the sections name inline, in text order. */
export function inlineLeads(sections: readonly Section[], all: Section[]): SessionLead[] {
  return sections.flatMap((s) => sectionLeads(s, all).map((f) => f.lead));
}

/**
 * A title-only heading may be the author's topic over prose that names the talks themselves ("## Acme's rollout", then
 * "the talk by Acme engineers Ann Lee and Bo Chen titled [Title](video)"): true when the section's first paragraph
 * holds such a talk, with its speakers and another title than the heading's.
 */
export function opensWithProseTalk(section: Section, sections: Section[], headingTitle: string): boolean {
  // (Only the opening blocks are read: this runs for every title-only heading before the inline pass.)
  const first = sectionLeads({ ...section, blocks: section.blocks.slice(0, 2) }, sections)[0];
  if (!first || first.block > 1 || section.blocks[first.block]?.form !== 'paragraph') return false;
  const { lead } = first;
  const block = section.blocks[first.block];
  const at = block?.text.indexOf(lead.title) ?? -1;
  // The prose says this is a talk's title: it links the talk's video, or "titled", "entitled", "a talk on" stand
  // right before it (not "the results of the [Survey 2020](blog)" under "## Survey results").
  const named = lead.video !== null || (at > 0 && INTRODUCES_TITLE.test(block?.text.slice(Math.max(0, at - 40), at) ?? ''));
  // (A quoted phrase in lowercase quotes words, "a discussion on 'building the pipeline'": the heading stays. A link's
  // text in lowercase is still the talk's title the prose names: "gave a talk on [refactoring the stack](slides)".)
  return named && (lead.form === 'link' || (lead.form === 'quoted' && /^[\p{Lu}\d]/u.test(lead.title))) && lead.speakers.length > 0 && lead.title.toLowerCase() !== headingTitle.toLowerCase();
}

const INTRODUCES_TITLE = /\b(?:titled|entitled|called|named|(?:talk|keynote|session|presentation|workshop)(?:\s+(?:on|about))?)\s*:?\s*["“]?$/i;

/**
 * A photo caption is set under the prose it captions: when a lead is a caption alone in its paragraph, the paragraphs
 * just before it that name its speakers (up to two, after the previous lead) are the talk's text too.
 */
function captionedFrom(section: Section, found: Found[], k: number): number {
  const f = found[k];
  if (!f || f.lead.form !== 'bold') return f?.block ?? 0;
  const block = section.blocks[f.block];
  // A caption's block is short (its alt text and the caption): measure before flattening a long paragraph.
  if (!block || block.form !== 'paragraph' || block.text.length > f.lead.heading.length + 200) return f.block;
  const flat = block.text.replace(/\s+/g, ' ').trim();
  if (!flat.endsWith(f.lead.heading) || flat.length > f.lead.heading.length + 80) return f.block;
  const names = f.lead.speakers.flatMap((sp) => sp.name.split(/\s+/)).filter((w) => w.length >= 3);
  const floor = Math.max(found[k - 1]?.block ?? -1, f.block - 3);
  let first = f.block;
  while (first - 1 > floor) {
    const prev = section.blocks[first - 1];
    if (!prev || prev.form !== 'paragraph' || !names.some((n) => prev.text.includes(n))) break;
    first--;
  }
  return first;
}

/**
 * The section's own blocks (those before the first talk) and each talk's: from its lead (the whole block when the
 * lead is the block's first, so an intro such as "Max's talk: [Title](...)" stays with it; from the prose a caption
 * captions) to the next lead.
 */
/** The paragraph ends with the lead's speakers (a name, or its organization in parentheses): nothing else is said. */
function endsWithSpeakers(text: string, lead: SessionLead): boolean {
  const last = lead.speakers.at(-1);
  const end = text.trim().replace(/[.:;!]+$/, '');
  return !!last && lead.start === 0 && (end.endsWith(last.name) || (!!last.organization && end.endsWith(`(${last.organization})`)));
}

/**
 * The item at `at` stands in a list of several ("- A by Ann\n- B by Bo\n\nThen lunch."): a paragraph after such a list
 * is the section's again. An item alone in its list, with paragraphs after it, is a heading's habit: those are its notes.
 */
/** Prose that speaks of one talk ("The last talk was ...", "the speaker showed ..."): the notes of the talk above it. */
const ONE_TALK_NAMED = /\b(?:this|that|the|the last|her|his|their)\s+(?:talk|keynote|session|presentation|speaker)\b/i;

function inListOfItems(blocks: readonly TextBlock[], at: number): boolean {
  const item = blocks[at];
  if (!item || item.form !== 'item') return false;
  const before = blocks[at - 1];
  if (before?.form === 'item' && before.depth >= item.depth) return true;
  for (let b = at + 1; b < blocks.length; b++) {
    const next = blocks[b];
    if (next?.form !== 'item') return false;
    if (next.depth <= item.depth) return next.depth === item.depth;
  }
  return false;
}

function segments(section: Section, found: Found[]): { own: TextBlock[]; talks: TextBlock[][] } {
  const firsts = found.map((_f, k) => captionedFrom(section, found, k));
  const own = section.blocks.slice(0, firsts[0] ?? section.blocks.length);
  // (Blocks that no talk keeps are added to the section's own text below.)
  const startOf = (k: number): number => {
    const f = found[k];
    return !f || found[k - 1]?.block === f.block ? (f?.lead.start ?? 0) : 0;
  };
  const talks = found.map((f, k) => {
    const next = found[k + 1];
    const nextFirst = firsts[k + 1] ?? next?.block ?? 0;
    const blocks: TextBlock[] = [];
    const last = next ? (next.block > f.block && startOf(k + 1) === 0 ? nextFirst - 1 : next.block) : section.blocks.length - 1;
    // A talk read from a list item is that item and the items nested in it, one read from a paragraph is that
    // paragraph and the lists under it: a sibling item or a later paragraph that holds no lead of its own ("* **Title**
    // Jez applied ...") is the section's again, not this talk's (the guidelines: "mentions of its own item or paragraph").
    const leadBlock = section.blocks[f.block];
    // ... unless the lead's paragraph is the lead alone, set as a heading would be ("[**Title**](url), by Ann Lee"):
    // the paragraphs after it, up to the next lead, are its notes.
    // (So is a paragraph that is the title alone, its speakers named in the narration below it.)
    const headingLike = leadBlock?.form === 'paragraph' && startOf(k) === 0 && (endsWithSpeakers(leadBlock.text, f.lead) || leadBlock.text.trim() === f.lead.heading);
    for (let b = firsts[k] ?? f.block; b <= last; b++) {
      const block = section.blocks[b];
      if (!block) continue;
      // (A talk read from a table row is that row: what follows the table is the section's again.)
      if (b > f.block && leadBlock?.form === 'row' && !(next && b === next.block)) {
        own.push(block);
        continue;
      }
      if (b > f.block && !headingLike && ((leadBlock?.form === 'item' && (block.form === 'item' ? block.depth <= leadBlock.depth : inListOfItems(section.blocks, f.block) && !ONE_TALK_NAMED.test(block.text))) || (leadBlock?.form === 'paragraph' && block.form === 'paragraph')) && !(next && b === next.block)) {
        own.push(block);
        continue;
      }
      const from = b === f.block ? startOf(k) : 0;
      const to = next && b === next.block ? next.lead.start : block.text.length;
      if (to > from) blocks.push(sliceBlock(block, from, to));
    }
    return blocks;
  });
  return { own, talks };
}

/**
 * A title alone in its paragraph, its abstract below, then "Speaker(s): Ann Lee, Bo Chen (Acme)" (as a programme's
 * session page reads): the labelled line of its notes names its speakers.
 */
function labelledInNotes(lead: SessionLead, blocks: readonly TextBlock[]): SpeakerRecord[] | null {
  if (blocks.length < 2 || blocks[0]?.text.trim() !== lead.heading) return null;
  for (const block of blocks.slice(1)) {
    for (const line of block.text.split('\n')) {
      const listed = /^\W*(?:speakers?|presenters?)\b/i.test(line) ? listedSpeakers(line) : null;
      if (listed?.length) return listed;
    }
  }
  return null;
}

export interface InlineTalks {
  post: ParsedPost;
  talks: TalkRecord[];
  /** New index of each old section. */
  remap: number[];
}

/**
 * Inline talks of every section not in `skip` (talk sections and their sub-sections), each made a section of its
 * own right after the section it stood in. `days` and `framing` are per old section.
 */
export function findInlineTalks(post: ParsedPost, skip: ReadonlySet<number>, days: ReadonlyArray<number | null>, framing: ReadonlyArray<readonly string[]>): InlineTalks {
  const out: Section[] = [];
  const remap: number[] = [];
  const talks: TalkRecord[] = [];
  const pending: Array<{ section: Section; oldParent: number | null; insertedParent?: number }> = [];
  for (const section of post.sections) {
    const found = skip.has(section.index) ? [] : sectionLeads(section, post.sections);
    remap[section.index] = out.length;
    if (found.length === 0) {
      out.push(section);
      pending.push({ section, oldParent: section.parent });
      continue;
    }
    const { own, talks: parts } = segments(section, found);
    const parentIndex = out.length;
    const kept = withBlocks(section, own);
    out.push(kept);
    pending.push({ section: kept, oldParent: section.parent });
    found.forEach((f, k) => {
      const blocks = parts[k] ?? [];
      const index = out.length;
      const inline: Section = withBlocks({ ...section, index, level: Math.min(section.level + 1, 7), heading: f.lead.heading, parent: parentIndex, inline: true }, blocks);
      out.push(inline);
      pending.push({ section: inline, oldParent: null, insertedParent: parentIndex });
      const framed = [section.heading, ...(framing[section.index] ?? [])].map(kindWord).find((x) => x !== null);
      const own = (f.lead.label ? LABEL_KINDS[f.lead.label] : undefined) ?? (f.lead.kindBefore as TalkKind | null) ?? kindWord(f.lead.title);
      talks.push({
        sectionIndex: index,
        heading: f.lead.heading,
        // (A video's name may close with its event: "Title (ZorbConf Next '19)".)
        title: withoutEventSuffix(f.lead.title) || f.lead.title,
        kind: own ?? framed ?? 'talk',
        day: f.day ?? days[section.index] ?? null,
        level: f.lead.level,
        video: f.lead.video ?? ownVideo(blocks),
        speakers: f.lead.speakers.length === 0 && f.lead.ownTalk && post.frontMatter.author ? [{ name: post.frontMatter.author, role: null, organization: null }] : f.lead.speakers.length === 0 ? (labelledInNotes(f.lead, blocks) ?? []) : f.lead.speakers,
      });
    });
  }
  if (talks.length === 0) return { post, talks, remap };
  const sections = pending.map(({ section, oldParent, insertedParent }, index) => ({
    ...section,
    index,
    parent: insertedParent ?? (oldParent === null ? null : (remap[oldParent] ?? null)),
  }));
  return { post: { ...post, sections }, talks, remap };
}
