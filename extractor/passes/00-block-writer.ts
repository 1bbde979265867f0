/** Pass 0 helper: collects headings and prose lines; joins hard-wrapped lines, renders each paragraph's inline markdown. */
import type { Link, Video } from './types.ts';
import { renderInline, type InlineContext } from './00-inline.ts';

export type Block =
  | { kind: 'heading'; level: number; text: string; id: string | null }
  | { kind: 'text'; lines: string[]; links: Link[]; videos: Video[] };

const HEADING_ID = /\s*\{#([\w:.-]+)[^}]*\}\s*$/;
const JOIN_AFTER = /(?:[,\-–(&/]|\b(?:and|or|the|a|an|of|to|in|with|for|by|on|at|from|as|is|are))$/i;

/** Whether a source line continues the previous one (hard-wrapped prose) or starts a new line of text. */
function continues(previous: string, current: string): boolean {
  return /^[a-z(]/.test(current.trimStart()) || JOIN_AFTER.test(previous.trimEnd());
}

export class BlockWriter {
  blocks: Block[] = [];
  private buffer: string[] = [];
  kind: 'para' | 'list' | 'quote' | null = null;
  constructor(private ctx: InlineContext) {}

  add(raw: string, kind: 'para' | 'list' | 'quote'): void {
    const last = this.buffer[this.buffer.length - 1];
    if (last !== undefined && this.kind === kind && continues(last, raw)) this.buffer[this.buffer.length - 1] = `${last} ${raw.trim()}`;
    else {
      if (this.kind !== kind) this.flush();
      this.buffer.push(raw.trim());
    }
    this.kind = kind;
  }
  /** The buffered paragraph, removed (a setext underline turns it into a heading). */
  take(): string {
    const text = this.buffer.join(' ');
    this.buffer = [];
    this.kind = null;
    return text;
  }
  hasParagraph(): boolean {
    return this.buffer.length > 0 && this.kind === 'para';
  }
  flush(): void {
    if (this.buffer.length > 0) this.text(this.buffer.join('\n'));
    this.buffer = [];
    this.kind = null;
  }
  text(raw: string): void {
    const rendered = renderInline(raw, this.ctx);
    const lines = rendered.text.split('\n').map((l) => l.replace(/\s+/g, ' ').replace(/ ([.,;:!?)])(?=\s|$)/g, '$1').trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
    if (lines.length || rendered.links.length || rendered.videos.length) {
      this.blocks.push({ kind: 'text', lines, links: rendered.links, videos: rendered.videos });
    }
  }
  heading(level: number, raw: string): void {
    this.flush();
    const idMatch = HEADING_ID.exec(raw);
    const source = idMatch ? raw.slice(0, idMatch.index) : raw;
    const rendered = renderInline(source, { ...this.ctx, keepCode: true });
    const text = rendered.text.replace(/\s+/g, ' ').trim();
    this.blocks.push({ kind: 'heading', level, text, id: idMatch?.[1] ?? null });
    if (rendered.videos.length || rendered.links.length) this.blocks.push({ kind: 'text', lines: [], links: rendered.links, videos: rendered.videos });
  }
}

