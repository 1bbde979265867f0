/**
 * Pass 2 helper, lead reader: a list item that is a session's title alone, in title case, with no link or markup but
 * bold over all of it ("- Seeing Double? Implementing Multicast with Zorb and Plonk"), as attendees list the sessions they sat in under a
 * heading that names them ("## Sessions of the Day"). Only such a heading makes these items talks (02-evidence.ts):
 * elsewhere a capitalised item is a topic, a tool or a takeaway.
 */
import { wholeSpan, type TextBlock } from './00-blocks.ts';
import { type SessionLead, titleCased, titleLike } from './02-lead-text.ts';
import { isStructural } from './02-context.ts';
import { parseTalkHeading } from './02-heading.ts';
import { isPersonName } from './02-person-name.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { namesDayAside } from './02-words.ts';

/** A programme's field under a session ("Topic: ...", "Room: ...", "Speakers: ..."): what it says is no title. */
const FIELD_ITEM = /^\s*(?:topic|abstract|description|summary|synopsis|room|track|time|when|where|location|level|audience|format|duration|language|category|tags?|slides|video|recording|speakers?|presenters?|panelists?|moderators?|hosts?)\s*:/i;

const MIN_WORDS = 3;
const MAX_WORDS = 20;

export function plainTitleItemLeads(block: TextBlock): SessionLead[] {
  if (block.form === 'paragraph') return quotedLabelLeads(block);
  if (block.form !== 'item' || block.depth > 0 || block.links.length > 0 || block.text.includes('\n')) return [];
  const noted = titleOverNotes(block);
  if (noted) return [noted];
  // ("- **Embedding the Zorb Runtime**" over nested notes: a title in bold is still the item's whole text.)
  if (block.strong.length > 1 || (block.strong.length === 1 && !wholeSpan(block, block.strong)) || FIELD_ITEM.test(block.text)) return [];
  // (The heading grammar drops tags and markers, "[EN][JA] Lightning Talks"; an item that names people is the other readers'.)
  const parts = parseTalkHeading(block.text.trim());
  if (parts.speakers.length > 0 || parts.speakerOnly) return [];
  const title = parts.title;
  const words = title.split(/\s+/).length;
  // (A sentence of notes ends with a full stop; a title does not, though it may ask a question.)
  if (words < MIN_WORDS || words > MAX_WORDS || /[.;,:]$/.test(title) || !titleCased(title) || !titleLike(title)) return [];
  if (!standsAsTitle(title)) return [];
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: block.text.trim(), title, speakers: [], level: parts.level, label: parts.label, video: null, form: 'line', kindBefore: null, plainItem: true }];
}

/**
 * Words that may be a session's title alone: no structural heading, person's name or known thing, nor the day's other
 * parts ("Dinner with Acme Corp", "Zorbco Booth").
 */
function standsAsTitle(title: string): boolean {
  return !isStructural(title) && !isPersonName(title, false) && resolveName(title) === null && !namesDayAside(title);
}

/** Notes after a title's colon are a sentence's worth of words ("Title: about the team's move to ..."). */
const MIN_NOTE_WORDS = 4;

/**
 * An item that opens with a title in title case and a colon, then notes on it ("- Running Zorb at Scale: about the
 * team's move to ..."), as attendees sum up the sessions a heading or a lead-in sentence names. The first colon
 * closes the title: notes may hold colons of their own. Words after it in title case are a subtitle or the session
 * after its label ("Workshop: Zorb in Depth"), no notes.
 */
function titleOverNotes(block: TextBlock): SessionLead | null {
  const colon = /:\s+/.exec(block.text);
  if (!colon || colon.index > 160 || FIELD_ITEM.test(block.text)) return null;
  const title = block.text.slice(0, colon.index).trim();
  const notes = block.text.slice(colon.index + colon[0].length);
  const words = title.split(/\s+/).length;
  if (words < 2 || words > MAX_WORDS || notes.split(/\s+/).length < MIN_NOTE_WORDS || titleCased(notes) || !titleCased(title) || !titleLike(title)) return null;
  if (parseTalkHeading(title).speakers.length > 0 || !standsAsTitle(title)) return null;
  const start = block.text.length - block.text.trimStart().length;
  return { start, heading: title, title, speakers: [], level: null, label: null, video: null, form: 'line', kindBefore: null, plainItem: true };
}

/** A bold quoted title and a colon as the first line of a paragraph: '**“Zorb at the Edge”:**', the notes below it. */
const QUOTED_LABEL = /^\s*["“](?<title>[^"“”\n]{3,160})["”]\s*:?\s*$/u;

/**
 * A paragraph that opens with a session's quoted title in bold, set as a label over its notes ('**“Title”:**' then what
 * was said): the same as a title-alone item, a talk only under a heading that names sessions ("### Presentations").
 */
function quotedLabelLeads(block: TextBlock): SessionLead[] {
  const bold = block.strong[0];
  if (!bold || block.text.slice(0, bold.start).trim() !== '') return [];
  const firstLine = block.text.split('\n', 1)[0] ?? '';
  // (The bold run fills the first line, a colon inside it or right after it; the notes follow on the next lines.)
  if (bold.end > firstLine.length || !/^\s*:?\s*$/.test(firstLine.slice(bold.end)) || block.text.slice(firstLine.length).trim() === '') return [];
  const title = QUOTED_LABEL.exec(block.text.slice(bold.start, bold.end).replace(/:\s*$/, ''))?.groups?.title?.trim();
  const words = title?.split(/\s+/).length ?? 0;
  if (!title || words < MIN_WORDS || words > MAX_WORDS || !titleLike(title) || isStructural(title) || isPersonName(title, false)) return [];
  return [{ start: bold.start, heading: firstLine.trim(), title, speakers: [], level: null, label: null, video: null, form: 'bold', kindBefore: null, plainItem: true }];
}
