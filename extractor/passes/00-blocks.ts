/**
 * Pass 0b: the markdown body, parsed by a maintained CommonMark + GFM parser (micromark/mdast), as a flat list of
 * headings and text blocks. A text block is one paragraph, list item, table row, quote paragraph or HTML block:
 * the unit the talk recognizer scores. Code is dropped; shortcodes were tokenised by the template pass.
 */
import type { Nodes, RootContent, Table } from 'mdast';
import type { Video } from './types.ts';
import { stripRegions } from './00-regions.ts';
import { replaceTemplates } from './00-templates.ts';
import { looseHeadings } from './00-loose-headings.ts';
import { parseMarkdownTree } from './00-mdast.ts';
import { proseLines, renderInline, type InlineContext, type LinkSpan, type Rendered, type Span } from './00-inline.ts';
import { decodeEntities, joinWrappedEmbeds, replaceHtml } from './00-html.ts';
import { htmlBlockAsMarkdown } from './00-html-markdown.ts';
import { htmlTableAsMarkdown } from './00-html-tables.ts';

export type TextForm = 'paragraph' | 'item' | 'row' | 'quote' | 'html';

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
  id: string | null;
}

export interface TextBlock {
  kind: 'text';
  form: TextForm;
  /** Rendered plain text; strong and link spans index into it. */
  text: string;
  /** The text as later passes read it: one line per paragraph line, whitespace collapsed. */
  lines: string[];
  strong: Span[];
  /** Italic runs (see Rendered.emphasis). */
  emphasis: Span[];
  links: LinkSpan[];
  videos: Video[];
  /** Videos embedded in this block (iframe, shortcode), not merely linked. */
  embeds: Video[];
  /** Nesting depth of a list item (0 = top level). */
  depth: number;
  /** A table row's cells, and the header cells of its table. */
  cells?: string[];
  header?: string[];
  /** The first row of a table with rows under it: its column labels, or a first row written where they go. */
  headerRow?: true;
  /** Source line (1-based, in the whole post) where the block starts. */
  line: number;
}

export type Block = HeadingBlock | TextBlock;

/** A link that stands for a recording ("video", "watch", a bare URL), not a named thing that happens to be a video. */
const MEDIA_LINK = /^(?:here|link|\d+:\d+|https?:\/\/\S+|www\.\S+|\W*|(?:\S+\s+){0,3}(?:video|videos|recording|recordings|watch|youtube|replay|livestream)(?:\s+\S+){0,3})$/i;

/** The bold run or link that is the whole of a block's text ("**Title**" as a paragraph of its own), if one is. */
export function wholeSpan<T extends Span>(block: TextBlock, spans: readonly T[]): T | undefined {
  const text = block.text.trim();
  return spans.find((s) => block.text.slice(s.start, s.end).trim() === text);
}

/**
 * The videos a block shows as its own: embeds (iframe, shortcode) and links labelled as a recording. A YouTube link
 * in prose with its own words ("see [last year's talk](...)") points elsewhere and is not the section's video.
 */
export function ownVideos(block: TextBlock): Video[] {
  const out = [...block.embeds];
  for (const link of block.links) {
    if (!MEDIA_LINK.test(link.text.trim())) continue;
    const video = block.videos.find((v) => link.href.includes(v.id));
    if (video && !out.some((v) => v.id === video.id)) out.push(video);
  }
  return out;
}

export interface NormalisedBody {
  blocks: Block[];
  warnings: string[];
}

