/**
 * Pass 2 helper: the places in the post that its in-page links may point to. A list of links to the post's own headings
 * is its table of contents (the talks are those headings); a link to some other anchor ("[(1) Title - Ann Lee](#d1t1)"
 * to a `<span id>` in the prose) is the only place that talk is listed, and is read as a lead.
 */
import type { Section } from './types.ts';

/** The post's heading anchors, squashed to letters and digits so that any generator's slug of a heading matches. */
export type PostAnchors = ReadonlySet<string>;

function squashed(anchor: string): string {
  let decoded = anchor;
  try {
    decoded = decodeURIComponent(anchor);
  } catch {
    // (A malformed escape is compared as written.)
  }
  return decoded.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const read = new WeakMap<readonly Section[], PostAnchors>();

/** The anchors of the post's headings (read once per post). */
export function postAnchors(sections: readonly Section[]): PostAnchors {
  let anchors = read.get(sections);
  if (!anchors) {
    anchors = new Set(sections.filter((s) => s.level > 0).flatMap((s) => [squashed(s.anchor), squashed(s.heading)]));
    read.set(sections, anchors);
  }
  return anchors;
}

/**
 * The link goes to a heading of the post. Without the post's anchors (a block read alone) every in-page link is
 * taken for one, as a table of contents' links mostly are.
 */
export function linksToHeading(href: string, within?: PostAnchors): boolean {
  if (!href.startsWith('#')) return false;
  return !within || within.has(squashed(href.slice(1)));
}
