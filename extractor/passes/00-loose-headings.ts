/**
 * Pass 0: headings that CommonMark reads as text but the renderers many blogs were written for (kramdown, Blackfriday,
 * Redcarpet without its strict option, Python-Markdown) made headings, as their authors meant:
 * - ATX headings written without the space after the hashes ("##Day 1"): two to six hashes glued to a word become a
 *   heading; one hash stays text ("#hashtag");
 * - a heading right under a line that is a lone "<br>" or "<hr>" (see VOID_TAG_LINE).
 * Fenced code is left alone.
 */

// (A no-break space after the hashes, as some keyboards type it, separates them as a space does: "##\u00a0Title".)
const GLUED = /^(#{2,6})(?:\u00a0+|(?=[\p{L}\p{N}]|\[[^\]\n]+\]\())/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * A line that is a lone "<br>" or "<hr>" before the next paragraph or heading ("<br>\n### Title - Ann Lee"): CommonMark
 * opens an HTML block there that swallows the lines after it up to a blank line; the renderers the posts were written
 * for ended it with the tag. The tag's line made blank reads the rest as markdown again.
 */
const VOID_TAG_LINE = /^[ \t]{0,3}<(?:br|hr)\s*\/?>[ \t]*$/i;

export function looseHeadings(body: string): string {
  // Most posts have neither: one scan for each before splitting anything.
  const glued = /(?:^|\n)#{2,6}[\p{L}\p{N}\u00a0[]/u.test(body);
  const voidTags = /<(?:br|hr)\s*\/?>[ \t]*\n[ \t]*\S/i.test(body);
  if (!glued && !voidTags) return body;
  let fence: string | null = null;
  return body
    .split('\n')
    .map((line, i, lines) => {
      const marker = FENCE.exec(line)?.[1];
      if (marker) {
        if (fence === null) fence = marker[0] ?? null;
        else if (marker[0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      // (The tag's line becomes blank: it is layout only, and the post keeps its line numbers.)
      const next = lines[i + 1];
      if (voidTags && next !== undefined && next.trim() !== '' && VOID_TAG_LINE.test(line)) return '';
      return glued ? line.replace(GLUED, '$1 ') : line;
    })
    .join('\n');
}
