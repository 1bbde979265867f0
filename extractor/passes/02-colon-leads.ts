/**
 * Pass 2 helper, lead reader: a programme narrated line by line, each line a title in title case, a colon, then notes
 * whose opening words name a clear person ("Let's Build a Zorb: Ann Lee, author of Plonk, kicked things off by ...",
 * "Quux at Scale: We then heard from Ivo Brevik, who ..."). Two or more such lines in one block make the programme;
 * one alone may be a label and a remark ("Update: Ann Lee said ...").
 */
import type { TextBlock } from './00-blocks.ts';
import { isPersonName } from './02-person-name.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { type SessionLead, titleCased } from './02-lead-text.ts';
import { isStructural } from './02-context.ts';

/** A title is a few words; the person is named within the notes' first words (later names are the talk's topic). */
const MAX_TITLE_WORDS = 14;
const NAME_WITHIN_WORDS = 14;
/** Runs of capitalised words in the notes, where a person's name is looked for. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

/** The first clear person's name among the notes' opening words, none the lists know ("Then Ann Lee" gives "Ann Lee"). */
function openingPerson(notes: string): string | null {
  const opening = notes.split(/\s+/).slice(0, NAME_WITHIN_WORDS).join(' ');
  for (const run of opening.matchAll(CAPITALISED_RUN)) {
    const words = run[0].split(/\s+/);
    for (let from = 0; from < words.length - 1; from++) {
      for (const size of [3, 2]) {
        const name = words.slice(from, from + size).join(' ');
        if (from + size <= words.length && isPersonName(name, false) && resolveName(name) === null) return name;
      }
    }
  }
  return null;
}

/** A programme's slot opens with its time ("8:30 - 9:20 Invited Talk: Ann Lee: Title"): the slot reader reads it. */
const OPENS_WITH_TIME = /^\d{1,2}[:.]\d{2}\b/;

/** A title: a few words in title case that open the line, no sentence inside, no person's or known thing's name alone. */
function titleShaped(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length >= 2 && words.length <= MAX_TITLE_WORDS && /^[\p{Lu}\d"“]/u.test(title) && !OPENS_WITH_TIME.test(title) && !/[.!?;]\s/.test(title) && titleCased(title) && !isStructural(title) && !isPersonName(title, false) && resolveName(title) === null;
}

/** The line's title and speaker: the last colon whose words before it are a title (a title may hold a colon itself). */
function colonLine(line: string): { title: string; notesAt: number; name: string } | null {
  const colons = [...line.slice(0, 160).matchAll(/:\s+(?=\p{Lu})/gu)].reverse();
  for (const colon of colons) {
    const at = colon.index ?? 0;
    const title = line.slice(0, at).trim();
    if (!titleShaped(title)) continue;
    const name = openingPerson(line.slice(at + colon[0].length));
    if (name) return { title, notesAt: at + colon[0].length, name };
  }
  return null;
}

export function colonNarratedLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'paragraph' || !block.text.includes(': ')) return [];
  const leads: SessionLead[] = [];
  let at = 0;
  for (const line of block.text.split('\n')) {
    const read = colonLine(line);
    if (read) leads.push({ start: at, heading: read.title, title: read.title, speakers: [{ name: read.name, role: null, organization: null }], level: null, label: null, video: null, form: 'sentence', kindBefore: null });
    at += line.length + 1;
  }
  return leads.length >= 2 ? leads : [];
}
