/**
 * `npm start`: opens the store (embedded by default, Neo4j when NEO4J_URI is set), loads data/posts/
 * into it when it is empty, builds the web app if stale, serves API + web on PORT (3000).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreUnavailableError } from '../store/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open-store.ts';
import { createApp } from './app.ts';
import { frameAncestorsFromEnv, resolveOptions } from './options.ts';
import { loadPostsIfEmpty } from './seed-posts.ts';
import { ensureWebBuilt } from './web-build.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const store = await openStoreWhenReachable();
  log(`store: ${store.kind}`);
  const webDir = path.join(root, 'web');
  const distDir = path.join(webDir, 'dist');
  // The seed load and the web build do not depend on each other: run them side by side.
  const { extract } = resolveOptions({});
  const [seed, web] = await Promise.all([
    loadPostsIfEmpty(store, path.join(root, 'data', 'posts'), extract, log),
    ensureWebBuilt(webDir, distDir, log).catch((error: unknown) => {
      log(`web build failed, serving the API only: ${error instanceof Error ? error.message : String(error)}`);
      return 'no-web-app' as const;
    }),
  ]);
  log(seed.skipped ? `graph: ${seed.nodes} nodes, ${seed.edges} edges (already loaded)` : `loaded ${seed.posts} post(s): ${seed.nodes} nodes, ${seed.edges} edges`);
  if (web === 'no-web-app') log('no web app found (web/index.html); serving the API only');

  const app = createApp({
    store,
    options: { webDist: web === 'no-web-app' ? null : distDir, frameAncestors: frameAncestorsFromEnv(process.env.CONFGRAPH_FRAME_ANCESTORS) },
  });
  const server = app.listen(port, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    log(`ready in ${Math.round(process.uptime() * 1000)} ms: http://localhost:${actual}/`);
  });
  server.on('error', (error) => {
    log(`cannot listen on port ${port}: ${error.message}`);
    void store.close().finally(() => process.exit(1));
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing`);
    server.close();
    server.closeAllConnections();
    store
      .close()
      .catch((error: unknown) => log(`store close failed: ${String(error)}`))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
