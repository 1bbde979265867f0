/**
 * `npm start` (compiled: node dist/server/main.js): opens the store (embedded by default, Neo4j when NEO4J_URI is
 * set), loads data/posts/ into it when it is empty, serves API + the built web app on HOST:PORT (127.0.0.1:3000),
 * and records its URL in the data directory so the CLI can work through it while it holds the embedded store.
 */
import path from 'node:path';
import { StoreUnavailableError } from '../store/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { defaultDataDir, openStore } from '../store/open-store.ts';
import { createApp } from './app.ts';
import { frameAncestorsFromEnv } from './options.ts';
import { packageRoot } from './package-root.ts';
import { archivingExtract } from './archiving-extract.ts';
import { PostArchive } from './post-archive.ts';
import { loadPostsIfEmpty } from './seed-posts.ts';
import { removeServerUrl, writeServerUrl } from './server-url-file.ts';
import { webAppState } from './web-build.ts';
import { workerExtract } from './worker-extract.ts';

const root = packageRoot(import.meta.url);
const log = (line: string) => process.stdout.write(`[confgraph] ${line}\n`);

/** Neo4j may still be starting (compose, CI): wait for it up to CONFGRAPH_STORE_WAIT_MS (60 s); the embedded store fails at once. */
async function openStoreWhenReachable(): Promise<GraphStore> {
  const deadline = Date.now() + Number(process.env.CONFGRAPH_STORE_WAIT_MS ?? 60_000);
  for (;;) {
    try {
      return await openStore();
    } catch (error) {
      if (!process.env.NEO4J_URI || !(error instanceof StoreUnavailableError) || Date.now() > deadline) throw error;
      log(`Neo4j is not reachable yet (${error.message}); retrying in 2 s`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

/** The URL to print and record: a wildcard listen address is reached through loopback from this machine. */
function reachableUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${h.includes(':') ? `[${h}]` : h}:${port}`;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = defaultDataDir();
  const store = await openStoreWhenReachable();
  log(`store: ${store.kind}`);
  const distDir = path.join(root, 'web', 'dist');
  const web = webAppState(path.join(root, 'web'), distDir);
  if (web === 'missing') log('no built web app (web/dist); serving the API only. npm run build bundles it.');
  if (web === 'stale') log('web/ changed since web/dist was built; serving the older build (npm run build, or npm start, rebuilds it)');
  const extractor = workerExtract();
  const postArchive = PostArchive.inDataDir(dataDir);
  const extract = archivingExtract(extractor.extract, postArchive);
  const prepare = archivingExtract(extractor.prepare, postArchive);
  const seed = await loadPostsIfEmpty(store, path.join(root, 'data', 'posts'), extract, log);
  log(seed.skipped ? `graph: ${seed.nodes} nodes, ${seed.edges} edges (already loaded)` : `loaded ${seed.posts} post(s): ${seed.nodes} nodes, ${seed.edges} edges`);

  const app = createApp({
    store,
    options: {
      webDist: web === 'missing' ? null : distDir,
      frameAncestors: frameAncestorsFromEnv(process.env.CONFGRAPH_FRAME_ANCESTORS),
      extract,
      prepare,
      postArchive,
      writeAuth: { host, token: process.env.CONFGRAPH_WRITE_TOKEN || null },
    },
  });
  const server = app.listen(port, host, () => {
    const address = server.address();
    const url = reachableUrl(host, typeof address === 'object' && address ? address.port : port);
    // Only the embedded store is one process's; the CLI needs the server's URL to reach it meanwhile.
    if (store.kind === 'embedded') writeServerUrl(dataDir, url);
    log(`ready in ${Math.round(process.uptime() * 1000)} ms: ${url}/`);
  });
  server.on('error', (error) => {
    log(`cannot listen on ${host}:${port}: ${error.message}`);
    void store.close().finally(() => process.exit(1));
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing`);
    removeServerUrl(dataDir);
    server.close();
    server.closeAllConnections();
    Promise.all([store.close(), extractor.close()])
      .catch((error: unknown) => log(`close failed: ${String(error)}`))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
