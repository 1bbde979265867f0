/**
 * Pass 2 reader: a paper presented at an academic venue, its title set apart at the start of a paragraph or list item
 * and its first author after it with "et al." ("[**Zorb: Scalable Plonk**](paper.pdf). Ann Lee et al.", "- [Title](url)
 * by Lee et al."). "et al." says the name before it is an author's, so a surname alone is a name here.
 */
import type { TextBlock } from './00-blocks.ts';
import { titleLike, videoIn, type SessionLead } from './02-lead-text.ts';
import { namesAThing } from '../gazetteer/resolve.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';

const FIRST_AUTHOR = /^[\s.,:;–—-]*(?:by\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s+et\s+al\b/u;

export function etAlLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'paragraph' && block.form !== 'item') return [];
  const start = block.text.length - block.text.trimStart().length;
  // (The widest link or bold run that opens the block: "[**Title**](url)" is one title.)
  let span: { start: number; end: number } | undefined;
  for (const s of [...block.links, ...block.strong]) if (s.start <= start + 1 && (!span || s.end > span.end)) span = s;
  if (!span) return [];
  const m = FIRST_AUTHOR.exec(block.text.slice(span.end, span.end + 160));
  const name = m?.[1];
  const title = block.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().replace(/\s*[.:]$/, '');
  if (!name || title.split(/\s+/).length < 2 || !titleLike(title, true) || namesAThing(name) || isEverydayWord(name.toLowerCase())) return [];
  return [{ start: span.start, heading: title, title, speakers: [{ name, role: null, organization: null }], level: null, label: null, video: videoIn(block, 0, block.text.length), form: 'link', kindBefore: null, vouchedNames: true }];
}
