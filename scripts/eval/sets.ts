/**
 * The evaluation sets: which posts, with which gold, `npm run eval` scores. Real sets are read where they are
 * (the dev set from ../shared/eval/dev, the collected real posts from data/real-posts, licensed ones committed and
 * the others kept local and ignored by git); a set whose files are absent is skipped with a note.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface EvalItem {
  name: string;
  post: string;
  gold: string;
}

export interface EvalSet {
  name: string;
  /** What the set is evidence of. */
  about: string;
  items: EvalItem[];
}

const list = (dir: string, ext: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : []);

/** Gold files `<name>.json` (or `<name>.gold.json`) paired with `<name>.md` in any of the post folders. */
function pairs(goldDirs: string[], postDirs: string[]): EvalItem[] {
  const items: EvalItem[] = [];
  for (const goldDir of goldDirs) {
    for (const file of list(goldDir, '.json')) {
      const name = file.replace(/(?:\.gold)?\.json$/, '');
      const post = postDirs.map((d) => path.join(d, `${name}.md`)).find((p) => existsSync(p));
      if (post) items.push({ name, post, gold: path.join(goldDir, file) });
    }
  }
  return items;
}

export function evalSets(root: string): EvalSet[] {
  const real = path.join(root, 'data/real-posts');
  const dev = path.resolve(root, '../shared/eval/dev');
  return [
    { name: 'seed', about: 'the sample post the extractor was first built on (a fit, not evidence)', items: [{ name: 'KubeCon-2017-Austin', post: path.join(root, 'data/posts/KubeCon-2017-Austin.md'), gold: path.join(root, 'test/fixtures/seed-gold.json') }] },
    { name: 'synthetic', about: 'posts written here as dialect fixtures (no evidence of generality)', items: pairs([path.join(root, 'test/fixtures/posts/synthetic')], [path.join(root, 'test/fixtures/posts/synthetic')]) },
    { name: 'dev', about: '12 real posts by 7 authors (../shared/eval/dev), tuned on', items: pairs([path.join(dev, 'gold')], [path.join(dev, 'posts')]) },
    { name: 'real', about: 'real posts collected with the search tool, gold written before tuning (data/real-posts)', items: pairs([path.join(real, 'gold'), path.join(real, 'local/gold')], [path.join(real, 'licensed'), path.join(real, 'local/posts')]) },
  ];
}

/** Every post we hold, gold or not: the robustness corpus (no pass may fail on any of them). */
export function corpusPosts(root: string): string[] {
  const real = path.join(root, 'data/real-posts');
  const dev = path.resolve(root, '../shared/eval/dev/posts');
  const dirs = [path.join(root, 'data/posts'), path.join(root, 'test/fixtures/posts'), path.join(root, 'test/fixtures/posts/synthetic'), dev, path.join(real, 'licensed'), path.join(real, 'local/posts')];
  // A folder's NOTICE.md or README.md is about its posts, not a post.
  return dirs.flatMap((d) => list(d, '.md').filter((f) => !/^(?:NOTICE|README)\.md$/i.test(f)).map((f) => path.join(d, f)));
}
