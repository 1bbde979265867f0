// Headers, framing, rate limits, the OpenAPI document and error hygiene, over the real embedded store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../store/graph-store.ts';
import { StoreUnavailableError } from '../../store/errors.ts';
import { ROUTE_MODULES, createApp, type ConfgraphApp } from '../../server/app.ts';
import { resolveOptions } from '../../server/options.ts';
import { SearchIndex } from '../../server/search-index.ts';
import { ViewCache, type CachedJson } from '../../server/view-cache.ts';
import { seedGraph, seededStore } from './server-fixture.ts';

let store: GraphStore;
let app: ConfgraphApp;
let webDist: string;

beforeAll(async () => {
  store = await seededStore(await seedGraph());
  webDist = mkdtempSync(path.join(tmpdir(), 'confgraph-dist-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>confgraph</title>');
  writeFileSync(path.join(webDist, 'embed.html'), '<!doctype html><title>embed</title>');
  app = createApp({ store, options: { webDist, frameAncestors: ['https://slides.example.org'] } });
});
afterAll(async () => {
  await store?.close();
  rmSync(webDist, { recursive: true, force: true });
});

function csp(res: request.Response): Map<string, string> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(header.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));
}

describe('security headers', () => {
  it('the API and the app may be framed only by themselves', async () => {
    for (const url of ['/api/health', '/', '/index.html']) {
      const res = await request(app).get(url);
      expect(res.status).toBe(200);
      expect(csp(res).get('frame-ancestors')).toBe("'self'");
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(csp(res).get('script-src')).toBe("'self'");
      expect(csp(res).get('object-src')).toBe("'none'");
      expect(csp(res).get('frame-src')).toContain("'self'");
    }
  });

  it('/embed may be framed by the configured ancestors', async () => {
    const res = await request(app).get('/embed');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>embed</title>');
    expect(csp(res).get('frame-ancestors')).toBe("'self' https://slides.example.org");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('/embed defaults to any ancestor, file:// slide decks included: no frame-ancestors, no X-Frame-Options', async () => {
    const open = createApp({ store, options: { webDist, frameAncestors: ['*'] } });
    const res = await request(open).get('/embed');
    expect(csp(res).has('frame-ancestors')).toBe(false);
    expect(csp(res).get('script-src')).toBe("'self'");
    expect(res.headers['x-frame-options']).toBeUndefined();
  });

  it('/embed says plainly when the web app is not built', async () => {
    const res = await request(createApp({ store })).get('/embed');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/npm run build/);
  });

  it('does not announce Express', async () => {
    expect((await request(app).get('/api/health')).headers['x-powered-by']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('answers 429 JSON once /api/cypher is over its limit', async () => {
    const limited = createApp({ store, options: { rateLimit: { cypherMax: 2, windowMs: 60_000 } } });
    const send = () => request(limited).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const third = await send();
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('rate_limited');
    // Other routes are not limited.
    expect((await request(limited).get('/api/health')).status).toBe(200);
  });

  it('answers 429 once /api/posts is over its limit', async () => {
    const limited = createApp({ store, options: { rateLimit: { postsMax: 1, windowMs: 60_000 } } });
    // Both requests are refused as empty posts, but they still count against the limit.
    const send = () => request(limited).post('/api/posts').set('content-type', 'text/markdown').send(' ');
    expect((await send()).status).toBe(400);
    const second = await send();
    expect(second.status).toBe(429);
    expect(second.body.error.message).toMatch(/Too many post upload requests/);
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route the app serves', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.text) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    // Read the real routes off an Express router the route modules mount on.
    const router = express.Router();
    const ctx = { store, options: resolveOptions(), search: new SearchIndex(() => store.exportGraph()), entities: new ViewCache<CachedJson>(0), graphChanged: () => undefined };
    for (const mod of ROUTE_MODULES) mod.mount(router, ctx);
    const served = router.stack.flatMap((layer) => {
      const route = layer.route as { path: string; methods?: Record<string, boolean> } | undefined;
      if (!route) return [];
      const methods = Object.keys(route.methods ?? {}).filter((m) => m !== '_all');
      return methods.map((m) => [route.path.replace(/:(\w+)/g, '{$1}'), m] as const);
    });
    expect(served.length).toBeGreaterThanOrEqual(11);
    for (const [p, method] of [...served, ['/api/openapi.json', 'get'] as const]) {
      expect(doc.paths[p]?.[method], `${method.toUpperCase()} ${p}`).toBeDefined();
    }
    const search = doc.paths['/api/search']!.get as { parameters: Array<{ name: string; required: boolean }> };
    expect(search.parameters.find((p) => p.name === 'q')?.required).toBe(true);
  });
});

describe('error hygiene', () => {
  it('a store failure nobody expected is a 500 without details', async () => {
    const broken = Object.create(store) as GraphStore;
    broken.exportGraph = () => Promise.reject(new Error('secret internal detail at /srv/x.ts:12'));
    const logged: unknown[] = [];
    const res = await request(createApp({ store: broken, options: { logError: (e) => logged.push(e) } })).get('/api/graph');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal server error.' } });
    expect(res.text).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('an unreachable store is a 503 with a clear message, and /api/health says so', async () => {
    const down = Object.create(store) as GraphStore;
    down.runNamed = () => Promise.reject(new StoreUnavailableError('connection refused'));
    down.health = () => Promise.resolve(false);
    const downApp = createApp({ store: down });
    const res = await request(downApp).get('/api/entities/project:rook');
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/cannot be reached/);
    const health = await request(downApp).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false, store: 'embedded' });
  });
});
