/** Pass 2 helper: questions about sections the talk pass asks (talk groups, own videos, sub-sections, title lines, bold speakers). */
import type { Section, SpeakerRecord } from './types.ts';
import { FIELD_LABEL, parseTalkHeading, unquote, withoutAuthorMarks, withoutSlotAsides } from './02-heading.ts';
import { youtubeVideo } from './00-video.ts';
import { namesOnlyLine } from './02-speakers-in-text.ts';
import { isGivenName, isPersonName, nameStrength } from './02-person-name.ts';
import { isPlace } from '../entities/name-lexicon.ts';
import { explicitDay, isStructural } from './02-context.ts';
import { firstTextLine, GENERIC_LINK, isProfilePage, MEDIA_ONLY, ONE_SESSION_KINDS, TALK_GROUPS, TALK_PAGE, THEME_GROUPS, WHEN_WORDS, wordsOf } from './02-words.ts';
import { sectionBoldSpeakers } from './02-bold-speakers.ts';
import { eventFromText } from './05-event.ts';
import { blockLeads, PROGRAM_PAGE } from './02-session-leads.ts';
import { titleKey, titleLike } from './02-lead-text.ts';
import { namesAThing } from '../gazetteer/resolve.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';

/** A heading numbered as one of a list ("## 3. Title", "## 3) Title"). */
export const NUMBERED_HEADING = /^\s*\d{1,2}[.)]\s+\S/;

/** The section's parent heading groups talks ("Talks", "Breakout Sessions", "Keynotes"). */
export function inTalkGroup(sections: Section[], section: Section): boolean {
  const parent = section.parent === null ? null : sections[section.parent];
  return !!parent && isTalkGroup(parent);
}

/**
 * A heading that follows, at its own level, a heading of talks with nothing under it ("## Talks" with a paragraph, then
 * "## Title" after "## Title"): the author set the talks beside their group heading, not under it. The run ends at
 * a structural heading ("## Conclusion"). Only a heading with no sub-headings, whose first paragraph links a person's
 * profile ("[Ann Lee](https://twitter.com/ann) delivered ..."), is read as one of those talks: the run also holds the
 * author's other notes ("## Next Steps").
 */
export function afterTalkGroup(sections: Section[], section: Section): boolean {
  if (sections[section.index + 1]?.parent === section.index || !firstParagraphLinksPerson(section)) return false;
  let runs = talkGroupRuns.get(sections);
  if (!runs) talkGroupRuns.set(sections, (runs = readTalkGroupRuns(sections)));
  return runs[section.index] ?? false;
}

/** Per post, which sections stand in a run opened by a childless heading of talks (read once: asked per heading). */
const talkGroupRuns = new WeakMap<Section[], boolean[]>();

/** One pass in text order: a run opens at a childless talk group, and ends at a structural heading of its level or where its parent ends. */
function readTalkGroupRuns(sections: Section[]): boolean[] {
  const open = new Map<number, boolean>();
  return sections.map((s) => {
    for (const level of [...open.keys()]) if (level > s.level) open.delete(level);
    const inRun = open.get(s.level) ?? false;
    if (isTalkGroup(s)) open.set(s.level, sections[s.index + 1]?.level === s.level);
    else if (isStructural(s.heading)) open.set(s.level, false);
    return inRun;
  });
}

/** The section's first paragraph links a clear person's name to their profile page. */
function firstParagraphLinksPerson(section: Section): boolean {
  const first = section.blocks.find((b) => b.form === 'paragraph');
  return !!first?.links.some((l) => isProfilePage(l.href) && isPersonName(first.text.slice(l.start, l.end).trim(), false));
}

