/**
 * Where a post's section links point. A post with a URL of its own (front matter `url`, or a base URL given when it is
 * added) keeps it; any other post is served by this app at /posts/<slug>/, so its links open here, offline too.
 */
import { splitFrontMatter } from '../extractor/passes/00-front-matter.ts';
import { postUrl } from '../extractor/passes/01-sections.ts';
import type { ExtractOptions } from '../extractor/passes/types.ts';

export const POSTS_PATH = '/posts/';

/** A slug as the extractor makes them (lowercase letters, digits, dashes): safe as a file name and a path segment. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

export interface PostPlan {
  /** The name the raw post is kept under, and its page's path segment. */
  slug: string;
  /** What the extractor gets: the source, and the base URL (the caller's, else /posts/<slug>/ when the post has none). */
  options: ExtractOptions;
}

export function planPost(markdown: string, source: string | undefined, baseUrl: string | undefined): PostPlan {
  const { frontMatter } = splitFrontMatter(markdown);
  const own = postUrl(frontMatter, source ? { source } : {});
  // The extractor's default path is /<slug>/: the slug of the front matter slug, the title or the file name.
  const slug = own.replace(/^\/+|\/+$/g, '').split('/').pop() ?? '';
  const safe = SLUG.test(slug) ? slug : 'post';
  const page = baseUrl ?? (frontMatter.url ? undefined : `${POSTS_PATH}${safe}/`);
  return { slug: safe, options: { ...(source ? { source } : {}), ...(page ? { baseUrl: page } : {}) } };
}
