/**
 * Wraps an ExtractFn for the app: each post's links default to its page here (post-pages.ts) and, once it has been
 * read, its markdown is kept in the archive that page renders from.
 */
import type { PostArchive } from './post-archive.ts';
import { planPost } from './post-pages.ts';
import type { ExtractFn } from './options.ts';

export function archivingExtract(extract: ExtractFn, archive: PostArchive): ExtractFn {
  return async (markdown, options) => {
    const plan = planPost(markdown, options.source, options.baseUrl);
    const graph = await extract(markdown, plan.options);
    archive.save(plan.slug, markdown);
    return graph;
  };
}
