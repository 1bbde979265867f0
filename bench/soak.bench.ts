/**
 * The soak: `npm run bench -- --soak [--soak-seconds 600]`. The app over a file-backed embedded store holding the
 * seed posts, on an ephemeral port, under a mix of reads (entities, search, graph, talks, Cypher), post uploads
 * (which change the store, so caches, snapshots and the reader child turn over) and hostile queries (writes, file
 * and URL reads, admin commands, an answer over the byte cap, deep params). Per window: p50/p99 per class, wrong
 * answers (a read not 2xx, a hostile query not 4xx), the server's and its children's resident memory. Memory is
 * "flat" when the mean of the last quarter of the run is within 48 MB of the second quarter's.
 * Not part of a plain `npm run bench`: it runs only with --soak.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract } from '../extractor/index.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { createApp } from '../server/app.ts';
import { EmbeddedStore } from '../store/embedded-store.ts';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { round } from './bench-module.ts';
import type { SoakLoad, SoakRequest, SoakWindow } from './soak-load.worker.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 16;
const FLAT_MB = 48;

const cypher = (query: string, params?: Record<string, unknown>): string => JSON.stringify(params ? { query, params } : { query });

function hostile(): SoakRequest[] {
  let deep: unknown = 1;
  for (let i = 0; i < 2_000; i++) deep = [deep];
  const queries = [
    cypher("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"),
    cypher("//\rLOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS l RETURN l"),
    cypher('\u001cSHOW TRANSACTIONS YIELD currentQuery, parameters'),
    cypher("TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
    cypher('CALL dbms.listConnections()'),
    cypher("MATCH (n:Project) SET n.name = 'soaked' RETURN n"),
    cypher('MATCH (n) DETACH DELETE n'),
    cypher("CREATE (:Spam {id: 'spam'})"),
    cypher("RETURN reduce(s = 'x', i IN range(1, 24) | s + s) AS s"),
    cypher('RETURN $p AS p', { p: deep }),
    cypher('MATCH (n RETURN n'),
  ];
  return queries.map((body) => ({ cls: 'hostile', method: 'POST', path: '/api/cypher', body }));
}

function uploads(): SoakRequest[] {
  // A few fixed posts: after their first upload every upload is an idempotent merge, so the graph stops growing.
  return [1, 2, 3].map((n) => ({
    cls: 'upload',
    method: 'POST',
    path: '/api/posts',
    body: JSON.stringify({
      markdown: `---\ntitle: "Soak post ${n}"\n---\n\n## Keynote: Soak talk ${n} - Soak Speaker${n} Example, Soak Org ${n}\n\nThe talk covered Kubernetes, Prometheus and Envoy.\n`,
      source: `soak-${n}.md`,
    }),
  }));
}

function reads(graph: KnowledgeGraph): SoakRequest[] {
  const degree = new Map<string, number>();
  for (const { data } of graph.elements.edges) for (const id of [data.source, data.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ranked = graph.elements.nodes.map((n) => n.data).sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const get = (p: string): SoakRequest => ({ cls: 'read', method: 'GET', path: p });
  return [
    ...ranked.slice(0, 16).map((n) => get(`/api/entities/${encodeURIComponent(n.id)}`)),
    ...['kube', 'prometheus', 'envoy', 'rook'].map((q) => get(`/api/search?q=${q}&limit=10`)),
    get('/api/graph'),
    get('/api/graph?types=Project,Organization'),
    get('/api/talks'),
    { cls: 'read', method: 'POST', path: '/api/cypher', body: cypher('MATCH (p:Project) RETURN p.name AS name ORDER BY name LIMIT 20') },
    { cls: 'read', method: 'POST', path: '/api/cypher', body: cypher('MATCH (t:Talk)-[:MENTIONS]->(p:Project) RETURN p.name AS name, count(t) AS talks ORDER BY talks DESC LIMIT 10') },
  ];
}

/** Resident MB of this process and of its children (the embedded reader). */
function memory(): { rss_mb: number; heap_mb: number; children_rss_mb: number } {
  let children = 0;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
        children += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      }
    }
  } catch {
    // Not Linux, or a child ended between the two reads: count what was seen.
  }
  const m = process.memoryUsage();
  return { rss_mb: round(m.rss / 1048576, 1), heap_mb: round(m.heapUsed / 1048576, 1), children_rss_mb: round(children / 1048576, 1) };
}

