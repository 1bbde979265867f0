// The explorer's Export menu and Embed dialog in Chromium: PNG at the asked scale, the offline HTML from file:// with the network off, the embed snippet.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { seedGraph } from './support/seed-graph.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { pngSize } from '../unit/export/png-size.ts';

const ARTIFACTS = path.resolve('test-results');

describe.skipIf(!chromiumAvailable('export e2e'))('export menu and embed dialog', () => {
  let browser: Browser;
  let server: TestServer;
  let graph: KnowledgeGraph;
  let focusId: string;

  beforeAll(async () => {
    graph = await seedGraph();
    // The project most talks mention: a focus view with a fair number of nodes.
    const counts = new Map<string, number>();
    for (const e of graph.elements.edges) if (e.data.type === 'MENTIONS') counts.set(e.data.target, (counts.get(e.data.target) ?? 0) + 1);
    const projects = graph.elements.nodes.filter((n) => n.data.type === 'Project').sort((a, b) => (counts.get(b.data.id) ?? 0) - (counts.get(a.data.id) ?? 0));
    focusId = projects[0]?.data.id ?? '';
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openExplorer(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?focus=${encodeURIComponent(focusId)}&depth=1`);
    await page.evaluate(() => window.__confgraphRendered);
    await page.waitForSelector('#cg-export-button');
    return page;
  }

  async function exportVia(page: Page, format: string, scale?: string): Promise<string> {
    await page.click('#cg-export-button');
    if (scale) await page.selectOption('#cg-png-scale', scale);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[role="menuitem"][data-format="${format}"]`)]);
    const file = path.join(ARTIFACTS, `export-${download.suggestedFilename()}`);
    await download.saveAs(file);
    return file;
  }

  it('exports leave the selection highlight out unless asked, and the embed title names the focus', async () => {
    const page = await openExplorer();
    const focusName = graph.elements.nodes.find((n) => n.data.id === focusId)!.data.name;
    await page.evaluate((id) => window.cy!.getElementById(id).emit('tap'), focusId);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(focusId);
    // The highlight colour marks the focus root's border in any case; a kept selection adds it to every neighbour and edge.
    const highlighted = (svg: string) => svg.toLowerCase().split('#f59e0b').length - 1;
    const plain = readFileSync(await exportVia(page, 'svg'), 'utf8');
    expect(highlighted(plain)).toBeLessThanOrEqual(2);
    expect(plain).not.toContain('opacity="0.12"');
    expect(await page.evaluate(() => window.cy!.$('.cg-selected').length)).toBe(1);
    await page.click('#cg-export-button');
    await page.check('#cg-keep-selection');
    await page.click('#cg-export-button');
    const kept = readFileSync(await exportVia(page, 'svg'), 'utf8');
    expect(highlighted(kept)).toBeGreaterThan(highlighted(plain) + 3);
    await page.click('#cg-embed-button');
    expect(await page.inputValue('#cg-embed-snippet')).toContain(`title="confgraph: around ${focusName}"`);
    await page.close();
  });

  it('PNG: the menu is keyboard reachable and the file has the viewport size times the scale', async () => {
    const page = await openExplorer();
    await page.focus('#cg-export-button');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#cg-export-button', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#cg-export-menu')).toBe(true);

    const file = await exportVia(page, 'png', '3');
    await page.click('#cg-export-button');
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-menu.png') });
    await page.keyboard.press('Escape');
    const { w, h } = await page.evaluate(() => ({ w: window.cy?.width() ?? 0, h: window.cy?.height() ?? 0 }));
    expect(w).toBeGreaterThan(100);
    expect(pngSize(readFileSync(file))).toEqual({ width: w * 3, height: h * 3 });
    await page.context().close();
  });

  it('HTML: the downloaded file opened from file:// with every request aborted and the context offline shows the graph', async () => {
    const page = await openExplorer();
    const visible = await page.evaluate(() => window.cy?.nodes(':visible').map((n) => n.id()) ?? []);
    const file = await exportVia(page, 'html');
    await page.context().close();

    const offline = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    await offline.route('**/*', (route) => {
      if (!route.request().url().startsWith('file:')) requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const viewer = await offline.newPage();
    const errors: string[] = [];
    viewer.on('pageerror', (e) => errors.push(e.message));
    await viewer.goto(pathToFileURL(file).href);
    await viewer.waitForSelector('body[data-ready="true"]');
    const drawn = await viewer.$$eval('#stage g.node', (gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(new Set(drawn)).toEqual(new Set(visible));
    // The focus entity's label is on screen, and clicking it lists its neighbours as text.
    const focusName = graph.elements.nodes.find((n) => n.data.id === focusId)?.data.name ?? '';
    await viewer.click(`#stage g.node[data-id="${focusId}"]`);
    expect(await viewer.locator('#details h2').innerText()).toBe(focusName);
    expect(await viewer.locator('#details li').count()).toBeGreaterThan(0);
    await viewer.screenshot({ path: path.join(ARTIFACTS, 'export-offline-html.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await offline.close();
  });

  it('Embed: the dialog shows an iframe snippet for the current view and previews it', async () => {
    const page = await openExplorer();
    await page.click('#cg-embed-button');
    await page.selectOption('#cg-embed-theme', 'slides');
    await page.fill('#cg-embed-caption', 'Storage & friends <3');
    const snippet = await page.inputValue('#cg-embed-snippet');
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.origin).toBe(server.url);
    expect(url.pathname).toBe('/embed');
    expect(url.searchParams.get('focus')).toBe(focusId);
    expect(url.searchParams.get('depth')).toBe('1');
    expect(url.searchParams.get('theme')).toBe('slides');
    expect(url.searchParams.get('caption')).toBe('Storage & friends <3');
    expect(snippet).not.toContain('<3');
    // The preview frame draws the same view.
    const frame = page.frameLocator('#cg-embed-preview');
    await expect.poll(async () => frame.locator('#embed-caption').innerText().catch(() => ''), { timeout: 15_000 }).toBe('Storage & friends <3');
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-embed-dialog.png') });
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#cg-embed-dialog')).toBe(false);
    await page.context().close();
  });
});
