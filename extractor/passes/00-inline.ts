/**
 * Pass 0 helper: renders a block's inline mdast nodes to plain prose, keeping where the bold runs and the links
 * stand (the talk recognizer reads `**Title** by Name` and `[Title](url) by Name` leads from them) and the videos.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { Link, Video } from './types.ts';
import type { ShortcodeResult } from './00-shortcodes.ts';
import { TOKEN } from './00-templates.ts';
import { decodeEntities, htmlAttribute, replaceHtml } from './00-html.ts';
import { youtubeVideo } from './00-video.ts';

export interface InlineContext {
  /** Headings keep the text of inline code (it is part of the title); prose drops it. */
  keepCode: boolean;
  /** What each shortcode token of the template pass stands for. */
  tokens: ShortcodeResult[];
}

/** A range of the rendered text. */
export interface Span {
  start: number;
  end: number;
}

export interface LinkSpan extends Link, Span {}

export interface Rendered {
  /** Plain text; '\n' separates lines that stood apart (hard breaks, image alts, captions, sentence-per-line). */
  text: string;
  strong: Span[];
  /** Italic runs outside bold and links: where posts set a talk's title in prose ("In her talk *Title*, ..."). */
  emphasis: Span[];
  links: LinkSpan[];
  videos: Video[];
  /** Videos embedded here (iframes, shortcodes), as opposed to linked. */
  embeds: Video[];
}

/** A soft line ending, decided later: a space inside hard-wrapped prose, a line break between separate lines. */
const SOFT = '\uE110';

/**
 * A code span that is one bare identifier (`runC`, `kube-dns`) reads as a name in the sentence, so it stays;
 * commands, flags, versions, paths and file names do not.
 */
