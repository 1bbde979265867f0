// Links from data become clickable only when they are plain http(s) URLs: `javascript:` and friends stay text.
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    // No base URL: links from data must be absolute, so "foo" or "//x" never resolve to something surprising.
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
