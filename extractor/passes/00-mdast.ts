/**
 * Pass 0 helper: the markdown tree. markdown-it (CommonMark + GFM tables and strikethrough) parses; its token
 * stream is turned into an mdast tree, the shape the block reader walks. markdown-it rather than micromark:
 * the same CommonMark at 2 ms instead of ~100 ms on the seed post (measured), which keeps extraction >= 2 MB/s.
 * A fence that never closes would swallow the rest of the post: it is closed at its first blank line (with a
 * warning) and the text is parsed again, so what follows is still read.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';

const parser = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
/** Hostile nesting (thousands of `>` or list markers) stays bounded. */
(parser.options as { maxNesting?: number }).maxNesting = 40;

/** A footnote reference, not its definition ("[^6]: text" opens a line). */
const FOOTNOTE_REF = /\[\^[^\]\s]{1,40}\](?!:)/g;

const FENCE_LINE = /^((?:\s*>)*\s*)(`{3,}|~{3,})/;

type AnyParent = Parent & { type: string };

function position(token: Token): Nodes['position'] {
  return token.map ? { start: { line: token.map[0] + 1, column: 1 }, end: { line: token.map[1], column: 1 } } : undefined;
}

/** Inline tokens -> phrasing nodes (strong, emphasis, links, images, code, html, breaks). */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const top = (): { children: PhrasingContent[] } => stack[stack.length - 1] ?? root;
  const open = (node: PhrasingContent & { children: PhrasingContent[] }): void => {
    top().children.push(node);
    stack.push(node);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        // A footnote's marker ("Ann Lee[^6]") is no part of the words it follows (CommonMark leaves it as text).
        top().children.push({ type: 'text', value: t.content.includes('[^') ? t.content.replace(FOOTNOTE_REF, '') : t.content });
        break;
      case 'softbreak':
        top().children.push({ type: 'text', value: '\n' });
        break;
      case 'hardbreak':
        top().children.push({ type: 'break' });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: t.attrGet('href') ?? '', children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      case 'image':
        top().children.push({ type: 'image', url: t.attrGet('src') ?? '', alt: t.content, title: t.attrGet('title') });
        break;
      case 'code_inline':
        top().children.push({ type: 'inlineCode', value: t.content });
        break;
      case 'html_inline':
        top().children.push({ type: 'html', value: t.content });
        break;
      default:
        if (t.content) top().children.push({ type: 'text', value: t.content });
    }
  }
  return root.children;
}

const OPENERS: Record<string, (t: Token) => AnyParent> = {
  heading_open: (t) => ({ type: 'heading', depth: Number(t.tag.slice(1)) as 1, children: [] }),
  paragraph_open: () => ({ type: 'paragraph', children: [] }),
  bullet_list_open: () => ({ type: 'list', ordered: false, children: [] }),
  ordered_list_open: () => ({ type: 'list', ordered: true, children: [] }),
  list_item_open: () => ({ type: 'listItem', children: [] }),
  blockquote_open: () => ({ type: 'blockquote', children: [] }),
  table_open: () => ({ type: 'table', children: [] }),
  tr_open: () => ({ type: 'tableRow', children: [] }),
  th_open: () => ({ type: 'tableCell', children: [] }),
  td_open: () => ({ type: 'tableCell', children: [] }),
};

function toTree(tokens: readonly Token[]): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: AnyParent[] = [root];
  const top = (): AnyParent => stack[stack.length - 1] ?? root;
  const push = (node: Nodes): void => void (top().children as Nodes[]).push(node);
  for (const t of tokens) {
    const opener = OPENERS[t.type];
    if (opener) {
      const node = opener(t);
      node.position = position(t);
      push(node as Nodes);
      stack.push(node);
    } else if (t.nesting === -1) {
      // thead/tbody have no node of their own; every other close ends the node its open started.
      if (t.type !== 'thead_close' && t.type !== 'tbody_close' && stack.length > 1) stack.pop();
    } else if (t.type === 'inline') for (const node of phrasing(t.children ?? [])) push(node);
    else if (t.type === 'fence' || t.type === 'code_block') push({ type: 'code', value: t.content, lang: t.info || null, position: position(t) });
    else if (t.type === 'html_block') push({ type: 'html', value: t.content, position: position(t) });
    else if (t.type === 'hr') push({ type: 'thematicBreak', position: position(t) });
  }
  return root;
}

/** The first fence that runs to the end of the text without its closing line. */
function unclosedFence(tokens: readonly Token[], lines: readonly string[]): number | null {
  let lastText = lines.length;
  while (lastText > 0 && (lines[lastText - 1] ?? '').trim() === '') lastText--;
  for (const t of tokens) {
    if (t.type !== 'fence' || !t.map) continue;
    const [start, end] = t.map;
    const last = (lines[end - 1] ?? '').replace(/^(?:\s*>)*\s*/, '').trim();
    const closed = end - start > 1 && last.startsWith(t.markup) && /^[`~]+$/.test(last);
    if (!closed && end >= lastText) return start;
  }
  return null;
}

export function parseMarkdownTree(text: string, lineOffset: number, warnings: string[]): Root {
  let lines = text.split('\n');
  let tokens = parser.parse(text, {});
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = unclosedFence(tokens, lines);
    if (start === null) break;
    const open = FENCE_LINE.exec(lines[start] ?? '');
    let blank = lines.findIndex((l, i) => i > start && l.trim() === '');
    if (blank < 0) blank = lines.length;
    warnings.push(`unclosed code fence at line ${start + 1 + lineOffset}; code up to the next blank line, the rest read as text`);
    lines = [...lines.slice(0, blank), `${open?.[1] ?? ''}${open?.[2] ?? '```'}`, ...lines.slice(blank)];
    tokens = parser.parse(lines.join('\n'), {});
  }
  return toTree(tokens);
}
