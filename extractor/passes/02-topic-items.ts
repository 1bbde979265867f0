/**
 * Pass 2 helper, lead reader: list items that open with a speaker and say what they talked about, with no title of
 * the session ("- [Ann Lee](https://ann.example) talked about effect systems. The problem: ...", "- Bo Chen gave a
 * talk about the cursed parts of signals, which ..."). The topic the item names stands for the title, as the guidelines
 * take a session's words where the post gives no other. Only a section of talks makes such items talks.
 */
import type { TextBlock } from './00-blocks.ts';
import type { SessionLead } from './02-lead-text.ts';
import { isPersonName } from './02-person-name.ts';
import { isProfilePage } from './02-words.ts';
import { namesAThing } from '../gazetteer/resolve.ts';

/** The speaker, then a verb of speaking and "about"/"on", then the topic. */
const TALKED_ABOUT = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:van|von|de|der|da|di|le|la|del)?\s*\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:also|then|later)\s+)?(?:talked|talking|spoke|speaking|presented|presenting|gave\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:talk|keynote|presentation|session|lightning\s+talk))\s+(?:about|on)\s+(?!(?:how|why|what|when|where|it|this|that|the\s+(?:talk|keynote|session))\b)([^\n]{2,160})/u;

/** The topic ends at the first clause mark: "effect systems. The problem ...", "bioinformatics, and how ...". */
const TOPIC_END = /\s*(?:[.,;:!?()[\]]|\s[-–—]{1,2}\s|\s+(?:which|who|and\s+how|where)\b)/u;

/** The item's opening speaker: a clear name, or the text of a link to the person's own page or profile. */
function openingSpeaker(block: TextBlock, name: string): boolean {
  if (isPersonName(name, false) && !namesAThing(name)) return true;
  const link = block.links.find((l) => l.start <= 2 && block.text.slice(l.start, l.end).trim() === name);
  // (A link to a page of the person's own, "[Rain](https://rain.example/)", or a profile.)
  return !!link && (isProfilePage(link.href) || /^https?:\/\/[^/]+\/?$/.test(link.href)) && !namesAThing(name) && (isPersonName(name, true) || !name.includes(' '));
}

export function topicItemLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'item') return [];
  const text = block.text.replace(/^\s+/, '');
  const offset = block.text.length - text.length;
  const m = TALKED_ABOUT.exec(text);
  if (!m?.[1] || !m[2]) return [];
  const name = m[1];
  const rest = m[2].replace(/`/g, '');
  const end = TOPIC_END.exec(rest);
  const topic = (end ? rest.slice(0, end.index) : rest).trim();
  const words = topic.split(/\s+/);
  if (words.length > 12 || topic.length < 3 || !openingSpeaker(block, name)) return [];
  return [{ start: offset, heading: text.split('\n')[0]?.trim() ?? text, title: topic, speakers: [{ name, role: null, organization: null }], level: null, label: null, video: null, form: 'sentence', kindBefore: null, inTalksOnly: true, topicOnly: true }];
}
