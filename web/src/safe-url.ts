// Links from data become clickable only when they resolve to http(s) URLs: `javascript:`, `data:` and friends stay text.
export function safeHttpUrl(value: unknown, base: string | undefined = globalThis.location?.href): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    // Relative links (a post's own "/slug/#section") resolve against the page; only the resolved scheme counts.
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
