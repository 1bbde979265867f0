// The /embed page inside an iframe of another page: it draws the focus neighbourhood, shows the caption as text, follows the frame's size.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { seedGraph } from './support/seed-graph.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const ARTIFACTS = 'test-results';
const HOSTILE_CAPTION = 'Who builds <b>storage</b>? <img src=x onerror="window.__pwned=1">';

/** The project mentioned by the most talks, and its 1-hop neighbourhood, read from the graph data. */
function busiestProject(graph: KnowledgeGraph): { id: string; name: string; hood: Set<string> } {
  const counts = new Map<string, number>();
  for (const e of graph.elements.edges) if (e.data.type === 'MENTIONS') counts.set(e.data.target, (counts.get(e.data.target) ?? 0) + 1);
  const projects = graph.elements.nodes.filter((n) => n.data.type === 'Project');
  projects.sort((a, b) => (counts.get(b.data.id) ?? 0) - (counts.get(a.data.id) ?? 0));
  const top = projects[0];
  if (!top) throw new Error('the seed graph has no project');
  const hood = new Set([top.data.id]);
  for (const e of graph.elements.edges) {
    if (e.data.source === top.data.id) hood.add(e.data.target);
    if (e.data.target === top.data.id) hood.add(e.data.source);
  }
  return { id: top.data.id, name: top.data.name, hood };
}

/** A page on another origin (another port) that frames `src`: what a slide deck on the web does. */
async function hostPage(): Promise<{ server: Server; url: (src: string, w: number, h: number) => string }> {
  const server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://host').searchParams;
    const src = (q.get('src') ?? '').replace(/"/g, '&quot;');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><h1>My slide</h1><iframe id="embed" src="${src}" width="${Number(q.get('w'))}" height="${Number(q.get('h'))}" style="border:0"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: (src, w, h) => `http://127.0.0.1:${port}/?src=${encodeURIComponent(src)}&w=${w}&h=${h}` };
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#embed');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForFunction(() => window.__confgraphRendered !== undefined);
  await frame.evaluate(() => window.__confgraphRendered);
  return frame;
}

describe.skipIf(!chromiumAvailable('embed e2e'))('/embed in an iframe', () => {
  let browser: Browser;
  let server: TestServer;
  let graph: KnowledgeGraph;
  let host: Awaited<ReturnType<typeof hostPage>>;

  beforeAll(async () => {
    graph = await seedGraph();
    [server, browser, host] = await Promise.all([startTestServer(graph), launchBrowser(), hostPage()]);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    host?.server.close();
  });

  it('draws the focus neighbourhood by name, with the caption as text, and follows the frame size', async () => {
    const focus = busiestProject(graph);
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const src = `${server.url}/embed?focus=${encodeURIComponent(focus.name.toLowerCase())}&depth=1&theme=slides&caption=${encodeURIComponent(HOSTILE_CAPTION)}`;
    // A page on another origin frames it: frame-ancestors must allow that.
    await page.goto(host.url(src, 640, 360));
    const frame = await embedFrame(page);

    const visible = await frame.evaluate(() => window.cy?.nodes(':visible').map((n) => n.id()) ?? []);
    expect(new Set(visible)).toEqual(focus.hood);
    expect(await frame.locator('#embed-caption').innerText()).toBe(HOSTILE_CAPTION);
    expect(await frame.locator('#embed-caption img, #embed-caption b').count()).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Drawn, not blank: the canvas holds more than one colour.
    const shot = await page.locator('iframe#embed').screenshot({ path: `${ARTIFACTS}/embed-iframe.png` });
    expect(shot.length).toBeGreaterThan(5_000);

    expect(await frame.evaluate(() => window.cy?.width())).toBe(640);
    await page.evaluate(() => document.getElementById('embed')?.setAttribute('width', '900'));
    await frame.waitForFunction(() => window.cy?.width() === 900);
    // After the resize every visible node is still inside the frame (refitted).
    const inside = await frame.evaluate(() => {
      const cy = window.cy;
      if (!cy) return false;
      const bb = cy.nodes(':visible').renderedBoundingBox({});
      return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
    });
    expect(inside).toBe(true);
    await page.close();
  });

  it('shows an unknown focus as a plain message and still draws', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
    await page.goto(host.url(`${server.url}/embed?focus=no-such-thing-xyz&labels=off`, 600, 300));
    const frame = await embedFrame(page);
    expect(await frame.locator('#embed-status').innerText()).toContain('no-such-thing-xyz');
    // Everything is drawn but the Post node, which embeds leave out unless asked for.
    expect(await frame.evaluate(() => window.cy?.nodes(':visible').length)).toBe(graph.elements.nodes.filter((n) => n.data.type !== 'Post').length);
    await page.close();
  });
});
