/** The README's normalisation: lowercase, accents and apostrophes dropped, punctuation and spaces collapsed. */
export function norm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The `#` fragment of a URL, or '' when it has none. */
export function fragmentOf(url: string): string {
  const at = url.indexOf('#');
  if (at < 0) return '';
  try {
    return decodeURIComponent(url.slice(at + 1));
  } catch {
    return url.slice(at + 1);
  }
}
