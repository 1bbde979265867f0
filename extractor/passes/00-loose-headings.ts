/**
 * Pass 0: ATX headings written without the space after the hashes ("##Day 1"). CommonMark reads them as text, but
 * the renderers many blogs were written for (kramdown, Blackfriday, Redcarpet without its strict option) made them
 * headings, and their authors meant headings. Two to six hashes glued to a word become a heading; one hash stays
 * text ("#hashtag"), and fenced code is left alone.
 */

// (A no-break space after the hashes, as some keyboards type it, separates them as a space does: "##\u00a0Title".)
const GLUED = /^(#{2,6})(?:\u00a0+|(?=[\p{L}\p{N}]))/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function looseHeadings(body: string): string {
  // Most posts have none: one scan for a glued heading at a line start before splitting anything.
  if (!/(?:^|\n)#{2,6}[\p{L}\p{N}\u00a0]/u.test(body)) return body;
  let fence: string | null = null;
  return body
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (marker) {
        if (fence === null) fence = marker[0] ?? null;
        else if (marker[0] === fence) fence = null;
        return line;
      }
      return fence === null ? line.replace(GLUED, '$1 ') : line;
    })
    .join('\n');
}
