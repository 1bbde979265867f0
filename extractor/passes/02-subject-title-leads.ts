/**
 * Pass 2 helper, lead reader: a sentence whose subject is a person's full name, then a few words in lowercase, then a
 * title the markup sets apart ("Ann Lee first started with **Why I Picked Plonk?**", "After a short break, Bo Chen
 * explained how to use **Zorb As an Integration Tool** by ...", "Ivo Brevik then tried to summarize [What We Know
 * about Quux 11](slides)"). No word need say "talk": one such sentence may name a book or a product, so the lead counts
 * only in a section of talks or among several alike in the section (the post's habit, 02-sessions.ts).
 */
import type { TextBlock } from './00-blocks.ts';
import type { Span } from './00-inline.ts';
import { titleLike, type SessionLead } from './02-lead-text.ts';
import { unquote } from './02-heading.ts';
import { isPersonName, nameStrength } from './02-person-name.ts';
import { namesAThing } from '../gazetteer/resolve.ts';
import { GENERIC_LINK, isProfilePage, WHOLE_PROGRAMME_PAGE } from './02-words.ts';
import { isEventSurface } from '../gazetteer/lexicon.ts';

/**
 * The words before the title, from the sentence's start: an optional opening clause closed by a comma ("Our host, "),
 * the full name (two to four capitalised words, a particle allowed, a comma after it), then one to eight lowercase
 * words (commas allowed) up to it.
 */
const SUBJECT_THEN_WORDS = /^(?:[^,.!?\n]{1,100},\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|di|le|la|del)?\s*\p{Lu}[\p{L}'’-]+){1,3}),?\s+((?:\p{Ll}[\p{Ll}'’-]*,?\s+){1,8})$/u;

/** Where the sentence holding `at` starts: after the last sentence end or line break before it. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (c === '\n' || ((c === ' ' || c === '\t') && /[.!?]/.test(text[i - 1] ?? ''))) return i + 1;
  }
  return 0;
}

/**
 * The name is the whole text of a link to its owner's profile ("**[Rob Banks](https://twitter.com/rb)** talked about"):
 * a name of everyday words is a person's there, as the link says whose page it is.
 */
function profileLinked(block: TextBlock, name: string): boolean {
  return nameStrength(name) !== 'none' && block.links.some((l) => isProfilePage(l.href) && block.text.slice(l.start, l.end).trim() === name);
}

function leadOf(block: TextBlock, span: Span, form: 'bold' | 'link'): SessionLead | null {
  const title = unquote(block.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()).text;
  // (A linked name is a person, "the talk by [Ann Lee](...), [Bo Chen](...)", not a title; nor is an event's name,
  // "Ann Lee kicked things off with a report from [ZorbConf 2016](...)".)
  if (title.split(' ').length < 2 || !titleLike(title, true) || !/^[\p{Lu}\d]/u.test(title) || isPersonName(title, true) || isEventSurface(title)) return null;
  const from = sentenceStart(block.text, span.start);
  const m = SUBJECT_THEN_WORDS.exec(block.text.slice(from, span.start));
  const name = m?.[1];
  if (!name || !(isPersonName(name, false) || profileLinked(block, name)) || namesAThing(name)) return null;
  return { start: span.start, heading: block.text.slice(from, span.end).trim(), title, speakers: [{ name, role: null, organization: null }], level: null, label: null, video: null, form, kindBefore: null, inTalksOnly: true };
}


export function subjectTitleLeads(block: TextBlock): SessionLead[] {
  // (Paragraphs only: a list item's own readers read its "Name on [Title]" and "Title with Name" lines.)
  if (block.form !== 'paragraph') return [];
  const out: SessionLead[] = [];
  for (const span of block.strong) {
    const lead = leadOf(block, span, 'bold');
    if (lead) out.push(lead);
  }
  for (const link of block.links) {
    // (A link to the person's profile or a bare "slides" link names no session.)
    if (isProfilePage(link.href) || WHOLE_PROGRAMME_PAGE.test(link.href) || GENERIC_LINK.test(block.text.slice(link.start, link.end).trim())) continue;
    const lead = leadOf(block, link, 'link');
    if (lead && !out.some((o) => o.title === lead.title)) out.push(lead);
  }
  return out;
}
