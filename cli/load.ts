/**
 * `confgraph load <file|dir>... [--store embedded|neo4j] [--reset] [--data-dir DIR] [--base-url URL] [--server URL]`:
 * extract posts and load each one atomically; through the running app's API when it holds the embedded store.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { extract } from '../extractor/index.ts';
import type { GraphStore, LoadSummary } from '../store/graph-store.ts';
import { defaultDataDir } from '../store/open-store.ts';
import { PostArchive } from '../server/post-archive.ts';
import { planPost } from '../server/post-pages.ts';
import { baseUrlFor, checkBaseUrl } from './base-url.ts';
import { UsageError, type Command } from './command.ts';
import { readPosts, type PostFile } from './read-posts.ts';
import type { ServerClient } from './server-client.ts';
import { SERVER_USAGE, openStoreOrServer } from './store-or-server.ts';
import { STORE_USAGE, describeStore, parseFlags, storeConfig } from './store-options.ts';

const say = (line: string): void => void process.stderr.write(`confgraph load: ${line}\n`);

function add(total: LoadSummary, one: LoadSummary): void {
  total.nodesCreated += one.nodesCreated;
  total.nodesUpdated += one.nodesUpdated;
  total.edgesCreated += one.edgesCreated;
  total.edgesUpdated += one.edgesUpdated;
}

/** One post into the store itself: its links default to the app's page for it, whose markdown is kept beside the graph. */
async function loadDirect(store: GraphStore, archive: PostArchive, post: PostFile, baseUrl: string | undefined): Promise<{ load: LoadSummary; warnings: string[] }> {
  const plan = planPost(post.text, path.basename(post.path), baseUrl);
  const graph = extract(post.text, plan.options);
  const load = await store.load(graph);
  archive.save(plan.slug, post.text);
  return { load, warnings: graph.warnings };
}

async function loadThroughServer(server: ServerClient, post: PostFile, baseUrl: string | undefined): Promise<{ load: LoadSummary; warnings: string[] }> {
  const added = await server.addPost(post.text, path.basename(post.path), baseUrl, process.env.CONFGRAPH_WRITE_TOKEN);
  return { load: added.load, warnings: added.warnings };
}

export const loadCommand: Command = {
  name: 'load',
  usage: [
    'usage: confgraph load <file|dir>... [--store embedded|neo4j] [--reset] [--data-dir DIR] [--base-url URL] [--server URL]',
    '',
    '  <file|dir>      markdown posts; directories are searched for .md/.markdown files',
    ...STORE_USAGE,
    ...SERVER_USAGE,
    '  --base-url URL  the post\'s public URL (one post) or the URL prefix of the posts (several); without it a post',
    '                  keeps its front matter url, else its links open the app\'s own page for it (/posts/<slug>/)',
    '  --reset         empty the store first (not through a server)',
    '',
    'Each post is one transaction: a post that fails leaves the store as it was and the others still load.',
    'Through a server that listens beyond loopback, set CONFGRAPH_WRITE_TOKEN to its token.',
    'Exit code 1 when any input or post failed.',
  ].join('\n'),
  async run(rawArgs) {
    const { flags, positional } = parseFlags(rawArgs, ['--store', '--data-dir', '--base-url', '--server'], ['--reset']);
    if (positional.length === 0) throw new UsageError('give at least one markdown file or directory');
    const config = storeConfig(flags);
    const base = flags.get('--base-url') ?? null;
    const badBase = base === null ? null : checkBaseUrl(base);
    if (badBase) throw new UsageError(badBase);
    const read = await readPosts(positional);
    for (const note of read.notes) say(`note: ${note}`);
    for (const error of read.errors) say(`error: ${error}`);
    if (read.posts.length === 0) {
      if (read.errors.length === 0) say('error: no markdown posts found');
      return 1;
    }
    const target = await openStoreOrServer(config, flags.get('--server'), say);
    if (target.kind === 'server' && flags.has('--reset')) throw new UsageError('--reset needs the store itself: stop the app that holds it first');
    const archive = PostArchive.inDataDir(config.dataDir ? path.resolve(config.dataDir) : defaultDataDir());
    const many = read.posts.length > 1;
    let failed = read.errors.length;
    try {
      if (target.kind === 'store' && flags.has('--reset')) await target.store.clear();
      const total: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
      const bar = many && process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'loading [{bar}] {value}/{total} posts  {post}' }, cliProgress.Presets.shades_classic) : null;
      bar?.start(read.posts.length, 0, { post: '' });
      for (const post of read.posts) {
        const name = path.basename(post.path);
        bar?.update({ post: name });
        const baseUrl = baseUrlFor(base, post.path, many);
        try {
          const done = target.kind === 'store' ? await loadDirect(target.store, archive, post, baseUrl) : await loadThroughServer(target.server, post, baseUrl);
          add(total, done.load);
          if (done.warnings.length) (bar ? () => undefined : say)(`${name}: ${done.warnings.length} warning(s), first: ${done.warnings[0] ?? ''}`);
        } catch (error) {
          failed++;
          bar?.stop();
          say(`error: ${post.path}: ${error instanceof Error ? error.message : String(error)} (nothing of this post was loaded)`);
          bar?.start(read.posts.length, read.posts.indexOf(post) + 1, { post: '' });
        }
        bar?.increment();
      }
      bar?.stop();
      const loaded = read.posts.length - (failed - read.errors.length);
      const where = target.kind === 'store' ? `the ${describeStore(target.store.kind, config)}` : `the app at ${target.server.url}`;
      const now = target.kind === 'store' ? await target.store.stats() : null;
      say(
        `${loaded} post(s) into ${where}: ` +
          `nodes ${total.nodesCreated} created, ${total.nodesUpdated} updated; ` +
          `edges ${total.edgesCreated} created, ${total.edgesUpdated} updated` +
          (now ? `; the store now holds ${now.nodes} nodes and ${now.edges} edges` : ''),
      );
    } finally {
      if (target.kind === 'store') await target.store.close();
    }
    return failed > 0 ? 1 : 0;
  },
};