const BARE_URL = /(?<![\w/("'=])(?:https?:\/\/|www\.)[^\s<>"'`\]\uE110]{2,2000}/g;

const NAME_LIKE_CODE = /^(?!v?\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
/** A person's name set in code (`Ann Lee`), as some authors mark names: two to four capitalised words. */
const PERSON_LIKE_CODE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,3}$/u;

const JOIN_AFTER = /(?:[,\-–(&/]|\b(?:and|or|the|a|an|of|to|in|with|for|by|on|at|from|as|is|are))$/i;

/** Whether a source line continues the previous one (hard-wrapped prose) or starts a new line of text. */
function continues(previous: string, current: string): boolean {
  return /^[a-z(]/.test(current.trimStart()) || JOIN_AFTER.test(previous.trimEnd());
}

/** The hyphen and the non-breaking hyphen (U+2010, U+2011), which read as '-'. */
const TYPOGRAPHIC_HYPHEN = /[\u2010\u2011]/;
const TYPOGRAPHIC_HYPHENS = /[\u2010\u2011]/g;

class Renderer {
  /** The rendered text in pieces (joined once at the end: appending to one long string flattens it again and again). */
  private chunks: string[] = [];
  private length = 0;
  strong: Span[] = [];
  emphasis: Span[] = [];
  links: LinkSpan[] = [];
  videos: Video[] = [];
  embeds: Video[] = [];
  /** Inside a link's text a URL is that link's label, not another link. */
  private linkDepth = 0;
  private strongDepth = 0;
  /** Inside an italic run, as inside a link or bold run, a line break only wraps it ("*“Zorb: Start and\nSustain”*"). */
  private emphasisDepth = 0;
  /** Where the last soft line ending stands, and the soft endings that inline markup follows. */
  private softAt = -1;
  private readonly markupSoft = new Set<number>();
  constructor(private ctx: InlineContext) {}

  private append(raw: string): void {
    if (!raw) return;
    // (Typographic hyphens, one character each as '-' is, so spans keep their offsets: "Glatter&#8209;Götz" is a name.)
    const text = TYPOGRAPHIC_HYPHEN.test(raw) ? raw.replace(TYPOGRAPHIC_HYPHENS, '-') : raw;
    this.chunks.push(text);
    this.length += text.length;
  }

  private textFrom(chunk: number): string {
    return this.chunks.slice(chunk).join('');
  }

  private addLink(text: string, href: string, start: number): void {
    this.links.push({ text, href, start, end: this.length });
    const video = youtubeVideo(href);
    if (video) this.videos.push(video);
  }

  private expandTokens(value: string): string {
    if (!value.includes('\uE100')) return value;
    return value.replace(TOKEN, (_m, n: string) => {
      const result = this.ctx.tokens[Number(n)];
      if (!result) return '';
      if (result.video) {
        this.videos.push(result.video);
        this.embeds.push(result.video);
      }
      return result.text;
    });
  }

  /** Plain text; a bare URL in it (`https://...`, `www....`) is a link too. */
  private plain(value: string): void {
    const start = this.length;
    this.append(value);
    if (this.linkDepth > 0 || (!value.includes('http') && !value.includes('www.'))) return;
    for (const m of value.matchAll(BARE_URL)) {
      const url = m[0].replace(/[.,;:!?)]+$/, '');
      const at = start + (m.index ?? 0);
      this.links.push({ text: url, href: url.startsWith('www.') ? `http://${url}` : url, start: at, end: at + url.length });
      const video = youtubeVideo(url);
      if (video) this.videos.push(video);
    }
  }

  /** Open inline HTML runs (<strong>, <b>, <em>, <i>) and where they started. */
  private readonly htmlRuns: Array<{ tag: 'strong' | 'em'; start: number }> = [];

  /**
   * "<strong>Title by Ann Lee</strong>" written as inline HTML is a bold run as "**...**" is (and <em> an italic one).
   * An underlined run ("<u>", "<ins>") sets its words apart as bold does: markdown has no underline, so authors who
   * want one write the tag.
   */
  private htmlRun(value: string): boolean {
    const m = /^<(\/?)(strong|b|em|i|u|ins)(?:\s[^<>]*)?>$/i.exec(value.trim());
    if (!m?.[2]) return false;
    const tag = /^(?:strong|b|u|ins)$/i.test(m[2]) ? 'strong' : 'em';
    if (!m[1]) {
      if (this.htmlRuns.length < 64) this.htmlRuns.push({ tag, start: this.length });
      return true;
    }
    const at = this.htmlRuns.map((r) => r.tag).lastIndexOf(tag);
    const run = at >= 0 ? this.htmlRuns.splice(at, 1)[0] : undefined;
    if (run && this.length > run.start) (tag === 'strong' ? this.strong : this.emphasis).push({ start: run.start, end: this.length });
    return true;
  }

  /** Open inline HTML anchors: the link's target, where its text starts, and the chunk it starts in. */
  private readonly htmlAnchors: Array<{ href: string; start: number; chunk: number }> = [];

  /**
   * Markdown parses "<a href="…">Pipenv</a>" as an opening tag, the text, and a closing tag: a link as "[Pipenv](…)"
   * is, which the readers of links (self-named project sites, linked titles) read alike.
   */
  private htmlAnchor(value: string): boolean {
    const tag = value.trim();
    if (/^<\/a\s*>$/i.test(tag)) {
      const open = this.htmlAnchors.pop();
      if (!open) return false;
      this.linkDepth--;
      this.addLink(this.textFrom(open.chunk).replace(/\uE110/g, ' ').trim(), open.href, open.start);
      return true;
    }
    if (!/^<a\s[^<>]*>$/i.test(tag)) return false;
    const href = htmlAttribute(tag, 'href');
    if (!href || this.htmlAnchors.length >= 64) return false;
    this.htmlAnchors.push({ href, start: this.length, chunk: this.chunks.length });
    this.linkDepth++;
    return true;
  }

  private html(value: string): void {
    if (this.htmlRun(value) || this.htmlAnchor(value)) return;
    const links: Link[] = [];
    const videos: Video[] = [];
    const start = this.length;
    this.append(decodeEntities(replaceHtml(value, links, videos)));
    for (const link of links) this.links.push({ ...link, start, end: this.length });
    for (const video of videos) {
      if (!this.videos.some((v) => v.id === video.id)) this.videos.push(video);
      if (/<(?:iframe|embed|video|source|amp-youtube|lite-youtube)\b/i.test(value)) this.embeds.push(video);
    }
  }

  nodes(children: readonly Nodes[]): void {
    for (const child of children) {
      if (child.type !== 'text' && this.softAt >= 0 && this.softAt === this.length - 1) this.markupSoft.add(this.softAt);
      this.node(child);
    }
  }

  node(node: Nodes): void {
    switch (node.type) {
      case 'text': {
        // Inside a link, bold or italic run a line break is only wrapping: the title goes on.
        const wrapping = this.linkDepth > 0 || this.strongDepth > 0 || this.emphasisDepth > 0;
        if (node.value === '\n' && !wrapping) {
          this.softAt = this.length;
          this.append(SOFT);
          return;
        }
        this.plain(this.expandTokens(node.value.includes('\n') ? node.value.replace(/\n/g, wrapping ? ' ' : SOFT) : node.value));
        return;
      }
      case 'strong': {
        const start = this.length;
        this.strongDepth++;
        this.nodes(node.children);
        this.strongDepth--;
        if (this.length > start) this.strong.push({ start, end: this.length });
        return;
      }
      case 'emphasis': {
        const start = this.length;
        const outer = this.linkDepth === 0 && this.strongDepth === 0;
        this.emphasisDepth++;
        this.nodes(node.children);
        this.emphasisDepth--;
        if (outer && this.length > start) this.emphasis.push({ start, end: this.length });
        return;
      }
      case 'delete':
        this.nodes(node.children);
        return;
      case 'inlineCode': {
        const code = node.value.trim();
        // (Inside a link's text code is part of what the link names: "[Why `len(s)` lies](talk page)".)
        this.append(this.ctx.keepCode || this.linkDepth > 0 || NAME_LIKE_CODE.test(code) || PERSON_LIKE_CODE.test(code) ? code : ' ');
        return;
      }
      case 'break':
        this.append('\n');
        return;
      case 'link': {
        const start = this.length;
        const chunk = this.chunks.length;
        this.linkDepth++;
        this.nodes(node.children);
        this.linkDepth--;
        this.addLink(this.textFrom(chunk).replace(/\uE110/g, ' ').trim(), node.url, start);
        return;
      }
      case 'image': {
        this.append(node.alt?.trim() ? `\n${node.alt.trim()}\n` : ' ');
        // A title on a picture is a caption the author set apart, as a bold run is ("Ann Lee - Scaling Envoy").
        const title = node.title?.replace(/\s+/g, ' ').trim();
        if (title && title !== node.alt?.trim()) {
          this.append('\n');
          const start = this.length;
          this.append(title);
          this.strong.push({ start, end: this.length });
          this.append('\n');
        }
        return;
      }
      case 'html':
        this.html(node.value);
        return;
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) this.nodes(node.children as Nodes[]);
        else if ('value' in node && typeof node.value === 'string') this.append(node.value);
    }
  }

  /** Soft line endings become spaces in hard-wrapped prose and line breaks between separate lines (same length). */
  finish(): Rendered {
    const text = this.chunks.join('');
    if (this.softAt < 0 && !text.includes(SOFT)) return { text, strong: this.strong, emphasis: this.emphasis, links: this.links, videos: this.videos, embeds: this.embeds };
    let out = '';
    let from = 0;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) lineStart = i + 1;
      if (c !== 0xe110) continue;
      const previous = text.slice(lineStart, i);
      const joins = this.markupSoft.has(i) ? JOIN_AFTER.test(previous.trimEnd()) : continues(previous, text.slice(i + 1, i + 40));
      out += text.slice(from, i) + (joins ? ' ' : '\n');
      from = i + 1;
      if (!joins) lineStart = i + 1;
    }
    out += text.slice(from);
    return { text: out, strong: this.strong, emphasis: this.emphasis, links: this.links, videos: this.videos, embeds: this.embeds };
  }
}

export function renderInline(children: readonly PhrasingContent[] | readonly Nodes[], ctx: InlineContext): Rendered {
  const renderer = new Renderer(ctx);
  renderer.nodes(children as readonly Nodes[]);
  return renderer.finish();
}

/** The lines of rendered text as the later passes read them: whitespace collapsed, only lines with a letter or digit. */
export function proseLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    let line = SPACES.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    if (SPACE_BEFORE_PUNCT.test(line)) line = line.replace(/ ([.,;:!?)])(?=\s|$)/g, '$1');
    line = line.trim();
    // ASCII letters first: the Unicode property test is several times slower and rarely needed.
    if (line && (/[A-Za-z0-9]/.test(line) || /[\p{L}\p{N}]/u.test(line))) out.push(line);
  }
  return out;
}

/** Whitespace other than single spaces (runs, tabs, no-break spaces): worth collapsing. */
const SPACES = /\s\s|[^\S ]/;
const SPACE_BEFORE_PUNCT = / [.,;:!?)]/;