const HEADING_ID = /\s*\{#([\w:.-]+)[^}]*\}\s*$/;
const HTML_HEADING = /^\s*<h([1-6])(\s[^>]{0,500})?>([\s\S]{0,1000}?)<\/h\1>\s*$/i;
/** Deeper nesting than this is read as flat text (hostile input cannot exhaust the stack). */
const MAX_DEPTH = 40;

class BlockReader {
  blocks: Block[] = [];
  /** Inside an HTML block read again as markdown: its own HTML blocks are read as they are. */
  private inConvertedHtml = false;
  constructor(
    private ctx: InlineContext,
    private lineOffset: number,
  ) {}

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 0) + this.lineOffset;
  }

  private pushText(form: TextForm, rendered: Rendered, node: Nodes, depth: number, extra: Partial<TextBlock> = {}): void {
    const lines = proseLines(rendered.text);
    if (!lines.length && !rendered.links.length && !rendered.videos.length) return;
    this.blocks.push({ kind: 'text', form, text: rendered.text, lines, strong: rendered.strong, emphasis: rendered.emphasis, links: rendered.links, videos: rendered.videos, embeds: rendered.embeds, depth, line: this.lineOf(node), ...extra });
  }

  private heading(level: number, rendered: Rendered, node: Nodes): void {
    const idMatch = HEADING_ID.exec(rendered.text);
    const text = (idMatch ? rendered.text.slice(0, idMatch.index) : rendered.text).replace(/\s+/g, ' ').trim();
    this.blocks.push({ kind: 'heading', level, text, id: idMatch?.[1] ?? null });
    if (rendered.videos.length || rendered.links.length) this.pushText('paragraph', { ...rendered, text: '' }, node, 0);
  }

  /** An HTML block runs to a blank line, so it may hold several headings: each line that is one becomes a heading. */
  private htmlBlock(value: string, node: Nodes, form: TextForm, depth: number, level: number): void {
    const markdown = form === 'quote' || this.inConvertedHtml ? null : (htmlTableAsMarkdown(value) ?? htmlBlockAsMarkdown(value));
    if (markdown !== null) {
      // (Its nodes count lines from the block's first line.)
      const saved = this.lineOffset;
      this.lineOffset = this.lineOf(node) - 1;
      this.inConvertedHtml = true;
      this.read(parseMarkdownTree(markdown, this.lineOffset, []).children, 'paragraph', depth, level + 1);
      this.inConvertedHtml = false;
      this.lineOffset = saved;
      return;
    }
    if (form !== 'quote' && /<h[1-6]/i.test(value) && value.includes('\n')) {
      let pending: string[] = [];
      const flush = (): void => {
        if (pending.length) this.htmlLines(pending.join('\n'), node, form);
        pending = [];
      };
      for (const line of value.split('\n')) {
        if (HTML_HEADING.test(line)) {
          flush();
          this.htmlLines(line, node, form);
        } else pending.push(line);
      }
      flush();
      return;
    }
    this.htmlLines(value, node, form);
  }

  private htmlLines(value: string, node: Nodes, form: TextForm): void {
    const heading = HTML_HEADING.exec(value);
    if (heading?.[1] && form !== 'quote') {
      const id = heading[2] ? /\sid\s*=\s*["']?([\w:.-]+)/i.exec(heading[2])?.[1] : undefined;
      const inner = decodeEntities(replaceHtml(heading[3] ?? '', [], [])).replace(/\s+/g, ' ').trim();
      this.blocks.push({ kind: 'heading', level: Number(heading[1]), text: inner, id: id ?? null });
      return;
    }
    this.pushText('html', renderInline([{ type: 'html', value }], this.ctx), node, 0);
  }

  private table(node: Table, depth: number): void {
    // A cell is a label, like a heading: its inline code is part of it ("The `crypto/mlkem` Package").
    const rows = node.children.map((row) => row.children.map((cell) => renderInline(cell.children, { ...this.ctx, keepCode: true })));
    const header = rows[0]?.map((c) => c.text.replace(/\s+/g, ' ').trim());
    rows.forEach((cells, r) => {
      const parts: Rendered = { text: '', strong: [], emphasis: [], links: [], videos: [], embeds: [] };
      for (const cell of cells) {
        const text = cell.text.replace(/\n/g, ' ').trim();
        if (!text && !cell.links.length && !cell.videos.length) continue;
        const shift = parts.text ? parts.text.length + 3 : 0;
        parts.text += (parts.text ? ' | ' : '') + cell.text.replace(/\n/g, ' ');
        parts.strong.push(...cell.strong.map((s) => ({ start: s.start + shift, end: s.end + shift })));
        parts.emphasis.push(...cell.emphasis.map((s) => ({ start: s.start + shift, end: s.end + shift })));
        parts.links.push(...cell.links.map((l) => ({ ...l, start: l.start + shift, end: l.end + shift })));
        parts.videos.push(...cell.videos);
        parts.embeds.push(...cell.embeds);
      }
      const row = node.children[r];
      if (row) this.pushText('row', parts, row, depth, { cells: cells.map((c) => c.text.replace(/\s+/g, ' ').trim()), ...(r > 0 && header ? { header } : {}), ...(r === 0 && rows.length > 1 ? { headerRow: true as const } : {}) });
    });
  }

  read(nodes: readonly RootContent[], form: TextForm, depth: number, level: number): void {
    for (const node of nodes) {
      if (level > MAX_DEPTH) {
        this.pushText(form, renderInline([{ type: 'text', value: textOf(node) }], this.ctx), node, depth);
        continue;
      }
      switch (node.type) {
        case 'heading':
          if (form === 'quote') this.pushText('quote', renderInline(node.children, this.ctx), node, depth);
          else this.heading(node.depth, renderInline(node.children, { ...this.ctx, keepCode: true }), node);
          break;
        case 'paragraph':
          this.pushText(form, renderInline(node.children, this.ctx), node, depth);
          break;
        case 'blockquote':
          this.read(node.children, 'quote', depth, level + 1);
          break;
        case 'list':
          for (const item of node.children) this.listItem(item.children, item, depth + (form === 'item' ? 1 : 0), level + 1);
          break;
        case 'table':
          this.table(node, depth);
          break;
        case 'html':
          this.htmlBlock(node.value, node, form === 'quote' ? 'quote' : 'html', depth, level);
          break;
        case 'code':
        case 'definition':
        case 'thematicBreak':
        case 'yaml':
        case 'footnoteDefinition':
          break;
        default:
          if ('children' in node) this.read(node.children as RootContent[], form, depth, level + 1);
      }
    }
  }

  /** One list item: its own paragraphs make one block; nested lists are items one level deeper. */
  private listItem(children: readonly RootContent[], item: Nodes, depth: number, level: number): void {
    const own: RootContent[] = [];
    const flush = (): void => {
      if (!own.length) return;
      const phrasing = own.flatMap((p, i) => [...(i ? [{ type: 'break' as const }] : []), ...(p.type === 'paragraph' ? p.children : [])]);
      this.pushText('item', renderInline(phrasing, this.ctx), item, depth);
      own.length = 0;
    };
    for (const child of children) {
      if (child.type === 'paragraph') own.push(child);
      else {
        flush();
        if (child.type === 'list') for (const sub of child.children) this.listItem(sub.children, sub, depth + 1, level + 1);
        else this.read([child], 'item', depth, level + 1);
      }
    }
    flush();
  }
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join(' ');
  return '';
}

export function normaliseMarkdown(body: string, lineOffset = 0): NormalisedBody {
  const warnings: string[] = [];
  const templated = replaceTemplates(looseHeadings(joinWrappedEmbeds(stripRegions(body, warnings))), lineOffset);
  warnings.push(...templated.warnings);
  const tree = parseMarkdownTree(templated.text, lineOffset, warnings);
  const reader = new BlockReader({ keepCode: false, tokens: templated.tokens }, lineOffset);
  reader.read(tree.children, 'paragraph', 0, 0);
  return { blocks: reader.blocks, warnings };
}
