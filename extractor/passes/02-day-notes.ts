/**
 * Pass 2 helper: a day's notes. Under a heading of one day ("# KubeCon Day 1", "## Tuesday"), an author who takes notes
 * of each session they sat in heads them with the session's title alone ("## Tales of burnout in open source"), and
 * gives no speaker, video or label. Such headings are talks when the day's headings read as that habit:
 * - the day's own text names no talk inline and lists no links (else its sub-headings are topics of what it lists);
 * - few of the day's headings name speakers (an author who names them in headings names every talk so, and a title
 *   alone beside them is a booth, a meal or a topic);
 * - two headings or more, and half of them or more, read as titles: no structural heading, no word of the day's other
 *   parts, no known name, no day.
 * The event's own name heading the notes ("# [ZorbConf 2019](site)") stands for their day, when the notes are bullets.
 */
import type { Section } from './types.ts';
import type { HeadingParts } from './02-heading.ts';
import { dateKey, explicitDay, isStructural } from './02-context.ts';
import { inlineLeadCount } from './02-sessions.ts';
import { descendants, groupsTalks, namesEvent, UNPRESENTED } from './02-talk-sections.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { isEventSurface } from '../gazetteer/lexicon.ts';
import { namesDayAside, ORG_WORDS, wordsOf } from './02-words.ts';

/** A heading of one day and nothing more than a few words of event or date beside it. */
function namesDay(section: Section): boolean {
  return section.level > 0 && wordsOf(section.heading).length <= 6 && (explicitDay(section.heading) !== null || dateKey(section.heading) !== null);
}

/** A heading that is the event's name alone ("# [ZorbConf 2019](https://zorbconf.example)"). */
function namesTheEvent(section: Section): boolean {
  return section.level > 0 && wordsOf(section.heading).length <= 6 && isEventSurface(section.heading.trim());
}

/** Notes taken as bullets: most of the heading's own blocks are list items. */
function bulletNotes(section: Section): boolean {
  const items = section.blocks.filter((b) => b.form === 'item').length;
  return items > 0 && items * 2 >= section.blocks.length;
}

/** The heading reads as a session's title: not structural, no word of the day's other parts, no name the gazetteer knows, no day. */
function titleOfNotes(parts: HeadingParts | null | undefined): boolean {
  if (!parts?.title || parts.speakerOnly || parts.speakers.length > 0) return false;
  const words = wordsOf(parts.title);
  if (words.length < 2 || isStructural(parts.title) || namesEvent(parts.title) || groupsTalks(parts.title) || UNPRESENTED.test(parts.title)) return false;
  // ("Other things I learned", "Xata Booth", "Postgres Happy Hour": the author's remarks and the day's social parts.)
  if (namesDayAside(parts.title)) return false;
  // ("The Zephyr Project", "Developer Relations Foundation": a project or a body the day's notes are about.)
  if (resolveName(parts.title) !== null || ORG_WORDS.has(words[words.length - 1] ?? '') || words[words.length - 1] === 'project') return false;
  return explicitDay(parts.title) === null && dateKey(parts.title) === null;
}

/** The heading has notes: its own text, or its sub-headings' ("### Title" over "#### Summary" and the notes). */
function hasNotes(sections: Section[], section: Section): boolean {
  return section.text.trim() !== '' || descendants(sections, section.index).some((d) => d.text.trim() !== '');
}

/** An opening that says the post covers sessions: "we highlight some sessions", "the talks I attended". */
const INTRODUCES_SESSIONS = /\b(?:highlight|cover|summari[sz]e|recap|share|describe|go (?:over|through))\w*\s+(?:[\w-]+\s+){0,4}?(?:sessions|talks|presentations)\b|\b(?:sessions|talks|presentations)\s+(?:that\s+)?(?:I|we)\s+(?:attended|saw|watched|liked|enjoyed|followed)\b/i;

function commonestLevel(group: readonly Section[]): number {
  const counts = new Map<number, number>();
  for (const s of group) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 6;
}

/** The sections, by index, that head the notes of one session each under a day's heading (see above). */
export function dayNoteHeadings(sections: Section[], parsed: ReadonlyArray<HeadingParts | null>, isTalk: (index: number) => boolean, titleOnlyTalk: (index: number) => boolean): number[] {
  const children = new Map<number, Section[]>();
  for (const s of sections) {
    const parent = s.parent === null ? undefined : sections[s.parent];
    if (!parent || !(namesDay(parent) || namesTheEvent(parent))) continue;
    const list = children.get(parent.index);
    if (list) list.push(s);
    else children.set(parent.index, [s]);
  }
  // The post's opening text that says it covers sessions ("we highlight some sessions in this blog post") stands for
  // a day above the top headings.
  const opening = sections[0];
  const top = sections.filter((s) => s.parent === null && s.level > 0);
  if (opening && opening.level === 0 && INTRODUCES_SESSIONS.test(opening.text) && top.length > 0) children.set(opening.index, top);
  const out: number[] = [];
  for (const [dayIndex, group] of children) {
    const day = sections[dayIndex];
    const byEvent = !!day && day.level > 0 && !namesDay(day);
    // (A day that lists its sessions in its own text, "- [(1) Title - Ann Lee](#d2t1)", heads their notes' topics below;
    // bullets of the author's own takeaways list none.)
    if (!day || inlineLeadCount([day], sections) > 0 || day.blocks.filter((b) => b.form === 'item' && b.links.length > 0).length >= 2) continue;
    // (Under the opening text, the headings of the level most of them share: "# Conclusion" may stand above "## Title"s.)
    const level = day.level === 0 ? commonestLevel(group) : group.reduce((min, s) => Math.min(min, s.level), 6);
    const peers = group.filter((s) => s.level === level);
    const named = peers.filter((s) => (parsed[s.index]?.speakers.length ?? 0) > 0).length;
    if (named * 3 >= peers.length) continue;
    // (Under the event's own name, "# [ZorbConf 2019](site)", only headings over bulleted notes: the author's notes of
    // sessions, not the chapters of their story.)
    const bulleted = (s: Section): boolean => !byEvent || bulletNotes(s);
    const notes = peers.filter((s) => !isTalk(s.index) && titleOfNotes(parsed[s.index]) && hasNotes(sections, s) && bulleted(s) && !descendants(sections, s.index).some((d) => isTalk(d.index)) && inlineLeadCount([s], sections) < 2);
    // (Most of the day's headings: "Open Spaces" and one more beside "The Presentations" and "Evening Event" are the day's parts.)
    // (The day's headings already read as talks by their titles alone count among its sessions: the same habit.)
    const sessions = notes.length + peers.filter((s) => titleOnlyTalk(s.index)).length;
    if (notes.length >= 2 && sessions * 2 >= peers.length) out.push(...notes.map((s) => s.index));
  }
  return out;
}
