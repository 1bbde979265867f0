// Bounded answers and no cross-site writes, over the real embedded store: GET /api/graph (type filter, node and edge
// caps, ETag/304 until the store changes, rate limit) and POST /api/posts (JSON or markdown only, no foreign Origin
// or cross-site Sec-Fetch-Site).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { seedGraph, seededStore } from './server-fixture.ts';

let graph: KnowledgeGraph;
let store: GraphStore;
let app: ConfgraphApp;

const POST = ['---', 'title: "Cross-site test"', '---', '', '## Keynote: Planted by another site - Mallory Example, Evil Corp', '', 'Mallory talked about Kubernetes.', ''].join('\n');

beforeAll(async () => {
  graph = await seedGraph();
  store = await seededStore(graph);
  app = createApp({ store, options: { extract: async () => graph } });
});
afterAll(async () => {
  await store?.close();
});

describe('GET /api/graph bounds', () => {
  it('filters by type in the query: only those nodes, and only edges between them', async () => {
    const res = await request(app).get('/api/graph').query({ types: 'Project,Organization' });
    expect(res.status).toBe(200);
    const types = new Set(res.body.elements.nodes.map((n: { data: { type: string } }) => n.data.type));
    expect([...types].sort()).toEqual(['Organization', 'Project']);
    const expected = graph.elements.nodes.filter((n) => n.data.type === 'Project' || n.data.type === 'Organization').length;
    expect(res.body.elements.nodes).toHaveLength(expected);
    const ids = new Set(res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const { data } of res.body.elements.edges) expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
  });

  it('caps a big graph at the node and edge limits and says so in the warnings', async () => {
    const capped = createApp({ store, options: { graph: { maxNodes: 10, maxEdges: 3 } } });
    const res = await request(capped).get('/api/graph');
    expect(res.status).toBe(200);
    expect(res.body.elements.nodes).toHaveLength(10);
    expect(res.body.elements.edges.length).toBeLessThanOrEqual(3);
    expect(res.body.warnings.join(' ')).toMatch(/cut at 10 nodes/);
    const ids = new Set(res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const { data } of res.body.elements.edges) expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
    // A client may ask for fewer, never for more than the server's cap.
    expect((await request(capped).get('/api/graph').query({ limit: 4 })).body.elements.nodes).toHaveLength(4);
    expect((await request(capped).get('/api/graph').query({ limit: 500 })).body.elements.nodes).toHaveLength(10);
    expect((await request(capped).get('/api/graph').query({ limit: 0 })).status).toBe(400);
  });

  it('answers 304 to a matching If-None-Match until the store changes, then the new graph with a new ETag', async () => {
    const first = await request(app).get('/api/graph');
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await request(app).get('/api/graph').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    const project = graph.elements.nodes.find((n) => n.data.type === 'Project');
    if (!project) throw new Error('the seed graph has no project');
    const extra: KnowledgeGraph = { elements: { nodes: [{ data: { ...project.data, id: 'project:etag-probe', name: 'ETag Probe', aliases: ['ETag Probe'] } }], edges: [] }, warnings: [] };
    await store.load(extra);
    const after = await request(app).get('/api/graph').set('If-None-Match', etag);
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body.elements.nodes.some((n: { data: { id: string } }) => n.data.id === 'project:etag-probe')).toBe(true);
  });

  it('serves many clients at once from one export', async () => {
    let exports = 0;
    const counting = Object.create(store) as GraphStore;
    counting.exportGraph = (filter) => {
      exports++;
      return store.exportGraph(filter);
    };
    const shared = createApp({ store: counting });
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(shared).get('/api/graph')));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    expect(exports).toBe(1);
  });

  it('answers 429 once a client is over the /api/graph limit; other routes still answer', async () => {
    const limited = createApp({ store, options: { rateLimit: { graphMax: 2, windowMs: 60_000 } } });
    expect((await request(limited).get('/api/graph')).status).toBe(200);
    expect((await request(limited).get('/api/graph')).status).toBe(200);
    const third = await request(limited).get('/api/graph');
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('rate_limited');
    expect((await request(limited).get('/api/health')).status).toBe(200);
  });
});

describe('POST /api/posts refuses cross-site writes', () => {
  const send = (headers: Record<string, string>, body: string | object) => {
    let req = request(app).post('/api/posts');
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(body);
  };

  it.each([
    ['text/plain (what a no-cors fetch sends)', { 'content-type': 'text/plain' }, 415],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
    ['a foreign Origin', { 'content-type': 'application/json', origin: 'https://evil.example' }, 403],
    ['Origin null', { 'content-type': 'text/markdown', origin: 'null' }, 403],
    ['Sec-Fetch-Site: cross-site', { 'content-type': 'text/markdown', 'sec-fetch-site': 'cross-site' }, 403],
    ['Sec-Fetch-Site: same-site', { 'content-type': 'text/markdown', 'sec-fetch-site': 'same-site' }, 403],
  ])('refuses %s and the graph is unchanged', async (_what, headers, status) => {
    const before = await store.stats();
    const body = headers['content-type'] === 'application/json' ? { markdown: POST } : POST;
    const res = await send(headers, body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(status === 403 ? 'cross_site_write' : 'unsupported_media_type');
    expect(await store.stats()).toEqual(before);
  });

  it('accepts JSON and markdown from this site itself (same Origin, same-origin fetch) and from non-browser clients', async () => {
    const self = await send({ 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, { markdown: POST });
    expect(self.status).toBe(201);
    expect((await send({ 'content-type': 'text/markdown', host: 'confgraph.example:3000', origin: 'http://confgraph.example:3000' }, POST)).status).toBe(201);
    expect((await send({ 'content-type': 'text/markdown', host: 'confgraph.example:3000', origin: 'http://confgraph.example:4000' }, POST)).status).toBe(403);
    expect((await send({ 'content-type': 'text/markdown; charset=utf-8' }, POST)).status).toBe(201);
  });
});
