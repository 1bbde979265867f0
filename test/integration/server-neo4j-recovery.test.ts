// On a real local Neo4j: when the engine stops the API answers 503 (and /api/health says so); when it
// comes back on the same port the same app recovers without a restart. Under CI=true it must run.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { startLocalNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { seedGraph } from './server-fixture.ts';

const isCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

let neo: Neo4jHandle | null = null;
let store: GraphStore | null = null;
let app: ConfgraphApp;

beforeAll(async () => {
  try {
    neo = await startLocalNeo4j();
  } catch (error) {
    if (isCi) throw new Error(`CI=true and the local Neo4j could not be started: ${String(error)}`, { cause: error });
    console.warn(`\n${'!'.repeat(78)}\n!! local Neo4j unavailable, SKIPPING the server recovery suite: ${String(error)}\n${'!'.repeat(78)}\n`);
    return;
  }
  store = Neo4jStore.connect({ uri: neo.uri, user: neo.user, password: neo.password });
  await store.init();
  await store.clear();
  await store.load(await seedGraph());
  app = createApp({ store, options: { logError: () => undefined } });
});

afterAll(async () => {
  await store?.close();
  await neo?.stop();
});

/** Polls until /api/health answers 200; the driver reconnects on its own, no restart involved. */
async function waitForHealthy(attempts = 120): Promise<request.Response> {
  let last: request.Response | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await request(app).get('/api/health');
    if (last.status === 200) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  return last!;
}

describe('the API over Neo4j going down and coming back', () => {
  it('answers 503 while Neo4j is down and recovers when it is back', async (ctx) => {
    if (!neo || !store) {
      ctx.skip();
      return;
    }
    const healthy = await request(app).get('/api/health');
    expect(healthy.status).toBe(200);
    expect(healthy.body).toEqual({ ok: true, store: 'neo4j' });
    const before = await request(app).get('/api/entities/project:rook');
    expect(before.status).toBe(200);
    expect(before.body.talks.length).toBeGreaterThan(0);

    await neo.stopEngine!();

    const health = await request(app).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false, store: 'neo4j', error: { code: 'store_unavailable' } });
    for (const [what, call] of [
      ['entity', () => request(app).get('/api/entities/project:rook')],
      ['graph', () => request(app).get('/api/graph')],
      ['talks', () => request(app).get('/api/talks')],
      ['cypher', () => request(app).post('/api/cypher').send({ query: 'MATCH (n) RETURN count(n) AS n' })],
    ] as const) {
      const res = await call();
      expect(res.status, what).toBe(503);
      expect(res.body.error.code).toBe('store_unavailable');
      expect(res.body.error.message).toMatch(/cannot be reached.*\/api\/health/);
      expect(Number(res.headers['retry-after']), what).toBeGreaterThan(0);
      // The driver's words (the database's address and port) stay in the log.
      expect(res.text, what).not.toContain(new URL(neo.uri).port);
      expect(res.text, what).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }

    await neo.startEngine!();

    expect((await waitForHealthy()).body).toEqual({ ok: true, store: 'neo4j' });
    const after = await request(app).get('/api/entities/project:rook');
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    const cypher = await request(app).post('/api/cypher').send({ query: "MATCH (p:Project {id: 'project:rook'}) RETURN p.name AS name" });
    expect(cypher.body.rows).toEqual([{ name: 'Rook' }]);
  });
});