export function isTalkGroup(section: Section): boolean {
  const words = wordsOf(section.heading);
  // ("My talk" heads the author's one talk: its sub-headings are its parts, not talks. "Our talks" groups them.)
  if (words.some((w) => w === 'my' || w === 'our') && !words.some((w) => TALK_GROUPS.has(w) && w.endsWith('s'))) return false;
  if (isStructural(section.heading) && words.some((w) => TALK_GROUPS.has(w))) return true;
  // ("## Maintainer Track", "## Security Talks": a short heading that ends in a track or in talks in the plural;
  // "ignites" there is the verb: "## Passion Ignites".)
  const last = words[words.length - 1] ?? '';
  return words.length <= 3 && (last === 'track' || last === 'tracks' || (TALK_GROUPS.has(last) && last.endsWith('s') && last !== 'ignites'));
}

/** A link's text that points at many recordings: "the YouTube [playlist](...)", "[all the talks](...)", "[channel](...)". */
const COLLECTION_LINK = /\b(?:playlists?|channel|all\s+(?:the\s+)?(?:talks|videos|recordings|sessions))\b/i;

/** A video of the section's own: not a list of linked videos (those are talks listed as lines). */
export function ownVideo(section: Section): boolean {
  // One or two videos, embedded or linked in the prose ("[Dan's talk](youtube...)"), say the section is about a
  // talk, unless its blocks list talks of their own (a "Talks I liked" list of linked titles).
  const own = section.videos.length > 0 && section.videos.length <= 2;
  const videos = section.linkedVideos.filter((v) => !section.links.some((l) => l.href.includes(v.id) && COLLECTION_LINK.test(l.text)));
  const linked = videos.length > 0 && videos.length <= 2;
  return (own || linked) && !listsTalks(section);
}

/** The section's blocks name talks of their own, with a video or speakers. */
// (Not the heading's own talk: "[![Title](thumbnail)](video)" under "## Title" is its recording.)
function listsTalks(section: Section): boolean {
  const own = titleKey(section.heading);
  return section.blocks.some((b) => blockLeads(b).some((l) => (l.video !== null || l.speakers.length > 0) && titleKey(l.title) !== own));
}

/**
 * "* [Slides](assets/deck.pdf)" in the notes under a title: one or two links to the talk's material, named only by a
 * media word, say the section is one talk's (more are a list of many talks' material).
 */
export function ownMaterial(section: Section): boolean {
  const material = section.links.filter((l) => MEDIA_ONLY.test(l.text.trim()));
  return material.length > 0 && material.length <= 2 && !listsTalks(section);
}

/**
 * The heading is one link to a talk's page ("### [Title](https://confreaks.tv/videos/conf-title)"), perhaps with the
 * author's marks around it ("#### * [Title](.../v/slug) [Category]").
 */
