/**
 * Pass 2 helper, lead reader: a sentence whose subject is the speakers and whose object is the session's title, in
 * title case and unmarked ("Ann Lee and Bo Chen presented Concurrent Rendering in Zorb.", "Ivo Brevik spoke in detail
 * about Plonk's New Architecture, a long-term project ...", "Ann Lee kicked off Day 1 with her keynote, Zorb Today and
 * Tomorrow.", "the talk by Ann Lee on Zorb Channels."). The clear names before the verb, and the title case of the
 * words after it up to the clause's end, set the title apart; a run that goes on in lowercase words ("presented Zorb
 * Cloud a demo") is no title.
 */
import type { TextBlock } from './00-blocks.ts';
import { isPersonName } from './02-person-name.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { type SessionLead, titleCased } from './02-lead-text.ts';
import { isStructural } from './02-context.ts';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){1,2}`;
const KIND = String.raw`(?:talk|keynote|session|presentation|lightning\s+talk)`;
/** The verbs of presenting a named session, and "kicked off ... with their keynote," before its title. */
const VERB = String.raw`(?:presented|delivered|gave\s+(?:a|an|the|their|his|her)\s+${KIND}\s+(?:on|about|called|titled|named|entitled)|gave|(?:spoke|talked)(?:\s+in\s+(?:detail|depth))?\s+(?:about|on)|kicked\s+off[^,.;:!?]{0,40}?\s+with\s+(?:their|his|her)\s+${KIND}\s*[,:]?)`;
/** Title-case words, small words between them, the last one capitalised; the clause ends right after it. */
const TITLE = String.raw`[\p{Lu}\d][\p{L}\d'’.:-]*(?:\s+(?:(?:a|an|the|and|or|of|in|on|for|to|with|at|by|from|vs\.?|&)\s+)*[\p{Lu}\d][\p{L}\d'’.:-]*){1,14}`;
/** Where the title ends: its clause's end, or a relative word that goes on about it ("Syscalls in Go which is ..."). */
const TITLE_END = String.raw`(?=[.,;!?](?:\s|$)|\s+(?:which|that|where|who)\s|$)`;
/** Up to six speakers (a bound: a paragraph of thousands of names is read in linear time). */
const NAMES = String.raw`(${NAME}(?:\s*(?:,|\band\b|&)\s*${NAME}){0,5})`;
/** "Ann Lee on our team gave a talk on ...": a few words on whose team the speaker is. */
const TEAM = String.raw`(?:\s+(?:on|from)\s+(?:our|the|their|his|her)\s+team)?`;
const PRESENTED_TITLE = new RegExp(String.raw`(?:^|[.!?:]\s+|,\s+)${NAMES}${TEAM}\s+${VERB}\s+(?:the\s+)?(${TITLE})${TITLE_END}`, 'gu');
/** "the talk Ann Lee gave on Title", "the talk by Ann Lee on Title": the talk word first, then its speakers and title. */
const TALK_BY_ON = new RegExp(String.raw`\b${KIND}\s+(?:by\s+)?${NAMES}\s+(?:gave\s+)?(?:on|about)\s+(${TITLE})${TITLE_END}`, 'gu');

const person = (name: string): boolean => isPersonName(name, false) && resolveName(name) === null;

const PRESENTING_WORD = /\b(?:presented|delivered|gave|spoke|talked|kicked|talk|keynote|session|presentation)\b/;

/** The reader: every such sentence of the block, its clear-named speakers and its title. */
export function presentedTitleLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'paragraph' && block.form !== 'item') return [];
  // (Most blocks have no verb of presenting at all: they are not matched further.)
  if (!PRESENTING_WORD.test(block.text)) return [];
  const out: SessionLead[] = [];
  for (const m of [...block.text.matchAll(PRESENTED_TITLE), ...block.text.matchAll(TALK_BY_ON)]) {
    // ("On Friday, Ann Lee gave ...": capitalised words before the names, set off by a comma, open the sentence.)
    const listed = (m[1] ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
    let first = listed.length;
    while (first > 0 && person(listed[first - 1] ?? '')) first--;
    const names = listed.slice(first);
    const title = (m[2] ?? '').replace(/[.:]+$/, '').trim();
    if (!names.length) continue;
    // (A known project or company alone, a structural phrase or a person is no session's title.)
    if (title.split(/\s+/).length < 2 || !titleCased(title) || isStructural(title) || isPersonName(title, false) || resolveName(title) !== null) continue;
    const start = (m.index ?? 0) + m[0].indexOf(names[0] ?? '');
    out.push({ start, heading: `${title} - ${names.join(', ')}`, title, speakers: names.map((name) => ({ name, role: null, organization: null })), level: null, label: null, video: null, form: 'sentence', kindBefore: null });
  }
  return out;
}
