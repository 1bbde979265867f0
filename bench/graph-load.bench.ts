/**
 * GET /api/graph on a big graph (the issue-11 attack: 4.2k nodes, 38k edges with evidence) under 20 clients at once,
 * while 4 other clients read entity views and the health check: p99 and errors of both, and the answer's size.
 * On Neo4j when NEO4J_URI is set (where 20 concurrent full exports made it run out of memory), else the embedded store.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { createApp } from '../server/app.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open-store.ts';
import { hammer } from './api.bench.ts';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { percentile, round } from './bench-module.ts';
import type { LoadResult } from './http-load.worker.ts';

const GRAPH_CLIENTS = 20;
const OTHER_CLIENTS = 4;

type Data = Record<string, unknown>;

/** A graph of `talks` talks each mentioning `perTalk` of `projects` projects, with people and organizations, cloned from the seed's shapes. */
export function bigGraph(talks: number, projects: number, perTalk: number): KnowledgeGraph {
  const seed = JSON.parse(readFileSync(fileURLToPath(new URL('../test/golden/KubeCon-2017-Austin.graph.json', import.meta.url)), 'utf8')) as KnowledgeGraph;
  const template = (type: string): Data => ({ ...(seed.elements.nodes.find((n) => n.data.type === type)?.data as Data) });
  const nodes: Data[] = [];
  const edges: Data[] = [];
  for (let p = 0; p < projects; p++) nodes.push({ ...template('Project'), id: `project:big-${p}`, name: `Big Project ${p}`, aliases: [`Big Project ${p}`] });
  for (let o = 0; o < projects / 4; o++) nodes.push({ ...template('Organization'), id: `org:big-${o}`, name: `Big Org ${o}`, aliases: [`Big Org ${o}`] });
  for (let t = 0; t < talks; t++) {
    const talk = `talk:big-${t}`;
    nodes.push({ ...template('Talk'), id: talk, name: `Big Talk ${t}`, aliases: [`Big Talk ${t}`], title: `Big Talk ${t}`, videoId: null, videoUrl: null });
    nodes.push({ ...template('Person'), id: `person:big-${t}`, name: `Big Speaker ${t}`, aliases: [`Big Speaker ${t}`] });
    edges.push({ id: `PRESENTED:person:big-${t}->${talk}`, source: `person:big-${t}`, target: talk, type: 'PRESENTED', evidence: [], count: null, role: null });
    for (let k = 0; k < perTalk; k++) {
      const project = `project:big-${(t * 7 + k * 13) % projects}`;
      const text = `Big Talk ${t} shows how Big Project ${(t * 7 + k * 13) % projects} runs in production, with numbers and a demo of the setup.`;
      edges.push({ id: `MENTIONS:${talk}->${project}`, source: talk, target: project, type: 'MENTIONS', count: 1, role: null, evidence: [{ text, url: `https://blog.example.org/big/#talk-${t}` }] });
    }
  }
  const unique = new Map(edges.map((e) => [e.id, e]));
  return { elements: { nodes: nodes.map((data) => ({ data })), edges: [...unique.values()].map((data) => ({ data })) }, warnings: [] } as unknown as KnowledgeGraph;
}

function summary(result: LoadResult) {
  return {
    p99_ms: round(percentile(result.latenciesMs, 99)),
    p50_ms: round(percentile(result.latenciesMs, 50)),
    requests: result.latenciesMs.length,
    errors: result.errors + result.non2xx,
  };
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const durationMs = quick ? 3_000 : 10_000;
  const store: GraphStore = await openStore(process.env.NEO4J_URI ? {} : { inMemory: true });
  const graph = bigGraph(1_200, 1_800, 32);
  await store.clear();
  for (let i = 0; i < graph.elements.nodes.length; i += 2_000) {
    // Loaded in slices: one 38k-edge transaction is more than a small Neo4j heap takes at once.
    const ids = new Set(graph.elements.nodes.slice(0, i + 2_000).map((n) => n.data.id));
    const nodes = graph.elements.nodes.slice(i, i + 2_000);
    const fresh = new Set(nodes.map((n) => n.data.id));
    const edges = graph.elements.edges.filter((e) => (fresh.has(e.data.source) || fresh.has(e.data.target)) && ids.has(e.data.source) && ids.has(e.data.target));
    await store.load({ elements: { nodes, edges }, warnings: [] });
  }
  const stats = await store.stats();
  const app = createApp({ store, options: { rateLimit: { graphMax: 1e9 }, logError: () => undefined } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const t0 = performance.now();
    const first = await fetch(`${origin}/api/graph`);
    const body = await first.text();
    const coldMs = performance.now() - t0;
    const others = ['/api/health', '/api/entities/project%3Abig-1', '/api/entities/talk%3Abig-7', '/api/search?q=big&limit=5'];
    const [graphLoad, otherLoad] = await Promise.all([
      hammer({ origin, paths: ['/api/graph', '/api/graph?types=Project,Organization', '/api/graph?types=Talk,Project'], connections: GRAPH_CLIENTS, durationMs }),
      hammer({ origin, paths: others, connections: OTHER_CLIENTS, durationMs }),
    ]);
    return {
      store: store.kind,
      nodes: stats.nodes,
      edges: stats.edges,
      graph_answer_mb: round(Buffer.byteLength(body) / 1048576, 1),
      graph_answer_cut: (JSON.parse(body) as KnowledgeGraph).warnings.length > 0,
      graph_cold_ms: Math.round(coldMs),
      graph_clients: GRAPH_CLIENTS,
      graph: summary(graphLoad),
      other_routes_during: summary(otherLoad),
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.clear();
    await store.close();
  }
}
