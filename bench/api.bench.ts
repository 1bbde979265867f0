/**
 * API speed: the app on an ephemeral port over the embedded store holding the seed graph, 50 keep-alive
 * connections on /api/entities/:id and on /api/search (separately), p99 latency and requests/s for each;
 * plus server_ready_ms, a warm `npm start` (store already loaded, web already built) until it listens.
 */
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract } from '../extractor/index.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { createApp } from '../server/app.ts';
import { loadEntityView } from '../server/load-entity-view.ts';
import { EmbeddedStore } from '../store/embedded-store.ts';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { percentile, round } from './bench-module.ts';
import type { LoadRequest, LoadResult } from './http-load.worker.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;

function seedGraphs(): KnowledgeGraph[] {
  const dir = path.join(ROOT, 'data', 'posts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => extract(readFileSync(path.join(dir, f), 'utf8'), { source: f }));
}

export function hammer(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // A worker's entry file does not go through tsx's loader on Node 20: register it first, then import the .ts file.
    const file = new URL('./http-load.worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: request });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

function summarize(result: LoadResult) {
  return {
    api_p99_ms: round(percentile(result.latenciesMs, 99)),
    api_p50_ms: round(percentile(result.latenciesMs, 50)),
    api_rps: Math.round((result.latenciesMs.length / result.elapsedMs) * 1000),
    requests: result.latenciesMs.length,
    errors: result.errors + result.non2xx,
  };
}

/** The most-connected entities and a mix of exact, prefix, contains and misspelt searches drawn from the graph. */
function workload(graph: KnowledgeGraph): { entities: string[]; searches: string[] } {
  const degree = new Map<string, number>();
  for (const { data } of graph.elements.edges) for (const id of [data.source, data.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ranked = graph.elements.nodes.map((n) => n.data).sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const entities = ranked.slice(0, 20).map((n) => `/api/entities/${encodeURIComponent(n.id)}`);
  const names = ranked.filter((n) => n.type === 'Project' && n.name.length >= 5).slice(0, 5).map((n) => n.name);
  const typo = (s: string) => s.slice(0, 2) + s[3] + s[2] + s.slice(4);
  const terms = names.flatMap((n) => [n, n.slice(0, 3), n.slice(1, -1), typo(n)]);
  return { entities, searches: terms.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`) };
}

/** Wall time from spawning `npm start`'s command until it logs that it listens (second start: warm). */
async function serverReadyMs(): Promise<{ wall: number; reported: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-bench-ready-'));
  const once = () =>
    new Promise<{ wall: number; reported: number }>((resolve, reject) => {
      const t0 = performance.now();
      const env: NodeJS.ProcessEnv = { ...process.env, CONFGRAPH_DATA_DIR: dataDir, PORT: '0' };
      delete env.NEO4J_URI;
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
      let ready: { wall: number; reported: number } | null = null;
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /ready in (\d+) ms/.exec(line);
        if (!m || ready) return;
        ready = { wall: performance.now() - t0, reported: Number(m[1]) };
        child.kill('SIGTERM');
      });
      child.once('exit', (code) => (ready ? resolve(ready) : reject(new Error(`server/main.ts exited (${code}) before it was ready`))));
    });
  try {
    await once(); // cold: loads the posts, builds the web app if needed
    return await once();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const durationMs = quick ? 3_000 : 10_000;
  const store = EmbeddedStore.create();
  await store.init();
  const graphs = seedGraphs();
  for (const graph of graphs) await store.load(graph);
  const all = await store.exportGraph();
  const app = createApp({ store, options: { rateLimit: { cypherMax: 1e9, postsMax: 1e9 } } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // What a view costs when it is not cached (first view of a node, or after a load): every node once.
  const uncached: number[] = [];
  for (const { data } of all.elements.nodes) {
    const t0 = performance.now();
    await loadEntityView(store, data.id);
    uncached.push(performance.now() - t0);
  }
  let entity: ReturnType<typeof summarize>;
  let search: ReturnType<typeof summarize>;
  try {
    const { entities, searches } = workload(all);
    // Warm up (search index build, JIT) before measuring.
    await hammer({ origin, paths: [...entities, ...searches], connections: 4, durationMs: 500 });
    entity = summarize(await hammer({ origin, paths: entities, connections: CONNECTIONS, durationMs }));
    search = summarize(await hammer({ origin, paths: searches, connections: CONNECTIONS, durationMs }));
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
  }
  // Measured after the in-process server is gone, so the two do not compete for the CPU.
  const ready = await serverReadyMs();
  return {
    connections: CONNECTIONS,
    duration_s: durationMs / 1000,
    graph_nodes: all.elements.nodes.length,
    api_p99_ms_entities: entity.api_p99_ms,
    api_rps_entities: entity.api_rps,
    api_p99_ms_search: search.api_p99_ms,
    entity_view_uncached_p50_ms: round(percentile(uncached, 50)),
    entity_view_uncached_p99_ms: round(percentile(uncached, 99)),
    api_rps_search: search.api_rps,
    server_ready_ms: Math.round(ready.wall),
    server_ready_ms_in_process: ready.reported,
    entities: entity,
    search,
  };
}
