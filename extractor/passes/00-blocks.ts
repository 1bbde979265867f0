/**
 * Pass 0b: reads the markdown body line by line into headings and prose lines.
 * Code (fences, Liquid highlight) is dropped; quotes, lists, tables, HTML and shortcodes become plain lines.
 */
import type { InlineContext } from './00-inline.ts';
import { stripRegions } from './00-regions.ts';
import { BlockWriter, type Block } from './00-block-writer.ts';

export type { Block } from './00-block-writer.ts';

export interface NormalisedBody {
  blocks: Block[];
  warnings: string[];
}

const FENCE = /^\s*(`{3,}|~{3,})([^`]*)$/;
const LIQUID_CODE_OPEN = /^\s*\{%-?\s*(highlight|codeblock|code)\b/;
const LIQUID_CODE_CLOSE = /^\s*\{%-?\s*end(highlight|codeblock|code)\b/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_HEADING = /^\s*<h([1-6])(\s[^>]{0,500})?>(.{0,1000}?)<\/h\1>\s*$/i;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^\s*(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^ {0,3}>/;
const REF_DEF = /^ {0,3}\[([^\]^][^\]]{0,998})\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

export function collectRefs(lines: string[]): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of lines) {
    if (!line.includes(']:')) continue;
    const m = REF_DEF.exec(line);
    if (m?.[1] && m[2]) refs.set(m[1].trim().toLowerCase().replace(/\s+/g, ' '), m[2]);
  }
  return refs;
}

/** Joins a shortcode opened on line i with the lines up to its closing `>}}`/`%}}`, or reports it unclosed. */
function joinShortcode(lines: string[], i: number, warnings: string[], lineOffset: number): { text: string; next: number } {
  const line = lines[i] ?? '';
  const open = line.search(/\{\{[<%]/);
  if (open < 0 || /[>%]\}\}/.test(line.slice(open))) return { text: line, next: i + 1 };
  let text = line;
  for (let j = i + 1; j < lines.length && j <= i + 30; j++) {
    text += ' ' + (lines[j] ?? '').trim();
    if (/[>%]\}\}/.test(lines[j] ?? '')) return { text, next: j + 1 };
  }
  warnings.push(`unclosed shortcode at line ${i + 1 + lineOffset}; it is dropped`);
  return { text: line.slice(0, open), next: i + 1 };
}

function readLines(lines: string[], ctx: InlineContext, warnings: string[], lineOffset: number, ignoreFences: Set<number>): { blocks: Block[]; unclosedFence: number | null } {
  const out = new BlockWriter(ctx);
  let fence: { marker: string; line: number } | null = null;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    if (fence) {
      const close =
        fence.marker === 'soft' ? line.trim() === '' : fence.marker === 'liquid' ? LIQUID_CODE_CLOSE.test(line) : new RegExp(`^\\s*${fence.marker[0] === '`' ? '`' : '~'}{${fence.marker.length},}\\s*$`).test(line.replace(/^\s*(?:>\s?)+/, ''));
      if (close) fence = null;
      i++;
      continue;
    }
    const unquoted = line.replace(/^ {0,3}(?:>[ \t]?)+/, '');
    const fenceOpen = FENCE.exec(unquoted);
    if (fenceOpen?.[1] || LIQUID_CODE_OPEN.test(line)) {
      out.flush();
      // A fence that never closes holds code only up to its first blank line ('soft'); the rest is read again.
      fence = { marker: ignoreFences.has(i) ? 'soft' : (fenceOpen?.[1] ?? 'liquid'), line: i };
      i++;
      continue;
    }
    if (line.trim() === '') {
      out.flush();
      i++;
      continue;
    }
    if (line.includes(']:') && REF_DEF.test(line)) {
      i++;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx?.[1]) {
      out.heading(atx[1].length, atx[2] ?? '');
      i++;
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext?.[1] && out.hasParagraph()) {
      out.heading(setext[1][0] === '=' ? 1 : 2, out.take());
      i++;
      continue;
    }
    if (THEMATIC.test(line)) {
      out.flush();
      i++;
      continue;
    }
    if (/\{\{[<%]|\{%/.test(line) && /^\s*(?:\{\{|\{%)/.test(line)) {
      const joined = joinShortcode(lines, i, warnings, lineOffset);
      out.flush();
      out.text(joined.text);
      i = joined.next;
      continue;
    }
    if (line.includes('{{<') || line.includes('{{%')) {
      const joined = joinShortcode(lines, i, warnings, lineOffset);
      out.add(joined.text, 'para');
      i = joined.next;
      continue;
    }
    if (TABLE_SEPARATOR.test(line)) {
      // The header row was buffered as a paragraph line: re-read it as cells.
      const header = out.hasParagraph() ? out.take() : '';
      if (header) out.text(cells(header));
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      out.flush();
      out.text(cells(line));
      i++;
      continue;
    }
    const htmlHeading = HTML_HEADING.exec(line);
    if (htmlHeading?.[1]) {
      const id = htmlHeading[2] ? /\sid\s*=\s*["']?([\w:.-]+)/i.exec(htmlHeading[2])?.[1] : undefined;
      out.heading(Number(htmlHeading[1]), (htmlHeading[3] ?? '') + (id ? ` {#${id}}` : ''));
      i++;
      continue;
    }
    if (/^\s*<[a-zA-Z/]/.test(line)) {
      out.flush();
      out.text(line);
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner = unquoted;
      if (inner.trim() === '') out.flush();
      else if (LIST_ITEM.test(inner)) {
        out.flush();
        out.add(inner.replace(LIST_ITEM, ''), 'quote');
      } else out.add(inner.replace(/^#{1,6}\s+/, ''), 'quote');
      i++;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      out.flush();
      out.add(line.replace(LIST_ITEM, ''), 'list');
      i++;
      continue;
    }
    out.add(line, out.kind === 'list' && /^\s{2,}/.test(line) ? 'list' : 'para');
    i++;
  }
  out.flush();
  return { blocks: out.blocks, unclosedFence: fence && fence.marker !== 'soft' ? fence.line : null };
}

/** A table row as one line, its cells joined by " | " (a row often is one talk: title, video, slides). */
function cells(row: string): string {
  return row
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !/^:?-+:?$/.test(c))
    .join(' | ');
}

export function normaliseMarkdown(body: string, lineOffset = 0): NormalisedBody {
  const warnings: string[] = [];
  const lines = stripRegions(body, warnings).split('\n');
  const ctx: InlineContext = { refs: collectRefs(lines), keepCode: false };
  const ignoreFences = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    const { blocks, unclosedFence } = readLines(lines, ctx, warnings, lineOffset, ignoreFences);
    if (unclosedFence === null || attempt >= 3) return { blocks, warnings };
    // An unclosed fence would swallow the rest of the post: warn and read what follows it as text.
    warnings.push(`unclosed code fence at line ${unclosedFence + 1 + lineOffset}; code up to the next blank line, the rest read as text`);
    ignoreFences.add(unclosedFence);
  }
}
