// The attack run of issue 11 as a test, on both stores through POST /api/cypher: every write, file or URL read,
// transaction/admin command and dbms procedure (each also behind the comment and control-character tricks) is refused
// with a 4xx, no file or URL content is in any answer, nothing is fetched, the graph is unchanged; huge answers are a
// 422, deep params a 400, and TERMINATE cannot touch another client's transaction.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCypherFiles } from '../../store/cypher-files.ts';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { createApp, type ConfgraphApp } from '../../server/app.ts';
import { acquireNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { WRITES, evasiveReads, leakingReads } from './hostile-cypher.ts';
import { seedGraph, sortedGraph } from './store-seed.ts';

const TOKEN = `redteam-${process.pid}-${Date.now()}`;
const FILE_SECRET = `file-secret-${TOKEN}`;
const URL_SECRET = `url-secret-${TOKEN}`;

/** What must never appear in an answer: the planted file, the canary URL's body, /etc/passwd, other clients' transactions. */
const LEAKS = [FILE_SECRET, URL_SECRET, 'root:x:0:0', 'neo4j-transaction-', 'bolt-', 'secret-param'];

let canary: Server;
let canaryHits = 0;
let secretDir: string;
let target: { fileUrl: string; httpUrl: string };

beforeAll(async () => {
  secretDir = mkdtempSync(path.join(tmpdir(), 'confgraph-redteam-'));
  const file = path.join(secretDir, 'secret.csv');
  writeFileSync(file, `name,value\nsecret,${FILE_SECRET}\n`);
  canary = createServer((_req, res) => {
    canaryHits++;
    res.end(`name,value\nsecret,${URL_SECRET}\n`);
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  const address = canary.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  target = { fileUrl: pathToFileURL(file).href, httpUrl: `http://127.0.0.1:${port}/internal.csv` };
});
afterAll(async () => {
  await new Promise((resolve) => canary.close(resolve));
  rmSync(secretDir, { recursive: true, force: true });
});

function expectNoLeak(text: string, what: string): void {
  for (const leak of LEAKS) expect(text.includes(leak), `${what} leaked ${leak}: ${text.slice(0, 300)}`).toBe(false);
}

/** Params for a library query: distinct ids, small integers, lists of strings. */
function libraryParams(params: Array<{ name: string; type: string }>): Record<string, unknown> {
  const ids = ['project:rook', 'project:kubernetes'];
  return Object.fromEntries(
    params.map((p, i) => [p.name, p.type.startsWith('integer') ? 2 : p.type.startsWith('list') ? ['Project'] : p.type.includes('null') ? null : ids[i % 2]]),
  );
}

function redTeamSuite(name: string, open: () => Promise<{ store: GraphStore; handle?: Neo4jHandle } | null>): void {
  describe(`red team: ${name}`, () => {
    let store: GraphStore | null = null;
    let handle: Neo4jHandle | undefined;
    let app: ConfgraphApp;
    let before: ReturnType<typeof sortedGraph>;
    const cypher = (query: string, params?: Record<string, unknown>) => request(app).post('/api/cypher').send(params ? { query, params } : { query });

    beforeAll(async () => {
      const opened = await open();
      if (!opened) return;
      ({ store, handle } = opened);
      await store.init();
      await store.clear();
      await store.load(await seedGraph());
      app = createApp({ store, options: { rateLimit: { cypherMax: 1_000_000 } } });
      before = sortedGraph(await store.exportGraph());
    });
    afterAll(async () => {
      await store?.close();
      await handle?.stop();
    });

    it(`refuses ${WRITES.length} writes and every leaking read behind every evasion with a 4xx; nothing leaks, nothing is fetched`, async (ctx) => {
      if (!store) return ctx.skip();
      const payloads = [...WRITES, ...leakingReads(target), ...evasiveReads(target)];
      expect(payloads.length).toBeGreaterThanOrEqual(65);
      for (const payload of payloads) {
        const res = await cypher(payload);
        expect(res.status >= 400 && res.status < 500, `${JSON.stringify(payload)} -> ${res.status} ${res.text.slice(0, 200)}`).toBe(true);
        expect(res.body.error?.code, JSON.stringify(payload)).toMatch(/^(read_only|query_syntax)$/);
        expectNoLeak(res.text, JSON.stringify(payload));
      }
      const viaParam = await cypher('LOAD CSV FROM $u AS l RETURN l', { u: target.httpUrl });
      expect([400, 403]).toContain(viaParam.status);
      expect(canaryHits).toBe(0);
      expect(sortedGraph(await store.exportGraph())).toEqual(before);
    });

    it('still answers every query of the library (cypher/queries) as a read', async (ctx) => {
      if (!store) return ctx.skip();
      for (const file of allCypherFiles().filter((f) => f.group === 'queries')) {
        const res = await cypher(file.body, libraryParams(file.params));
        expect(res.status, `${file.name}: ${res.text.slice(0, 300)}`).toBe(200);
      }
    });

    it('refuses an answer larger than the byte cap with a 422 that names the limit, then answers again', async (ctx) => {
      if (!store) return ctx.skip();
      const res = await cypher("RETURN reduce(s = 'x', i IN range(1, 24) | s + s) AS s");
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('query_limit');
      expect(res.body.error.message).toMatch(/larger than the limit of 8 MB/);
      expect(res.text.length).toBeLessThan(2_000);
      const small = createApp({ store, options: { cypher: { maxBytes: 4_096 } } });
      const rows = await request(small).post('/api/cypher').send({ query: 'MATCH (n) RETURN n' });
      expect(rows.status).toBe(422);
      expect(rows.body.error.message).toMatch(/limit of 4 kB/);
      expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([{ one: 1 }]);
    });

    it('refuses a one-row answer of 268 MB with a 422, and it never reaches the server\'s memory', async (ctx) => {
      if (!store) return ctx.skip();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      try {
        const res = await request(createApp({ store, options: { cypher: { timeoutMs: 60_000 } } }))
          .post('/api/cypher')
          .send({ query: "RETURN reduce(s = 'x', i IN range(1, 28) | s + s) AS s" });
        expect(res.status).toBe(422);
        expect(res.body.error.message).toMatch(/larger than the limit of 8 MB|memory a query may use/);
      } finally {
        clearInterval(sampler);
      }
      // The attack run saw the server reach 2.5 GB; the string lives and dies in the query process.
      expect((peak - before) / 1048576).toBeLessThan(150);
      expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([{ one: 1 }]);
    });

    it('answers params nested 4,000 deep with a 400, not a 500', async (ctx) => {
      if (!store) return ctx.skip();
      let deep: unknown = 'bottom';
      for (let i = 0; i < 4_000; i++) deep = { a: deep };
      const res = await cypher('RETURN $p AS p', { p: deep });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_params');
      expect(res.body.error.message).toMatch(/nested more than 32 levels/);
    });

    // Only Neo4j has other clients' transactions to see or end.
    if (name === 'neo4j') it('TERMINATE and SHOW TRANSACTIONS cannot see or end another client\'s transaction', async (ctx) => {
      if (!store || !handle) return ctx.skip();
      const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.user, handle.password));
      const session = driver.session();
      try {
        const tx = session.beginTransaction({ metadata: { app: 'other-client' } });
        await tx.run('MATCH (n) WHERE n.id = $secret RETURN count(n) AS c', { secret: 'secret-param' });
        for (const payload of leakingReads(target).filter((p) => /TRANSACTIONS/.test(p))) {
          const res = await cypher(payload);
          expect([400, 403], payload).toContain(res.status);
          expectNoLeak(res.text, payload);
        }
        await tx.run("MERGE (n:Probe {id: 'probe:still-alive'})");
        await tx.rollback();
      } finally {
        await session.close();
        await driver.close();
      }
    });
  });
}

redTeamSuite('embedded', async () => ({ store: EmbeddedStore.create() }));

describe('red team: the embedded reader under its memory cap', () => {
  it('stops a query that builds a 268 MB string (one row) at the cap with a 422, and answers the next query', async () => {
    const saved = process.env.CONFGRAPH_READER_MEMORY_MB;
    process.env.CONFGRAPH_READER_MEMORY_MB = '384';
    const store = EmbeddedStore.create();
    try {
      await store.init();
      const app = createApp({ store, options: { cypher: { maxBytes: 1024 * 1024 * 1024, timeoutMs: 60_000 } } });
      const res = await request(app).post('/api/cypher').send({ query: "RETURN reduce(s = 'x', i IN range(1, 28) | s + s) AS s" });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(/more than the 384 MB of memory a query may use/);
      expect((await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' })).body.rows).toEqual([{ one: 1 }]);
    } finally {
      if (saved === undefined) delete process.env.CONFGRAPH_READER_MEMORY_MB;
      else process.env.CONFGRAPH_READER_MEMORY_MB = saved;
      await store.close();
    }
  });
});
redTeamSuite('neo4j', async () => {
  const handle = await acquireNeo4j();
  return handle ? { store: Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password }), handle } : null;
});
