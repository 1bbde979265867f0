/** Pass 0 helper: renders one block's inline markdown to plain prose, collecting links and videos on the way. */
import type { Link, Video } from './types.ts';
import { SHORTCODE, readShortcode } from './00-shortcodes.ts';
import { decodeEntities, replaceHtml } from './00-html.ts';
import { youtubeVideo } from './00-video.ts';

export interface InlineContext {
  /** Reference-link definitions of the whole post: lowercased label -> URL. */
  refs: Map<string, string>;
  /** Headings keep the text of inline code (it is part of the title); prose drops it. */
  keepCode: boolean;
}

export interface Rendered {
  /** Plain text; '\n' separates lines that stood apart (figure titles, image alts, table cells). */
  text: string;
  links: Link[];
  videos: Video[];
}

const ESCAPE_BASE = 0xe000;
const escapeChar = (c: string): string => String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0));
const unescapeAll = (text: string): string =>
  text.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE));

function addLink(links: Link[], videos: Video[], text: string, href: string): void {
  links.push({ text, href });
  const video = youtubeVideo(href);
  if (video) videos.push(video);
}

/**
 * A code span that is one bare identifier (`runC`, `kube-dns`) reads as a name in the sentence, so it stays;
 * commands, flags, versions, paths and file names do not.
 */
const NAME_LIKE_CODE = /^(?!v?\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** Inline code spans: a run of N backticks up to the next run of exactly N. */
function replaceCode(text: string, keep: boolean): string {
  if (!text.includes('`')) return text;
  return text.replace(/(`+)([^`]|[^`][\s\S]{0,5000}?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) =>
    keep || NAME_LIKE_CODE.test(code.trim()) ? code.trim() : ' ',
  );
}

/** Shortcodes, Liquid tags and template variables. */
function replaceTemplates(text: string, videos: Video[]): string {
  const replaced = text.replace(SHORTCODE, (_m, _d: string, close1: string, name1: string, params1: string, close2: string, name2: string, params2: string) => {
    const result = readShortcode(name1 ?? name2 ?? '', (close1 ?? close2) === '/', params1 ?? params2 ?? '');
    if (result.video) videos.push(result.video);
    return result.text;
  });
  // Liquid/Go template variables such as {{ site.url }} are not prose.
  return replaced.replace(/\{\{[^}\n]{0,500}\}\}/g, ' ');
}

/** Images, footnote marks, inline links and reference links: `[...]` constructs. */
function replaceBrackets(input: string, ctx: InlineContext, links: Link[], videos: Video[]): string {
  let text = input.replace(/!\[([^\]\n]{0,500})\]\(([^)\s]{0,2000})(?:\s+"[^"\n]{0,500}")?\)/g, (_m, alt: string) => (alt.trim() ? `\n${alt}\n` : ' '));
  text = text.replace(/!\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g, (_m, alt: string) => (alt.trim() ? `\n${alt}\n` : ' '));
  text = text.replace(/\[\^[^\]\s]{1,50}\]/g, '');
  text = text.replace(
    /\[([^[\]]{0,1000})\]\(\s*<?([^)\s>]{0,2000})>?(?:\s+(?:"[^"]{0,500}"|'[^']{0,500}'|\([^)]{0,500}\)))?\s*\)/g,
    (_m, label: string, href: string) => {
      addLink(links, videos, unescapeAll(label).trim(), unescapeAll(href));
      return label;
    },
  );
  if (ctx.refs.size === 0) return text;
  return text.replace(/\[([^[\]]{1,1000})\](?:\s?\[([^[\]]{0,200})\])?/g, (whole, label: string, ref: string | undefined) => {
    const key = (ref && ref.trim() ? ref : label).trim().toLowerCase().replace(/\s+/g, ' ');
    const href = ctx.refs.get(key);
    if (!href) return whole;
    addLink(links, videos, unescapeAll(label).trim(), href);
    return label;
  });
}

/** Each step runs only when its marker character occurs: most prose lines have none, and long posts stay fast. */
export function renderInline(raw: string, ctx: InlineContext): Rendered {
  const links: Link[] = [];
  const videos: Video[] = [];
  const escaped = raw.includes('\\');
  let text = escaped ? raw.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => escapeChar(c)) : raw;
  text = replaceCode(text, ctx.keepCode);
  if (text.includes('{')) text = replaceTemplates(text, videos);
  if (text.includes('<')) {
    text = text.replace(/<((?:https?|ftp):\/\/[^\s<>]{1,2000}|[\w.+-]{1,100}@[\w-]{1,100}\.[\w.-]{1,100})>/g, (_m, url: string) => {
      if (url.includes('://')) addLink(links, videos, url, url);
      return url;
    });
    text = replaceHtml(text, links, videos);
  }
  if (text.includes('[')) text = replaceBrackets(text, ctx, links, videos);
  if (text.includes('http') || text.includes('www.')) {
    for (const m of text.matchAll(/(?<![\w/("'=])(?:https?:\/\/|www\.)[^\s<>"'`\]]{2,2000}/g)) {
      const url = m[0].replace(/[.,;:!?)]+$/, '');
      if (!links.some((l) => l.href === url)) addLink(links, videos, url, url.startsWith('www.') ? `http://${url}` : url);
    }
  }
  if (/[*_~]/.test(text)) text = stripEmphasis(text);
  if (escaped) text = unescapeAll(text);
  return { text: decodeEntities(text), links, videos };
}

/** Bold/italic/strike markers go; underscores inside words (snake_case) and lone asterisks stay. */
function stripEmphasis(text: string): string {
  return text
    .replace(/(\*\*|__|~~)(?=\S)([^\n]{0,1000}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]{0,1000}?\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]{0,1000}?\S)_(?!\w)/g, '$1$2')
    .replace(/\*{2,}|~~/g, '');
}
