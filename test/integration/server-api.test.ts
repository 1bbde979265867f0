// Every read endpoint in-process (supertest) over the real embedded store holding the seed graph, bad input included.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { allCypherFiles } from '../../store/cypher-files.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { stablePositions } from '../../server/map-layout/stable-layout.ts';
import type { PlacedGraph } from '../../server/map-layout/with-positions.ts';
import { seedGraph, seededStore } from './server-fixture.ts';

let graph: KnowledgeGraph;
let store: GraphStore;
let app: ConfgraphApp;

beforeAll(async () => {
  graph = await seedGraph();
  store = await seededStore(graph);
  app = createApp({ store });
});
afterAll(async () => {
  await store?.close();
});

const nodesOf = (type: string) => graph.elements.nodes.filter((n) => n.data.type === type).map((n) => n.data);
const edgesOf = (type: string) => graph.elements.edges.filter((e) => e.data.type === type).map((e) => e.data);
const byId = (id: string) => graph.elements.nodes.find((n) => n.data.id === id)?.data;
/** The project mentioned by the most talks: the seed's best-connected entity. */
function topProject(): string {
  const counts = new Map<string, number>();
  for (const e of edgesOf('MENTIONS')) if (byId(e.source)?.type === 'Talk' && e.target.startsWith('project:')) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function expectError(res: request.Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(typeof res.body.error?.message).toBe('string');
  expect(res.body.error.message.length).toBeGreaterThan(5);
  if (code) expect(res.body.error.code).toBe(code);
}

describe('GET /api/health', () => {
  it('says the embedded store is reachable', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, store: 'embedded' });
  });
});

describe('GET /api/graph', () => {
  it('returns the whole graph as Cytoscape elements', async () => {
    const res = await request(app).get('/api/graph');
    expect(res.status).toBe(200);
    expect(res.body.elements.nodes).toHaveLength(graph.elements.nodes.length);
    expect(res.body.elements.edges).toHaveLength(graph.elements.edges.length);
    const rook = res.body.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'project:rook');
    expect(rook.data).toMatchObject({ name: 'Rook', type: 'Project' });
  });

  it('places every node at its map position, the one the browser would compute from the same answer', async () => {
    const res = await request(app).get('/api/graph');
    const served = res.body as PlacedGraph;
    const expected = stablePositions(served);
    for (const n of served.elements.nodes) expect(n.position).toEqual(expected.get(n.data.id));
    const spots = new Set(served.elements.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBeGreaterThan(served.elements.nodes.length / 2);
  });

  it('filters by node types', async () => {
    const res = await request(app).get('/api/graph').query({ types: 'Project,Talk' });
    expect(res.status).toBe(200);
    const types = new Set(res.body.elements.nodes.map((n: { data: { type: string } }) => n.data.type));
    expect([...types].sort()).toEqual(['Project', 'Talk']);
    expect(res.body.elements.nodes).toHaveLength(nodesOf('Project').length + nodesOf('Talk').length);
  });

  it('filters by event', async () => {
    const event = nodesOf('Event')[0]!.id;
    const res = await request(app).get('/api/graph').query({ event });
    expect(res.status).toBe(200);
    const talks = res.body.elements.nodes.filter((n: { data: { type: string } }) => n.data.type === 'Talk');
    expect(talks.length).toBe(nodesOf('Talk').filter((t) => t.type === 'Talk' && t.event === event).length);
    const none = await request(app).get('/api/graph').query({ event: 'event:never-held' });
    expect(none.body.elements.nodes.filter((n: { data: { type: string } }) => n.data.type === 'Talk')).toHaveLength(0);
  });

  it('treats an empty types list as no filter', async () => {
    const res = await request(app).get('/api/graph?types=');
    expect(res.body.elements.nodes).toHaveLength(graph.elements.nodes.length);
  });

  it('refuses unknown types with the allowed list', async () => {
    const res = await request(app).get('/api/graph').query({ types: 'Project,Banana' });
    expectError(res, 400, 'invalid_input');
    expect(res.body.error.message).toMatch(/Banana.*Project/);
  });
});

