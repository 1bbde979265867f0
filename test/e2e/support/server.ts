// startTestServer(graph): the real app over a real in-memory embedded store loaded with `graph`, on an ephemeral port.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../server/app.ts';
import type { AppOptions } from '../../../server/options.ts';
import type { KnowledgeGraph } from '../../../extractor/schema.ts';
import { EmbeddedStore } from '../../../store/embedded-store.ts';
import type { GraphStore } from '../../../store/graph-store.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface TestServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43123 */
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

let building: Promise<string> | null = null;

/**
 * Builds web/dist when it is missing or older than web/ (once per process) and returns a private copy of it:
 * other work in the same tree may rebuild web/dist (emptying it) while a browser test is loading pages.
 */
export function ensureWebDist(): Promise<string> {
  building ??= Promise.resolve().then(() => {
    const build = spawnSync(process.execPath, ['bin/build.js', '--web', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web build failed (node bin/build.js --web)');
    const copy = mkdtempSync(path.join(tmpdir(), 'confgraph-web-'));
    cpSync(DIST_DIR, copy, { recursive: true });
    process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
    return copy;
  });
  return building;
}

export async function startTestServer(graph: KnowledgeGraph, options: AppOptions = {}): Promise<TestServer> {
  const webDist = await ensureWebDist();
  const store = EmbeddedStore.create();
  await store.init();
  await store.load(graph);
  // Tests fire many console queries: a high rate limit keeps them from tripping it.
  const app = createApp({ store, options: { webDist, rateLimit: { cypherMax: 10_000, postsMax: 1_000 }, ...options } });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
