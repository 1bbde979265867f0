/** Pass 0 helper: turns inline/raw HTML into prose: iframes give videos, <img alt> and table cells give lines, other tags go. */
import type { Link, Video } from './types.ts';
import { isYoutubeId, videoFromId, youtubeVideo } from './00-video.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function htmlAttribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** Tags that end a line of prose (block-level), so cell and paragraph texts stay apart. */
const BLOCK_TAGS = /^(?:p|div|br|hr|tr|td|th|li|ul|ol|table|tbody|thead|tfoot|center|section|article|figure|figcaption|blockquote|h[1-6]|dt|dd|caption)$/i;

/** Replaces every HTML tag in a line; videos and links found are pushed to the given lists. */
export function replaceHtml(text: string, links: Link[], videos: Video[]): string {
  if (!text.includes('<')) return text;
  // Bounded quantifiers keep a hostile line (unclosed quotes) linear, and an unquoted attribute never runs into the
  // next tag's '<' (so thousands of unclosed "<div " cost one step each, not a 4,000-character scan each).
  const anchors = text.replace(/<a\s([^<>"']{0,4000}(?:(?:"[^"]{0,2000}"|'[^']{0,2000}')[^<>"']{0,4000}){0,50})>([^<]{0,500})<\/a>/gi, (tag, _attrs: string, inner: string) => {
    const href = htmlAttribute(tag.slice(0, tag.indexOf('>') + 1), 'href');
    if (href) {
      const video = youtubeVideo(href);
      if (video) videos.push(video);
      links.push({ text: decodeEntities(inner.trim()), href });
    }
    return inner;
  });
  return anchors.replace(/<(\/?)([a-zA-Z][\w-]{0,30})([^<>"']{0,4000}(?:(?:"[^"]{0,2000}"|'[^']{0,2000}')[^<>"']{0,4000}){0,50})>/g, (tag, closing: string, name: string) => {
    const lower = name.toLowerCase();
    if (!closing && (lower === 'iframe' || lower === 'embed' || lower === 'source' || lower === 'video')) {
      const src = htmlAttribute(tag, 'src') ?? htmlAttribute(tag, 'data-src');
      const video = src ? youtubeVideo(src) : null;
      if (video) videos.push(video);
      return '\n';
    }
    // AMP pages and lazy players embed by id: <amp-youtube data-videoid="...">, <lite-youtube videoid="...">.
    if (!closing && (lower === 'amp-youtube' || lower === 'lite-youtube')) {
      const id = htmlAttribute(tag, 'data-videoid') ?? htmlAttribute(tag, 'videoid');
      if (id && isYoutubeId(id)) videos.push(videoFromId(id));
      return '\n';
    }
    if (!closing && lower === 'img') {
      const alt = htmlAttribute(tag, 'alt') ?? htmlAttribute(tag, 'title');
      return alt ? `\n${alt}\n` : '\n';
    }
    return BLOCK_TAGS.test(lower) ? '\n' : '';
  });
}

/** Embedding elements, whose opening tag markdown must see whole to read it as HTML. */
const WRAPPED_EMBED = /<(?:iframe|amp-youtube|lite-youtube|embed|video)\b[^<>]{0,2000}>/gi;

/**
 * An embed's opening tag wrapped over lines, its last line opening with ">" ("<amp-youtube\n  data-videoid=..\n>"),
 * reads in markdown as a paragraph and a quote. Its attributes are joined onto one line; the line breaks go after the
 * tag, so every later line keeps its number.
 */
export function joinWrappedEmbeds(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  return markdown.replace(WRAPPED_EMBED, (tag) => {
    const breaks = tag.split('\n').length - 1;
    return breaks === 0 ? tag : `${tag.replace(/\s*\n\s*/g, ' ').replace(/\s+>$/, '>')}${'\n'.repeat(breaks)}`;
  });
}