describe('GET /api/entities/:id', () => {
  it('gives a project with the talks that mention it, their evidence, and its neighbours', async () => {
    const id = topProject();
    const res = await request(app).get(`/api/entities/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    expect(res.body.node).toEqual(byId(id));
    const expectedTalks = edgesOf('MENTIONS').filter((e) => e.target === id && byId(e.source)?.type === 'Talk');
    expect(res.body.talks.map((t: { talk: { id: string } }) => t.talk.id).sort()).toEqual(expectedTalks.map((e) => e.source).sort());
    expect(res.body.talkCount).toBe(expectedTalks.length);
    for (const mention of res.body.talks) {
      const edge = expectedTalks.find((e) => e.source === mention.talk.id)!;
      expect(mention.evidence).toEqual(edge.evidence);
      expect(mention.talk).toEqual(byId(mention.talk.id));
      const speakers = edgesOf('PRESENTED').filter((p) => p.target === mention.talk.id).map((p) => p.source).sort();
      expect(mention.speakers.map((s: { id: string }) => s.id).sort()).toEqual(speakers);
      for (const speaker of mention.speakers) {
        const orgs = edgesOf('WORKS_FOR').filter((w) => w.source === speaker.id).map((w) => w.target).sort();
        expect(speaker.organizations.map((o: { id: string }) => o.id).sort()).toEqual(orgs);
      }
    }
    // Neighbours: every edge touching the node, with its full data and the node at the other end.
    const touching = graph.elements.edges.filter((e) => e.data.source === id || e.data.target === id).map((e) => e.data);
    expect(res.body.neighbours.map((n: { edge: { id: string } }) => n.edge).sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual(
      touching.sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const { node, edge } of res.body.neighbours) {
      expect(node).toEqual(byId(edge.source === id ? edge.target : edge.source));
    }
    // The neighbours are the drawable neighbourhood; no second copy of them is sent.
    expect(res.body.elements).toBeUndefined();
  });

  it('gives a talk with what it mentions', async () => {
    const mention = edgesOf('MENTIONS').find((e) => byId(e.source)?.type === 'Talk')!;
    const res = await request(app).get(`/api/entities/${encodeURIComponent(mention.source)}`);
    expect(res.status).toBe(200);
    expect(res.body.node.type).toBe('Talk');
    const expected = edgesOf('MENTIONS').filter((e) => e.source === mention.source).map((e) => e.target).sort();
    expect(res.body.mentions.map((m: { id: string }) => m.id).sort()).toEqual(expected);
  });

  it("gives a person's and an organization's talks", async () => {
    const works = edgesOf('WORKS_FOR').find((w) => edgesOf('PRESENTED').some((p) => p.source === w.source))!;
    const talksOf = (person: string) => edgesOf('PRESENTED').filter((p) => p.source === person).map((p) => p.target);
    const person = await request(app).get(`/api/entities/${encodeURIComponent(works.source)}`);
    expect(person.status).toBe(200);
    expect(person.body.presented.map((p: { talk: { id: string } }) => p.talk.id).sort()).toEqual(talksOf(works.source).sort());
    const org = await request(app).get(`/api/entities/${encodeURIComponent(works.target)}`);
    const staff = edgesOf('WORKS_FOR').filter((w) => w.target === works.target).map((w) => w.source);
    const expected = [...new Set(staff.flatMap(talksOf))].sort();
    expect(org.body.presented.map((p: { talk: { id: string } }) => p.talk.id).sort()).toEqual(expected);
    for (const entry of org.body.presented) {
      expect(entry.talk).toEqual(byId(entry.talk.id));
      expect(entry.speakers.every((s: { id: string }) => staff.includes(s.id))).toBe(true);
    }
  });

  it('answers 304 when the client already has the view', async () => {
    const first = await request(app).get('/api/entities/project:rook');
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = await request(app).get('/api/entities/project:rook').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await request(app).get('/api/entities/project:does-not-exist');
    expectError(res, 404, 'not_found');
    expect(res.body.error.message).toContain('project:does-not-exist');
  });

  it('refuses an over-long id', async () => {
    expectError(await request(app).get(`/api/entities/${'x'.repeat(400)}`), 400, 'invalid_input');
  });
});

describe('GET /api/talks', () => {
  it('lists every talk with its speakers', async () => {
    const res = await request(app).get('/api/talks');
    expect(res.status).toBe(200);
    expect(res.body.talks.map((t: { id: string }) => t.id).sort()).toEqual(nodesOf('Talk').map((t) => t.id).sort());
    const presented = edgesOf('PRESENTED')[0]!;
    const talk = res.body.talks.find((t: { id: string }) => t.id === presented.target);
    expect(talk.speakers).toContain(byId(presented.source)!.name);
  });

  it('lists the talks of one event', async () => {
    const res = await request(app).get('/api/talks').query({ event: 'event:never-held' });
    expect(res.status).toBe(200);
    expect(res.body.talks).toEqual([]);
  });
});

describe('GET /api/search', () => {
  it('puts the exact name first', async () => {
    const res = await request(app).get('/api/search').query({ q: 'rook' });
    expect(res.status).toBe(200);
    expect(res.body.hits[0]).toMatchObject({ id: 'project:rook', match: 'exact' });
  });

  it('tolerates typos', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Kubernets' });
    expect(res.body.hits[0]).toMatchObject({ id: 'project:kubernetes', match: 'fuzzy' });
  });

  it('honours limit and types', async () => {
    const res = await request(app).get('/api/search').query({ q: 'e', limit: 3, types: 'Person' });
    expect(res.status).toBe(200);
    expect(res.body.hits.length).toBeLessThanOrEqual(3);
    expect(res.body.hits.every((h: { type: string }) => h.type === 'Person')).toBe(true);
  });

  it.each([
    [{}, /q/],
    [{ q: '   ' }, /q must not be empty/],
    [{ q: 'rook', limit: 0 }, /limit/],
    [{ q: 'rook', limit: 'many' }, /limit/],
    [{ q: 'x'.repeat(201) }, /q/],
  ])('refuses %j', async (query, message) => {
    const res = await request(app).get('/api/search').query(query);
    expectError(res, 400, 'invalid_input');
    expect(res.body.error.message).toMatch(message);
  });
});

describe('GET /api/path', () => {
  it('returns a connected path from one end to the other', async () => {
    const talk = edgesOf('PRESENTED')[0]!;
    const to = topProject();
    const res = await request(app).get('/api/path').query({ from: talk.source, to });
    expect(res.status).toBe(200);
    expect(res.body.found).toBe(true);
    expect(res.body.nodes[0]).toBe(talk.source);
    expect(res.body.nodes.at(-1)).toBe(to);
    expect(res.body.elements.edges).toHaveLength(res.body.length);
    const realEdgeIds = new Set(graph.elements.edges.map((e) => e.data.id));
    res.body.elements.edges.forEach((edge: { data: { id: string; source: string; target: string; undirected?: boolean } }, i: number) => {
      const step = [res.body.nodes[i], res.body.nodes[i + 1]].sort();
      expect([edge.data.source, edge.data.target].sort()).toEqual(step);
      expect(realEdgeIds.has(edge.data.id)).toBe(true);
      expect(res.body.edges[i]).toBe(edge.data.id);
    });
  });

  it('gives the real id and direction of a step walked against a Project-Project edge', async () => {
    const projects = new Set(nodesOf('Project').map((p) => p.id));
    const edge = graph.elements.edges.map((e) => e.data).find((e) => projects.has(e.source) && projects.has(e.target));
    expect(edge, 'the seed graph has a relation between two projects').toBeDefined();
    const res = await request(app).get('/api/path').query({ from: edge!.target, to: edge!.source });
    expect(res.body.length).toBe(1);
    expect(res.body.edges).toEqual([edge!.id]);
    expect(res.body.elements.edges[0].data).toMatchObject({ id: edge!.id, source: edge!.source, target: edge!.target, type: edge!.type });
  });

  it('a path from a node to itself is the node', async () => {
    const res = await request(app).get('/api/path').query({ from: 'project:rook', to: 'project:rook' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ found: true, length: 0, nodes: ['project:rook'], edges: [] });
  });

  it('answers 404 when an end does not exist', async () => {
    const res = await request(app).get('/api/path').query({ from: 'project:rook', to: 'project:nowhere' });
    expectError(res, 404, 'not_found');
    expect(res.body.error.message).toContain('project:nowhere');
  });

  it('refuses a missing end', async () => {
    expectError(await request(app).get('/api/path').query({ from: 'project:rook' }), 400, 'invalid_input');
  });
});

describe('GET /api/queries', () => {
  it('lists every named query with its params and columns', async () => {
    const res = await request(app).get('/api/queries');
    expect(res.status).toBe(200);
    const files = allCypherFiles().filter((f) => f.group === 'queries');
    expect(res.body.queries.map((q: { name: string }) => q.name).sort()).toEqual(files.map((f) => f.name).sort());
    const top = res.body.queries.find((q: { name: string }) => q.name === 'top-projects');
    expect(top.params).toEqual([{ name: 'limit', type: expect.stringMatching(/^integer/) }]);
    expect(top.description.length).toBeGreaterThan(10);
    expect(top.columns).toContain('talks');
    expect(top.cypher).toBe(files.find((f) => f.name === 'top-projects')!.body);
  });

  it('runs a named query with params from the query string', async () => {
    const res = await request(app).get('/api/queries/top-projects').query({ limit: 2 });
    expect(res.status).toBe(200);
    expect(res.body.columns).toContain('name');
    expect(res.body.rows.length).toBeGreaterThan(0);
    expect(res.body.rows.length).toBeLessThanOrEqual(2);
    expect(res.body.rows[0].id).toBe(topProject());
  });

  it('runs a query whose rows hold graph elements', async () => {
    const res = await request(app).get('/api/queries/entity-details').query({ id: 'project:rook' });
    expect(res.status).toBe(200);
    expect(res.body.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toEqual(['project:rook']);
  });

  it('answers 404 for an unknown query and 400 for bad params', async () => {
    expectError(await request(app).get('/api/queries/drop-everything'), 404, 'not_found');
    expectError(await request(app).get('/api/queries/top-projects').query({ limit: 'lots' }), 400, 'invalid_params');
    expectError(await request(app).get('/api/queries/top-projects').query({ limit: 100000 }), 400, 'invalid_params');
    expectError(await request(app).get('/api/queries/entity-details'), 400, 'invalid_params');
    expectError(await request(app).get('/api/queries/top-projects').query({ limit: 2, evil: 'x' }), 400, 'invalid_input');
    expectError(await request(app).get('/api/queries/Bad%20Name'), 400, 'invalid_input');
  });
});

describe('unknown routes', () => {
  it('answer 404 JSON', async () => {
    expectError(await request(app).get('/api/nothing-here'), 404, 'not_found');
    expectError(await request(app).delete('/api/graph'), 404, 'not_found');
    expectError(await request(app).get('/'), 404, 'not_found');
    expectError(await request(app).get('/api/entities/%E0%A4%A'), 400, 'bad_request');
  });
});
