/**
 * Pass 2 helper, lead reader with the post's context: a link to a page of the event's own website whose address
 * spells its text ("[Making Hard Things Easy](https://www.zorbloop.example/2023/making-hard-things-easy.html)" in a
 * post titled "zorbloop: it's a wrap"). An event's site names its sessions so; the link is a session's title.
 */
import type { TextBlock } from './00-blocks.ts';
import type { LinkSpan } from './00-inline.ts';
import type { SessionLead } from './02-lead-text.ts';
import { titleLike } from './02-lead-text.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';
import { slugify } from '../ids.ts';

/** A title's slug as sites write it: the id slug, a word's apostrophe dropped ("website's" -> "websites"). */
function slugOf(text: string): string {
  return slugify(text.replace(/['’]/g, ''));
}

/**
 * The runs of one to three words of the post's title, letters only (at least five): what the event's host name may
 * hold ("strangeloop" in "thestrangeloop.com").
 */
export function eventNameRuns(postTitle: string | undefined): string[] {
  const words = (postTitle ?? '').toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join('').replace(/[^a-z]/g, '');
      // (One everyday word, "developer" or "summary", names no event.)
      if (run.length >= 5 && !(n === 1 && isEverydayWord(run))) runs.add(run);
    }
  }
  return [...runs];
}

function eventHost(href: string, runs: readonly string[]): boolean {
  const host = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(href)?.[1]?.toLowerCase();
  // (Letters only, as the runs are: "spark-summit.org" holds "sparksummit".)
  const core = host?.split('.').slice(0, -1).join('').replace(/[^a-z]/g, '');
  return !!core && runs.some((run) => core.includes(run));
}

/** The last part of the page's path, its extension dropped. */
export function pageSlug(href: string): string {
  const path = href.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return (path.split('/').pop() ?? '').replace(/\.[a-z]{2,5}$/i, '').toLowerCase();
}

/** The page's address ends in the title's words ("/talk/a-teams-journey-1/" for "A teams journey"). */
export function spellsTitle(href: string, title: string): boolean {
  const slug = slugOf(title);
  const page = pageSlug(href);
  return slug.length >= 12 && (page === slug || (page.startsWith(slug) && /^-\d+$/.test(page.slice(slug.length))));
}

/** A page that gathers sessions (a track's, a devroom's, a room's, a tag's, a speaker's) names no session of its own. */
const GROUP_PAGE = /\/(?:tracks?|devrooms?|rooms?|tags?|categor(?:y|ies)|topics?|speakers?|people)\/[^/]+\/?(?:[?#].*)?$/i;

export function eventPageLeads(block: TextBlock, runs: readonly string[]): SessionLead[] {
  if (runs.length === 0) return [];
  const out: SessionLead[] = [];
  for (const link of block.links as readonly LinkSpan[]) {
    const text = block.text.slice(link.start, link.end).replace(/\s+/g, ' ').trim();
    const slug = slugOf(text);
    // (A link that names the event itself, "[ZorbLoop 2023](https://zorbloop.example/zorbloop-2023)", is no session's.)
    const compact = slug.replace(/-/g, '');
    if (text.split(' ').length < 3 || slug.length < 12 || GROUP_PAGE.test(link.href) || pageSlug(link.href) !== slug || !titleLike(text, true) || !eventHost(link.href, runs) || runs.some((run) => compact.includes(run))) continue;
    out.push({ start: link.start, heading: text, title: text, speakers: [], level: null, label: null, video: null, form: 'link', kindBefore: null, ownPage: true });
  }
  return out;
}
