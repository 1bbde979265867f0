/**
 * Wraps an ExtractFn or a PrepareFn for the app: each post's links default to its page here (post-pages.ts) and, once
 * it has been read, its markdown is kept in the archive that page renders from.
 */
import type { ExtractOptions } from '../extractor/passes/types.ts';
import type { PostArchive } from './post-archive.ts';
import { planPost } from './post-pages.ts';

export function archivingExtract<T>(read: (markdown: string, options: ExtractOptions) => T | Promise<T>, archive: PostArchive): (markdown: string, options: ExtractOptions) => Promise<T> {
  return async (markdown, options) => {
    const plan = planPost(markdown, options.source, options.baseUrl);
    const result = await read(markdown, plan.options);
    await archive.saveAsync(plan.slug, markdown);
    return result;
  };
}