export function headingLinksTalkPage(section: Section): boolean {
  const first = section.blocks[0];
  // ("## [Title](.../event/x) (2:45pm - 3:20pm)": the slot's time after the link is the programme's.)
  const heading = withoutSlotAsides(withoutAuthorMarks(section.heading)).trim();
  const href = first?.links[0]?.href ?? '';
  // (A programme's page of one session as well: ".../2025/schedule/event/zorb-101-the-state-of-zorb/".)
  return !!first && first.text.trim() === '' && first.links.length === 1 && first.links[0]?.text.trim() === heading && (TALK_PAGE.test(href) || PROGRAM_PAGE.test(href.replace(/[?#].*$/, '')));
}

/** Sections inside a talk (its own and its sub-sections). */
export function insideTalks(sections: Section[], talks: Map<number, unknown>): Set<number> {
  const inside = new Set<number>();
  let current: Section | null = null;
  for (const s of sections) {
    if (talks.has(s.index)) current = s;
    else if (current && s.level <= current.level) current = null;
    if (current) inside.add(s.index);
  }
  return inside;
}

export function descendants(sections: Section[], index: number): Section[] {
  const root = sections[index];
  const out: Section[] = [];
  for (let i = index + 1; i < sections.length; i++) {
    const s = sections[i];
    if (!s || !root || s.level <= root.level) break;
    out.push(s);
  }
  return out;
}

/** A short first line below a speaker-only heading is the talk's title. */
export function titleLine(section: Section): string | null {
  const first = section.text.split('\n')[0]?.trim() ?? '';
  const words = first.split(/\s+/).length;
  if (!first || words > 16 || /[.!?]$/.test(first) && !/^["“]/.test(first) || MEDIA_ONLY.test(first)) return null;
  return unquote(first.replace(/^(?:title|talk|session|presentation)\s*:\s*/i, '')).text;
}

/**
 * The words right before a bold title that make it the talk's: a word for the session, then at most one phrase that
 * leads to its name ("his talk **Title**", "his presentation on **Title**", "This presentation covered **Title**", "the
 * best talk of the day, **Title**").
 */
const SPOKEN_TITLE_BEFORE = /\b(?:talk|keynote|session|presentation|workshop|tutorial)(?:\s+(?:on|about|titled|called|named|entitled|covered|of\s+the\s+day))?[\s,:]*$/i;

/**
 * Under a speaker-only heading, a bold phrase in the opening paragraphs set after a word for the session ("Ann started
 * the day with her talk **Breaking the Zorb**"): the talk's title. Two to twelve words, no sentence of its own.
 */
export function spokenTitle(section: Section): string | null {
  for (const block of section.blocks.slice(0, 3)) {
    if (block.kind !== 'text') continue;
    for (const span of block.strong) {
      const title = block.text.slice(span.start, span.end).trim();
      const words = title.split(/\s+/).length;
      if (words < 2 || words > 12 || /[.!?]$/.test(title)) continue;
      if (SPOKEN_TITLE_BEFORE.test(block.text.slice(Math.max(0, span.start - 40), span.start))) return title;
    }
  }
  return null;
}

/**
 * A video under a structural sub-heading ("#### Video", "#### Recording") of a title-only heading. A day of the
 * programme ("## Day 1" under "# ODSC East") is no such sub-heading: its videos are its talks'.
 */
export function videoBelow(section: Section, sections: Section[]): boolean {
  return descendants(sections, section.index).some((d) => d.videos.length > 0 && d.videos.length <= 2 && isStructural(d.heading) && explicitDay(d.heading) === null);
}

/**
 * A title-only heading that is the author's label ("### Crik & Criu: snapshots for pods") over a first line that is
 * only a link to the talk itself ("⏩ [Title - Ann Lee, Acme](youtube)"): that link's title and speakers are the
 * talk's (its speakers when it names them, or its video when it links one).
 */
export function linkedLead(section: Section): { title: string; speakers: SpeakerRecord[] } | null {
  const block = section.blocks[0];
  const link = block?.links.length === 1 ? block.links[0] : undefined;
  if (!block || !link || block.form === 'row') return null;
  const rest = block.text.slice(0, link.start) + block.text.slice(link.end);
  // ("[YouTube link](...)" points at the video without naming the talk: the heading names it.)
  if (/[\p{L}\d]/u.test(rest) || GENERIC_LINK.test(link.text.trim())) return null;
  const parts = parseTalkHeading(block.text.slice(link.start, link.end).replace(/\s+/g, ' ').trim());
  if (!parts.title || parts.speakerOnly || parts.title.split(/\s+/).length < 2 || (parts.speakers.length === 0 && !youtubeVideo(link.href))) return null;
  return { title: parts.title, speakers: parts.speakers };
}

/**
 * A title-only heading that is the author's label ("### Talk 1: Agents and Keys") over a first line that is one
 * session's lead with clearly named speakers ("> “Keys for Agents” – [Ann Lee, Acme](sched link)"), and no other
 * lead under it: that lead's title and speakers are the talk's.
 */
export function leadLine(section: Section): { title: string; speakers: SpeakerRecord[] } | null {
  const block = section.blocks[0];
  if (!block || (block.form !== 'paragraph' && block.form !== 'quote') || block.lines.length !== 1) return null;
  const leads = blockLeads(block);
  const lead = leads.length === 1 ? leads[0] : undefined;
  // (Quotes set the title apart from the label: a line that only names people, or a sentence about the talk, is notes.
  // Under a heading that is only the programme's slot, "## Session 2. 11am", the line is the session's own lead.)
  if (!(lead?.quoted || slotOnlyHeading(section.heading)) || lead?.form !== 'line' || !lead.speakers.length || !lead.speakers.every((sp) => isPersonName(sp.name, false))) return null;
  // (Several leads under the heading are a list of talks it groups, read as inline talks.)
  if (section.blocks.slice(1).some((b) => blockLeads(b).some((l) => l.speakers.length > 0))) return null;
  return { title: lead.title, speakers: lead.speakers };
}

/**
 * "## State of Zorb" over "Ann Lee and Bo Chen presented the [State of Zorb](video), ...": a lead in the notes' first
 * lines that names the heading's own title with its speakers gives the talk's speakers.
 */
export function sameTitleSpeakers(section: Section, title: string): SpeakerRecord[] {
  const own = titleKey(title);
  for (const block of section.blocks.slice(0, 2)) {
    const lead = blockLeads(block).find((l) => l.speakers.length > 0 && titleKey(l.title) === own);
    if (lead) return lead.speakers;
  }
  return [];
}

/** A field that gives the session's title: "Topic: Title", "**Title**: Title", "Talk title: Title". */
const TITLE_FIELD = /^(?:topic|title|talk|session|(?:talk|session)\s+title)\s*:\s*(\S.{2,200})$/i;
/** Words of a slot in the programme: its kind, its number or when it was, and "speaker" ("Keynote-Speaker", "Talk 1"). */
const SLOT_EXTRA = new Set(['speaker', 'main', 'lightning', 'ignite']);

/**
 * A field named "Title" opening the notes says what it holds under any heading: "#### Acme" (the presenting team) over
 * "- Title: ...", then "- Presenters: ...".
 */
export function titleField(section: Section): string | null {
  // (The heading grammar's own "Title:" field, a list item's marker allowed before it.)
  const line = firstTextLine(section.text).replace(/^[-*+]\s+/, '');
  const label = FIELD_LABEL.exec(line);
  const titled = label ? line.slice(label[0].length).trim() : '';
  return titled.length >= 3 && titled.length <= 200 ? unquote(titled).text : null;
}

/** A time of day: "11am", "13:30", "14.30", "2 pm". */
const CLOCK_WORD = /^\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)?$/i;

/**
 * A heading that is only a slot of the programme: a kind of session, its number or its time and nothing else ("##
 * Session 2. 11am", "## Talk 3 - 14:30"); no title of its own.
 */
export function slotOnlyHeading(heading: string): boolean {
  const words = heading.toLowerCase().replace(/\b(\d{1,2})\s+(am|pm)\b/g, '$1$2').split(/[^\p{L}\p{N}:.]+/u).map((w) => w.replace(/^[.:]+|[.:]+$/g, '')).filter(Boolean);
  const rest = words.filter((w) => !/^\d+$/.test(w) && !CLOCK_WORD.test(w));
  return rest.length > 0 && rest.length < words.length && rest.every((w) => ONE_SESSION_KINDS.has(w) || SLOT_EXTRA.has(w)) && rest.some((w) => ONE_SESSION_KINDS.has(w));
}

/**
 * A heading that is only a slot of the programme ("## Talk 1", "## Keynote-Speaker", "## Evening Keynote") over a
 * first line that is a title field ("Topic: Title"): that field's title is the session's.
 */
export function slotFieldTitle(section: Section, heading: string): string | null {
  const titled = titleField(section);
  if (titled) return titled;
  const first = firstTextLine(section.text);
  const words = heading.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^\d+$/.test(w));
  const slot = words.some((w) => ONE_SESSION_KINDS.has(w)) && words.every((w) => ONE_SESSION_KINDS.has(w) || WHEN_WORDS.has(w) || SLOT_EXTRA.has(w));
  const field = slot ? TITLE_FIELD.exec(first)?.[1] : undefined;
  return field ? unquote(field.trim()).text : slotTitleLine(section);
}

/** "## Session 4. 13:30" over "Zorb + Plonk": under a slot alone, a first paragraph of one short capitalised line is the session's title. */
function slotTitleLine(section: Section): string | null {
  const block = section.blocks.find((b) => b.kind === 'text');
  if (!block || block.kind !== 'text' || block.form !== 'paragraph' || block.lines.length !== 1 || !slotOnlyHeading(section.heading)) return null;
  const line = titleLine(section);
  return line && /^[\p{Lu}\d"“]/u.test(line) && line.split(/\s+/).length <= 12 && titleLike(line, true) && !isPersonName(line, false) ? line : null;
}

/**
 * The speakers a heading names on its own, as notes put them under a title heading: "### Kelsey Breseman", "### Ann
 * Lee - Light table developer", "### Kenneth from Microsoft (Program Manager)", "### A and B", "### Ann Lee <url>".
 * `parsed`: the heading grammar's speakers, when it read the heading as a title and its speakers.
 */
export function speakerHeading(heading: string, parsed: readonly SpeakerRecord[]): SpeakerRecord[] | null {
  const text = heading.replace(/<?(?:https?:\/\/|www\.)[^\s>]+>?/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const names = namesOnlyLine(text);
  if (names) return names;
  if (parsed.length) return [...parsed];
  // Names of any shape in this slot ("Chee An", "Tyson Hackwood and Hemanth HM"): the heading is only capitalised
  // words joined by "and", "&" or commas, perhaps "working at" an organization.
  const shaped = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:working\s+)?at\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3}))?$/u.exec(text);
  if (shaped?.[1]) {
    const people = shaped[1].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
    // (A known project's name or a longer everyday word makes a topic, not a person: "Helm Update", "Chee An" stays.)
    const topicWord = (w: string): boolean => namesAThing(w) || (w.length > 3 && isEverydayWord(w.toLowerCase()));
    const anyShape = (p: string): boolean => /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}]{1,}$/u.test(p) && !p.split(/\s+/).some(topicWord);
    if (people.every((p) => nameStrength(p) !== 'none' || anyShape(p))) return people.map((name) => ({ name, role: null, organization: shaped[2] ?? null }));
  }
  const from = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+from\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})(?:\s*\(([^()]{2,60})\))?$/u.exec(text);
  const name = from?.[1];
  if (!name || !(isPersonName(name, true) || (!name.includes(' ') && isGivenName(name)))) return null;
  const org = from[2] && !isPlace(from[2].toLowerCase()) ? from[2] : null;
  return [{ name, role: from[3] ?? null, organization: org }];
}

