// POST /api/cypher over the real embedded store: read-only rows plus drawable elements; writes refused (403) and the graph unchanged.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { seedGraph, seededStore } from './server-fixture.ts';

let graph: KnowledgeGraph;
let store: GraphStore;
let app: ConfgraphApp;

beforeAll(async () => {
  graph = await seedGraph();
  store = await seededStore(graph);
  app = createApp({ store, options: { cypher: { timeoutMs: 5_000, maxRows: 3 } } });
});
afterAll(async () => {
  await store?.close();
});

const cypher = (query: unknown, params?: unknown) => request(app).post('/api/cypher').send(params === undefined ? { query } : { query, params });

describe('POST /api/cypher', () => {
  it('returns columns and rows of a read', async () => {
    const res = await cypher('MATCH (p:Project) RETURN p.name AS name ORDER BY name LIMIT 2');
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['name']);
    const names = graph.elements.nodes.filter((n) => n.data.type === 'Project').map((n) => n.data.name).sort();
    expect(res.body.rows).toEqual(names.slice(0, 2).map((name) => ({ name })));
    expect(res.body.truncated).toBe(false);
  });

  it('takes params', async () => {
    const res = await cypher('MATCH (n {id: $id}) RETURN n.name AS name', { id: 'project:rook' });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([{ name: 'Rook' }]);
  });

  it('finds the graph elements in the rows, edges included', async () => {
    const res = await cypher("MATCH (t:Talk)-[m:MENTIONS]->(p:Project {id: 'project:rook'}) RETURN t, m, p LIMIT 3");
    expect(res.status).toBe(200);
    const ids = res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toContain('project:rook');
    expect(res.body.elements.edges.length).toBeGreaterThan(0);
    for (const { data } of res.body.elements.edges) {
      expect(data.type).toBe('MENTIONS');
      expect(data.target).toBe('project:rook');
      expect(ids).toContain(data.source);
    }
  });

  it('cuts the result at the row cap and says so', async () => {
    const res = await cypher('MATCH (n) RETURN n.id AS id');
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.truncated).toBe(true);
  });

  it.each([
    "CREATE (:Project {id: 'project:evil', name: 'Evil'})",
    "MATCH (p:Project {id: 'project:rook'}) SET p.name = 'Pwned'",
    'MATCH (n) DETACH DELETE n',
    "MERGE (:Person {id: 'person:x'})",
    "MATCH (p:Project) REMOVE p.name RETURN p",
    "MATCH (n) RETURN n.id AS id UNION CREATE (m:Project {id: 'project:u'}) RETURN m.id AS id",
  ])('refuses the write %s with 403 and leaves the graph unchanged', async (query) => {
    const before = await store.exportGraph();
    const res = await cypher(query);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('read_only');
    expect(res.body.error.message).toMatch(/read-only/);
    expect(await store.exportGraph()).toEqual(before);
  });

  it('cuts a runaway read at the timeout with 408, and the store still answers after', async () => {
    const quick = createApp({ store, options: { cypher: { timeoutMs: 300, maxRows: 10 } } });
    const res = await request(quick).post('/api/cypher').send({ query: 'MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n' });
    expect(res.status).toBe(408);
    expect(res.body.error.code).toBe('query_timeout');
    // Asked through the app with the default timeout: the store may first replace the reader it stopped.
    expect((await request(app).get('/api/health')).status).toBe(200);
    expect((await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' })).body.rows).toEqual([{ one: 1 }]);
  });

  it('answers 400 for a syntax error, with the reason', async () => {
    const res = await cypher('MATCH (n RETURN n');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('query_syntax');
  });

  it.each([
    [{}, /query/],
    [{ query: '' }, /query must not be empty/],
    [{ query: 42 }, /query/],
    [{ query: 'RETURN 1', params: 'x' }, /params/],
    [{ query: 'RETURN 1', extra: true }, /extra/],
  ])('refuses the body %j', async (body, message) => {
    const res = await request(app).post('/api/cypher').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await request(app).post('/api/cypher').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await cypher(`RETURN '${'x'.repeat(200 * 1024)}' AS big`);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});
