/**
 * Pass 0 helper: a post whose body is HTML written into the markdown file (WordPress exports, Hexo cards) reads as
 * the page a visitor sees. CommonMark keeps an HTML block raw to its first blank line, so its paragraphs, list items,
 * headings, bold runs and links would reach the talk readers as one flat run of text, and markdown written inside
 * it ("<a href=...>**Title - Speaker**</a>") as literal asterisks. This turns such a block's structure into
 * markdown, to be parsed again: block tags become blank lines, headings '#' lines, list items '- ' lines, <strong>
 * and <em> their markers, and links [text](href). Other tags (images, iframes) stay for the inline reader.
 */

/** Tags that lay out blocks: each ends a paragraph. */
const LAYOUT_TAG = /<\/?(?:p|div|section|article|header|footer|main|aside|center|ul|ol|dl|dd|dt|figure|figcaption|blockquote)\b[^<>]{0,2000}>/gi;
/** A block the converter leaves whole: tables keep their cell-per-line reading, code stays code, quotes (embedded tweets) stay quoted. */
const KEPT_WHOLE = /<(?:table|pre|code|script|style|blockquote)\b/i;
/** The block holds a layout tag, a heading or a list item: structure a visitor sees. */
const STRUCTURED = /<(?:p|div|section|article|h[1-6]|li)\b/i;

/** Blocks larger than a post's whole body mostly is are read flat, as before. */
const MAX_CONVERTED = 256 * 1024;

/** The block's text as markdown, or null where it has no block structure of its own (a lone iframe, an image). */
export function htmlBlockAsMarkdown(value: string): string | null {
  if (value.length > MAX_CONVERTED || !STRUCTURED.test(value) || KEPT_WHOLE.test(value)) return null;
  const text = value
    // (Each tag is replaced where it stands, with the whitespace beside it, so the work is linear in the block: a
    // heading's or an item's words follow its marker on the same line, and its end closes the block.)
    .replace(/<h([1-6])\b[^<>]{0,2000}>\s*/gi, (_w, level: string) => `\n\n${'#'.repeat(Number(level))} `)
    .replace(/<\/h[1-6]\s*>/gi, '\n\n')
    .replace(/<li\b[^<>]{0,2000}>\s*/gi, '\n\n- ')
    .replace(/<\/li\s*>/gi, '\n\n')
    // (A run's markers hug its words, as markdown needs: "<strong> <a>Title</a> </strong>".)
    .replace(/<(?:strong|b)\s*>\s*/gi, '**')
    .replace(/(\S)\s*<\/(?:strong|b)\s*>/gi, '$1**')
    .replace(/<(?:em|i)\s*>\s*/gi, '*')
    .replace(/(\S)\s*<\/(?:em|i)\s*>/gi, '$1*')
    .replace(/<a\s[^<>]{0,2000}>([^<>[\]]{1,500})<\/a\s*>/gi, (whole, inner: string) => {
      const href = /\shref\s*=\s*(?:"([^"]{1,2000})"|'([^']{1,2000})')/i.exec(whole);
      const url = href?.[1] ?? href?.[2];
      return url && !/[\s()]/.test(url) ? `[${inner.trim()}](${url})` : whole;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(LAYOUT_TAG, '\n\n');
  // (Indentation from the HTML source would make code blocks of its lines.)
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