/** A title-only heading whose first lines say "talk"/"panel"/... and set the people on stage in bold. */
export function boldTalk(s: Section): boolean {
  const opening = s.text.split('\n').slice(0, 2).join(' ');
  return TALK_MENTION.test(`${s.heading} ${opening}`) && sectionBoldSpeakers(s.blocks).length > 0;
}

const TALK_MENTION = /\b(?:talk|talks|keynote|session|panel|workshop|presentation|presented|spoke|tutorial)\b/i;

/** A heading that is only the event's name ("# EnvoyCon 2019", "## NodeConf Barcelona 2015") heads the post, not a talk. */
export function namesEvent(title: string): boolean {
  return eventFromText(title) === title.trim();
}

/** A heading that names several talks ("Other Notable Talks", "Sessions I liked"): a group, not one talk. */
export function groupsTalks(title: string): boolean {
  return wordsOf(title).some((w) => /^(?:talks|sessions|keynotes|presentations|workshops|panels)$/.test(w));
}

/** Sessions nobody presents: open-space and unconference discussions, birds-of-a-feather and hallway tracks. */
export const UNPRESENTED = /^(?:open[ -]spaces?|unconference|birds of a feather|bof|hallway track)\b/i;

/** A heading under "Common themes" / "Key takeaways": a quoted heading there quotes a theme, not a talk. */
export function underThemes(sections: Section[], s: Section): boolean {
  const parent = s.parent === null ? undefined : sections[s.parent];
  return !!parent && wordsOf(parent.heading).some((w) => THEME_GROUPS.has(w));
}
