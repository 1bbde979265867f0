// POST /api/posts with the real extractor and the real embedded store: merged, searchable, hostile text kept as data, bad input refused.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../store/graph-store.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { seedGraph, seededStore } from './server-fixture.ts';

let store: GraphStore;
let app: ConfgraphApp;

beforeAll(async () => {
  store = await seededStore(await seedGraph());
  app = createApp({ store });
});
afterAll(async () => {
  await store?.close();
});

const SPEAKER = 'Zebulon Quartermaine';
const hostile = [
  '---',
  'title: "Cloud Native Day <script>alert(1)</script>"',
  'date: 2019-05-21',
  'author: Test Writer',
  '---',
  '## Day #1',
  '### Talks',
  `#### Scaling Prometheus <script>alert(2)</script> in Production [A] - ${SPEAKER}, Example Corp`,
  '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/AbCdEfGhIjK" allowfullscreen></iframe>',
  '',
  'The team runs Prometheus on Kubernetes. <img src=x onerror=alert(3)> Read [the slides](javascript:alert(4)) and <a href="javascript:alert(5)">this</a>.',
  '',
].join('\n');

const post = (body: unknown, type = 'application/json') => request(app).post('/api/posts').set('content-type', type).send(body as string);

describe('POST /api/posts', () => {
  it('extracts and merges a post; search finds what it added', async () => {
    const before = await request(app).get('/api/search').query({ q: SPEAKER, types: 'Person' });
    expect(before.body.hits).toEqual([]);
    // Viewed (and so cached) before the post: the post must show up in it afterwards.
    const k8sBefore = await request(app).get('/api/entities/project:kubernetes');
    expect(k8sBefore.status).toBe(200);
    const res = await post({ markdown: hostile, source: 'hostile.md', baseUrl: 'https://blog.example.org/hostile/' });
    expect(res.status).toBe(201);
    expect(res.body.talks).toBeGreaterThanOrEqual(1);
    expect(res.body.load.nodesCreated).toBeGreaterThan(0);
    expect(res.body.post.url).toMatch(/^https:\/\/blog\.example\.org\/hostile\//);
    const after = await request(app).get('/api/search').query({ q: SPEAKER, types: 'Person' });
    expect(after.body.hits[0]).toMatchObject({ name: SPEAKER, match: 'exact' });
    const k8sAfter = await request(app).get('/api/entities/project:kubernetes');
    expect(k8sAfter.body.talkCount).toBe(k8sBefore.body.talkCount + 1);
    expect(k8sAfter.body.talks.some((t: { talk: { title: string } }) => t.talk.title.includes('Scaling Prometheus'))).toBe(true);
  });

  it('posting the same post again changes nothing', async () => {
    const before = await store.stats();
    const res = await request(app)
      .post('/api/posts')
      .query({ source: 'hostile.md', baseUrl: 'https://blog.example.org/hostile/' })
      .set('content-type', 'text/markdown')
      .send(hostile);
    expect(res.status).toBe(201);
    expect(res.body.load.nodesCreated).toBe(0);
    expect(res.body.load.edgesCreated).toBe(0);
    expect(await store.stats()).toEqual(before);
  });

  it('returns hostile text as JSON data, exactly as stored, never as HTML', async () => {
    const stored = await store.exportGraph();
    const talk = stored.elements.nodes.find((n) => n.data.type === 'Talk' && n.data.title.includes('Scaling Prometheus'))?.data;
    expect(talk).toBeDefined();
    for (const url of ['/api/graph', `/api/entities/${encodeURIComponent(talk!.id)}`, '/api/talks', '/api/search?q=scaling']) {
      const res = await request(app).get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      // Data is not HTML-escaped (that is the renderer's job): no entity encoding appears anywhere.
      expect(res.text).not.toMatch(/&lt;|&gt;|&quot;/);
    }
    const entity = await request(app).get(`/api/entities/${encodeURIComponent(talk!.id)}`);
    expect(entity.body.node).toEqual(talk);
    // Whatever markup the extractor kept in the heading is there verbatim.
    expect(talk!.type === 'Talk' && talk!.heading).toContain('Scaling Prometheus');
    const scripts = JSON.stringify(stored).match(/<script>alert\(\d\)<\/script>/g) ?? [];
    const served = (await request(app).get('/api/graph')).text.match(/<script>alert\(\d\)<\/script>/g) ?? [];
    expect(served).toEqual(scripts);
  });

  it('serves hostile names and evidence exactly as stored', async () => {
    const name = '<script>alert(9)</script><img src=x onerror=alert(10)>';
    const link = 'javascript:alert(11)';
    await store.load({
      elements: {
        nodes: [{ data: { id: 'project:hostile', name, aliases: [name], type: 'Project', homepage: link, repo: null, maturity: null, category: null } }],
        edges: [],
      },
      warnings: [],
    });
    app.graphChanged();
    const res = await request(app).get('/api/entities/project:hostile');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.node).toMatchObject({ name, homepage: link });
    const hits = await request(app).get('/api/search').query({ q: 'script alert' });
    expect(hits.body.hits.find((h: { id: string }) => h.id === 'project:hostile')?.name).toBe(name);
  });

  it.each([
    ['an empty post', { markdown: '' }, 'application/json', 400],
    ['a blank post', '   \n  ', 'text/markdown', 400],
    ['binary', 'PK\u0003\u0004\u0000\u0000\u0000binary', 'text/markdown', 415],
    ['no markdown field', { text: '# hi' }, 'application/json', 400],
    ['a javascript: baseUrl', { markdown: '# hi', baseUrl: 'javascript:alert(1)' }, 'application/json', 400],
    ['a form body', 'markdown=%23+hi', 'application/x-www-form-urlencoded', 415],
    ['malformed JSON', '{"markdown": ', 'application/json', 400],
  ])('refuses %s and loses nothing', async (_what, body, type, status) => {
    const before = await store.exportGraph();
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    expect(await store.exportGraph()).toEqual(before);
  });

  it('refuses a post over 5 MB with 413', async () => {
    const big = '# Big\n\n' + 'word '.repeat(1_100_000);
    const asText = await post(big, 'text/markdown');
    expect(asText.status).toBe(413);
    expect(asText.body.error.code).toBe('payload_too_large');
    const asJson = await post({ markdown: big });
    expect(asJson.status).toBe(413);
    expect(asJson.body.error.message).toMatch(/limit/);
  });
});
