/**
 * Pass 2 reader: a list item that bills its speaker in bold after the title, "from" or "by" the person
 * ("- Zorbs and Containers from **Ann Lee of Acme**", "- Title by **Ann Lee, creator of Plonk**"). "from" alone parts
 * no title from a speaker ("Lessons from Production"); the bold run that ends the line, opening with a clear name,
 * does.
 */
import type { TextBlock } from './00-blocks.ts';
import type { SpeakerRecord } from './types.ts';
import { titleLike, type SessionLead } from './02-lead-text.ts';
import { parseSpeakers } from './02-speakers.ts';
import { isPersonName } from './02-person-name.ts';
import { namesAThing } from '../gazetteer/resolve.ts';

const BILLED_BEFORE = /\s(?:from|by)\s+$/;
/** "Ann Lee creator of Plonk", "Ann Lee, maintainer at Quux": a clear name, then a role's words and the organization. */
const NAME_ROLE_ORG = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),?\s+(\p{Ll}[\p{L}\s-]{1,40}?)\s+(?:of|at)\s+(\S.{0,60})$/u;

/** The bold run read as its speaker: the speaker grammar, else a clear name with a role and organization after it. */
function billedSpeaker(bold: string): SpeakerRecord[] | null {
  const parsed = parseSpeakers(bold);
  if (parsed?.length && parsed.every((sp) => isPersonName(sp.name, false) && !namesAThing(sp.name))) return parsed;
  const m = NAME_ROLE_ORG.exec(bold);
  return m?.[1] && m[2] && m[3] && isPersonName(m[1], false) && !namesAThing(m[1]) ? [{ name: m[1], role: m[2].trim(), organization: m[3].trim() }] : null;
}

export function boldBylineItemLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'item' || block.strong.length !== 1) return [];
  const bold = block.strong[0];
  if (!bold) return [];
  const lineEnd = block.text.indexOf('\n') < 0 ? block.text.length : block.text.indexOf('\n');
  // (The bold run ends the item's first line, a full stop at most after it.)
  if (bold.end > lineEnd || !/^[\s.]*$/.test(block.text.slice(bold.end, lineEnd))) return [];
  const before = block.text.slice(0, bold.start);
  if (!BILLED_BEFORE.test(before)) return [];
  const speakers = billedSpeaker(block.text.slice(bold.start, bold.end).replace(/\s+/g, ' ').trim());
  const title = before.replace(BILLED_BEFORE, '').trim();
  if (!speakers || title.split(/\s+/).length < 2 || !titleLike(title)) return [];
  const start = block.text.length - block.text.trimStart().length;
  return [{ start, heading: block.text.slice(start, lineEnd).trim(), title, speakers, level: null, label: null, video: null, form: 'bold', kindBefore: null }];
}
