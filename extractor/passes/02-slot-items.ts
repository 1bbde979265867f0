/**
 * Pass 2 helper, lead reader: a list item that is a session's title and its slot's time in parentheses, as an attendee
 * copies their programme ("- Zorb v3: Native CI/CD for Plonk (11:00am-11:40am)"). The slot marks an entry of the
 * programme; under a heading of talks or days such an item is a talk (02-evidence.ts), its speakers those the title's
 * own grammar names ("Title - Ann Lee (2:00pm-2:40pm)").
 */
import type { TextBlock } from './00-blocks.ts';
import { type SessionLead, titleLike } from './02-lead-text.ts';
import { parseTalkHeading } from './02-heading.ts';
import { isStructural } from './02-context.ts';
import { isPersonName } from './02-person-name.ts';
import { CLOCK_RANGE } from './02-words.ts';

const SLOT_ITEM = new RegExp(String.raw`^\s*(\S.{2,200}?)\s*\(\s*${CLOCK_RANGE}\s*\)\s*\.?\s*$`, 'i');

export function slotItemLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'item') return [];
  // (Most items hold no clock time: they are not matched further.)
  if (!/\d[:.]\d\d/.test(block.text)) return [];
  const line = block.text.split('\n')[0] ?? '';
  if (!SLOT_ITEM.test(line)) return [];
  const parts = parseTalkHeading(line);
  // ("TripleO: Containers - Current Status and Roadmap": words after a dash that are no clear names are the title's.)
  const named = parts.speakers.length > 0 && parts.speakers.every((sp) => isPersonName(sp.name, false));
  const title = (named ? parts.title : (SLOT_ITEM.exec(line)?.[1] ?? '')).trim().replace(/(?<!\.)\.$/, '');
  if (title.split(/\s+/).length < 2 || !titleLike(title) || isStructural(title)) return [];
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: line.trim(), title, speakers: named ? parts.speakers : [], level: parts.level, label: parts.label, video: null, form: 'cells', kindBefore: null, slotted: true }];
}