function load(request: SoakLoad, onWindow: (w: SoakWindow) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = new URL('./soak-load.worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: request });
    worker.on('message', (message: { window?: SoakWindow; done?: boolean }) => {
      if (message.window) onWindow(message.window);
      if (message.done) {
        resolve();
        void worker.terminate();
      }
    });
    worker.once('error', reject);
  });
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

export async function run({ soakSeconds = 600 }: BenchOptions): Promise<BenchResults> {
  const durationMs = soakSeconds * 1000;
  const windowMs = Math.max(1_000, Math.round(durationMs / 40));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-soak-'));
  const store = EmbeddedStore.open(dataDir);
  await store.init();
  const postsDir = path.join(ROOT, 'data', 'posts');
  for (const f of readdirSync(postsDir).filter((name) => name.endsWith('.md'))) await store.load(extract(readFileSync(path.join(postsDir, f), 'utf8'), { source: f }));
  const graph = await store.exportGraph();
  const app = createApp({ store, options: { rateLimit: { cypherMax: 1e9, postsMax: 1e9, graphMax: 1e9 }, logError: () => undefined } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const r = reads(graph);
  const h = hostile();
  const u = uploads();
  // Roughly 70 % reads, 22 % hostile, 8 % uploads, interleaved.
  const mix: SoakRequest[] = [];
  for (let i = 0; i < 4; i++) mix.push(...r.slice(i * 6, i * 6 + 6).concat(r.slice(24)), ...h.slice(i * 3, i * 3 + 3), u[i % u.length]!);
  const windows: Array<SoakWindow & ReturnType<typeof memory>> = [];
  try {
    await load({ origin, requests: mix, connections: CONNECTIONS, durationMs, windowMs }, (w) => windows.push({ ...w, ...memory() }));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const quarter = Math.max(1, Math.floor(windows.length / 4));
  const total = (w: (typeof windows)[number]) => w.rss_mb + w.children_rss_mb;
  const second = windows.slice(quarter, 2 * quarter).map(total);
  const last = windows.slice(-quarter).map(total);
  const growth = round(mean(last) - mean(second), 1);
  const sum = (f: (w: SoakWindow) => number) => windows.reduce((a, w) => a + f(w), 0);
  const max = (f: (w: SoakWindow) => number | null) => Math.max(...windows.map((w) => f(w) ?? 0));
  return {
    duration_s: soakSeconds,
    connections: CONNECTIONS,
    window_s: windowMs / 1000,
    requests: sum((w) => w.requests),
    rps: Math.round(sum((w) => w.requests) / soakSeconds),
    wrong_answers: { read: sum((w) => w.wrong.read), upload: sum((w) => w.wrong.upload), hostile: sum((w) => w.wrong.hostile), connection_errors: sum((w) => w.errors) },
    p99_ms_read_max_window: max((w) => w.p99_ms.read),
    p99_ms_upload_max_window: max((w) => w.p99_ms.upload),
    p99_ms_hostile_max_window: max((w) => w.p99_ms.hostile),
    memory_mb_second_quarter: round(mean(second), 1),
    memory_mb_last_quarter: round(mean(last), 1),
    memory_growth_mb: growth,
    memory_flat: Math.abs(growth) <= FLAT_MB,
    examples_of_wrong_answers: windows.flatMap((w) => w.examples).slice(0, 5),
    windows: windows.map((w) => ({ t_s: w.t_s, requests: w.requests, p99_ms: w.p99_ms, p50_ms: w.p50_ms, rss_mb: w.rss_mb, heap_mb: w.heap_mb, children_rss_mb: w.children_rss_mb, wrong: w.wrong })),
  };
}
