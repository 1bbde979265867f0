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
  if (block.form !== 'item' || block.depth > 0 || block.links.length > 0 || block.text.includes('\n')) return [];
  // ("- **Embedding the Zorb Runtime**" over nested notes: a title in bold is still the item's whole text.)
  if (block.strong.length > 1 || (block.strong.length === 1 && !wholeSpan(block, block.strong)) || FIELD_ITEM.test(block.text)) return [];
  // (The heading grammar drops tags and markers, "[EN][JA] Lightning Talks"; an item that names people is the other readers'.)
  const parts = parseTalkHeading(block.text.trim());
  if (parts.speakers.length > 0 || parts.speakerOnly) return [];
  const title = parts.title;
  const words = title.split(/\s+/).length;
  // (A sentence of notes ends with a full stop; a title does not, though it may ask a question.)
  if (words < MIN_WORDS || words > MAX_WORDS || /[.;,:]$/.test(title) || !titleCased(title) || !titleLike(title)) return [];
  if (isStructural(title) || isPersonName(title, false) || resolveName(title) !== null) return [];
  // ("Dinner with Acme Corp", "Zorbco Booth": the day's other parts.)
  if (namesDayAside(title)) return [];
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: block.text.trim(), title, speakers: [], level: parts.level, label: parts.label, video: null, form: 'line', kindBefore: null, plainItem: true }];
}
