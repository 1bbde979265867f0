/**
 * The raw markdown of every post added, one file per slug under `<data dir>/posts/`, beside the graph: what
 * /posts/<slug>/ renders. Slugs are checked before they become file names.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SLUG } from './post-pages.ts';

export class PostArchive {
  constructor(readonly dir: string) {}

  /** `<data dir>/posts` */
  static inDataDir(dataDir: string): PostArchive {
    return new PostArchive(path.join(dataDir, 'posts'));
  }

  save(slug: string, markdown: string): void {
    const file = this.file(slug);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(file, markdown);
  }

  /**
   * save() off the event loop: the app's, where writing a 5 MB post at once would hold every request for ~10 ms.
   * Written beside and renamed over, so two saves of one slug at once leave one whole post, never a mix of both.
   */
  async saveAsync(slug: string, markdown: string): Promise<void> {
    const file = this.file(slug);
    const partial = `${file}.${process.pid}.${++this.saves}.partial`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(partial, markdown);
    await rename(partial, file);
  }

  private saves = 0;

  private file(slug: string): string {
    if (!SLUG.test(slug)) throw new Error(`not a post slug: ${JSON.stringify(slug)}`);
    return path.join(this.dir, `${slug}.md`);
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
