/** `--base-url` of `extract` and `load`: the post's URL for one post, a prefix under which each post gets its own path for several. */
import path from 'node:path';
import { slugify } from '../extractor/ids.ts';

export function baseUrlFor(base: string | null, file: string, many: boolean): string | undefined {
  if (!base) return undefined;
  if (!many) return base;
  const stem = slugify(path.basename(file).replace(/\.(?:md|markdown)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, ''));
  return `${base.replace(/\/+$/, '')}/${stem}/`;
}

/** An absolute http(s) URL, or the reason it is not one. */
export function checkBaseUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : `--base-url must be an http(s) URL, not ${url.protocol}`;
  } catch {
    return `--base-url must be an absolute http(s) URL, not "${value}"`;
  }
}
