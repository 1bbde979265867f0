/** `confgraph load <file|dir>... [--store embedded|neo4j] [--reset] [--data-dir DIR]`: extract posts and load each one atomically. */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { extract } from '../extractor/index.ts';
import type { LoadSummary } from '../store/graph-store.ts';
import { openStore } from '../store/open-store.ts';
import { UsageError, type Command } from './command.ts';
import { readPosts } from './read-posts.ts';
import { STORE_USAGE, describeStore, parseFlags, storeConfig } from './store-options.ts';

const say = (line: string): void => void process.stderr.write(`confgraph load: ${line}\n`);

function add(total: LoadSummary, one: LoadSummary): void {
  total.nodesCreated += one.nodesCreated;
  total.nodesUpdated += one.nodesUpdated;
  total.edgesCreated += one.edgesCreated;
  total.edgesUpdated += one.edgesUpdated;
}

export const loadCommand: Command = {
  name: 'load',
  usage: [
    'usage: confgraph load <file|dir>... [--store embedded|neo4j] [--reset] [--data-dir DIR]',
    '',
    '  <file|dir>      markdown posts; directories are searched for .md/.markdown files',
    ...STORE_USAGE,
    '  --reset         empty the store first',
    '',
    'Each post is one transaction: a post that fails leaves the store as it was and the others still load.',
    'Exit code 1 when any input or post failed.',
  ].join('\n'),
  async run(rawArgs) {
    const { flags, positional } = parseFlags(rawArgs, ['--store', '--data-dir'], ['--reset']);
    if (positional.length === 0) throw new UsageError('give at least one markdown file or directory');
    const config = storeConfig(flags);
    const read = await readPosts(positional);
    for (const note of read.notes) say(`note: ${note}`);
    for (const error of read.errors) say(`error: ${error}`);
    if (read.posts.length === 0) {
      if (read.errors.length === 0) say('error: no markdown posts found');
      return 1;
    }
    const store = await openStore(config);
    let failed = read.errors.length;
    try {
      if (flags.has('--reset')) await store.clear();
      const total: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
      const bar = read.posts.length > 1 && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'loading [{bar}] {value}/{total} posts  {post}' }, cliProgress.Presets.shades_classic) : null;
      bar?.start(read.posts.length, 0, { post: '' });
      for (const post of read.posts) {
        const name = path.basename(post.path);
        bar?.update({ post: name });
        const graph = extract(post.text, { source: name });
        try {
          add(total, await store.load(graph));
          if (graph.warnings.length) (bar ? () => undefined : say)(`${name}: ${graph.warnings.length} warning(s), first: ${graph.warnings[0] ?? ''}`);
        } catch (error) {
          failed++;
          bar?.stop();
          say(`error: ${post.path}: ${error instanceof Error ? error.message : String(error)} (nothing of this post was loaded)`);
          bar?.start(read.posts.length, read.posts.indexOf(post) + 1, { post: '' });
        }
        bar?.increment();
      }
      bar?.stop();
      const stats = await store.stats();
      const loaded = read.posts.length - (failed - read.errors.length);
      say(
        `${loaded} post(s) into the ${describeStore(store.kind, config)}: ` +
          `nodes ${total.nodesCreated} created, ${total.nodesUpdated} updated; ` +
          `edges ${total.edgesCreated} created, ${total.edgesUpdated} updated; ` +
          `the store now holds ${stats.nodes} nodes and ${stats.edges} edges`,
      );
    } finally {
      await store.close();
    }
    return failed > 0 ? 1 : 0;
  },
};
