/**
 * A stored post as an HTML page: markdown-it with raw HTML off (tags are shown as text, never run) and its default
 * link check (no javascript:, vbscript:, file: or data: links); each heading's id is the extractor's anchor for it,
 * so a talk's url (/posts/<slug>/#<anchor>) lands on its heading.
 */
import MarkdownIt from 'markdown-it';
import { parsePost } from '../extractor/passes/01-sections.ts';
import { splitFrontMatter } from '../extractor/passes/00-front-matter.ts';
import { hugoAnchor } from '../extractor/passes/01-anchors.ts';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Hugo shortcodes are not markdown: a video becomes a link to it, the others are dropped. */
function withoutShortcodes(body: string): string {
  return body
    .replace(/\{\{<\s*youtube\s+(?:id=)?"?([\w-]{6,20})"?\s*>\}\}/g, '[▶ Watch on YouTube](https://www.youtube.com/watch?v=$1)')
    .replace(/\{\{[<%][^\n]*?[>%]\}\}/g, '');
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The extractor's heading anchors, in document order. */
function anchorsOf(markdown: string): string[] {
  return parsePost(markdown).sections.slice(1).map((s) => s.anchor);
}

/** A trailing Hugo `{#id}` on a heading: the explicit anchor, not text to show. */
const EXPLICIT_ID = /\s*\{#([\w-]+)\}\s*$/;

export function renderPostBody(markdown: string): string {
  const anchors = anchorsOf(markdown);
  const tokens = md.parse(withoutShortcodes(splitFrontMatter(markdown).body), {});
  const headingCount = tokens.filter((t) => t.type === 'heading_open').length;
  // The same headings as the extractor saw: its anchors, one for one. Otherwise (a heading only one of the two reads
  // as one, e.g. raw HTML) each markdown-it heading gets its anchor by the same rule.
  const sameHeadings = headingCount === anchors.length;
  let n = 0;
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1];
    const explicit = EXPLICIT_ID.exec(inline?.content ?? '')?.[1];
    const text = (inline?.content ?? '').replace(EXPLICIT_ID, '');
    token.attrSet('id', sameHeadings ? (anchors[n] ?? '') : (explicit ?? hugoAnchor(text)));
    n++;
    const last = inline?.children?.[inline.children.length - 1];
    if (last?.type === 'text') last.content = last.content.replace(EXPLICIT_ID, '');
  });
  return md.renderer.render(tokens, md.options, {});
}

export function renderPostPage(markdown: string): string {
  const title = splitFrontMatter(markdown).frontMatter.title ?? 'Post';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · confgraph</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
h1,h2,h3,h4{line-height:1.25;scroll-margin-top:1rem}:target{background:#fff3b0}
img{max-width:100%}pre{overflow:auto;background:#f6f8fa;padding:.75rem}code{font-size:.9em}
nav{font-size:.9rem;margin-bottom:1.5rem}
</style>
</head>
<body>
<nav><a href="/">← confgraph explorer</a></nav>
<article>
<h1>${escapeHtml(title)}</h1>
${renderPostBody(markdown)}
</article>
</body>
</html>
`;
}
