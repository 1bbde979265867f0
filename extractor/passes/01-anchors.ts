/**
 * Pass 1 helper: Hugo's default heading anchors (goldmark, autoHeadingIDType "github"):
 * lowercase; letters, digits, '-' and '_' kept; each space becomes '-'; other punctuation dropped.
 * A repeated anchor gets "-1", "-2", ... like Hugo does.
 */
export function hugoAnchor(heading: string): string {
  // (Letters, digits, '_' and '-' stay, each white space becomes '-', the rest goes: two passes over the text instead
  // of a pattern per character. No white space is a letter or a digit, so the order of the passes changes nothing.)
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

export class AnchorRegistry {
  private seen = new Map<string, number>();

  /** A unique anchor for the heading (or its explicit `{#id}`). */
  take(heading: string, explicit: string | null): string {
    const base = explicit ?? (hugoAnchor(heading) || 'heading');
    let anchor = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(anchor)) anchor = `${base}-${++n}`;
    this.seen.set(base, n);
    this.seen.set(anchor, this.seen.get(anchor) ?? 0);
    return anchor;
  }
}
