/**
 * The raw markdown of every post added, one file per slug under `<data dir>/posts/`, beside the graph: what
 * /posts/<slug>/ renders. Slugs are checked before they become file names.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG } from './post-pages.ts';

export class PostArchive {
  constructor(readonly dir: string) {}

  /** `<data dir>/posts` */
  static inDataDir(dataDir: string): PostArchive {
    return new PostArchive(path.join(dataDir, 'posts'));
  }

  save(slug: string, markdown: string): void {
    if (!SLUG.test(slug)) throw new Error(`not a post slug: ${JSON.stringify(slug)}`);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(path.join(this.dir, `${slug}.md`), markdown);
  }

  /** The stored markdown, or null when there is no post by that slug (or the slug is not one). */
  read(slug: string): string | null {
    if (!SLUG.test(slug)) return null;
    try {
      return readFileSync(path.join(this.dir, `${slug}.md`), 'utf8');
    } catch {
      return null;
    }
  }
}
