// The explorer in Debian's Chromium against the real server and embedded store loaded with the seed post.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer } from './support/explorer-page.ts';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { seedGraph, talksMentioning } from './support/seed-graph.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const ARTIFACTS = 'test-results';

describe.skipIf(!chromiumAvailable('explorer e2e'))('explorer in Chromium (seed graph)', () => {
  let browser: Browser;
  let server: TestServer;
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    graph = await seedGraph();
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path = '/'): Promise<Page> => openExplorer(browser, `${server.url}${path}`);

  async function apiNodeCount(): Promise<number> {
    const res = await fetch(`${server.url}/api/graph`);
    const body = (await res.json()) as KnowledgeGraph;
    return body.elements.nodes.length;
  }

  it('draws the seed graph: every node of the API is on the canvas, laid out, and a screenshot is kept', async () => {
    const page = await open();
    const expected = await apiNodeCount();
    expect(expected).toBeGreaterThan(50);
    const drawn = await page.evaluate(() => {
      const cy = window.cy!;
      const visible = cy.nodes(':visible');
      const xs = new Set(visible.map((n) => Math.round(n.position('x'))));
      return { total: cy.nodes().length, visible: visible.length, distinctX: xs.size, attr: document.body.dataset.nodeCount };
    });
    expect(drawn.total).toBe(expected);
    expect(drawn.attr).toBe(String(expected));
    // Laid out: the visible nodes are spread over many positions, not stacked at the origin.
    expect(drawn.visible).toBeGreaterThan(50);
    expect(drawn.distinctX).toBeGreaterThan(drawn.visible / 2);
    const canvasCount = await page.locator('#cy canvas').count();
    expect(canvasCount).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-main.png` });
    await page.close();
  });

  it('searching "Rook" opens a panel listing the talks that mention Rook with their video links', async () => {
    const page = await open();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Rook');
    await page.locator('.ac-item').first().waitFor();
    await expect.poll(() => page.locator('.ac-item').first().innerText()).toContain('Rook');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe('Rook');

    const expected = talksMentioning(graph, 'project:rook');
    expect(expected.length).toBeGreaterThan(0);
    const cards = page.locator('.mentioning-talks .talk-card');
    expect(await cards.count()).toBe(expected.length);
    const shown = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-talk-id')));
    expect(new Set(shown)).toEqual(new Set(expected));
    for (const id of expected) {
      const talk = graph.elements.nodes.find((n) => n.data.id === id)?.data;
      const card = page.locator(`.mentioning-talks .talk-card[data-talk-id="${id}"]`);
      if (talk?.type === 'Talk' && talk.videoUrl) {
        expect(await card.locator('a.video-link').getAttribute('href')).toBe(talk.videoUrl);
      }
      expect(await card.locator('.evidence').count()).toBeGreaterThan(0);
    }
    // The selection is in the URL and highlighted on the graph.
    expect(new URL(page.url()).searchParams.get('sel')).toBe('project:rook');
    expect(await page.evaluate(() => window.cy!.getElementById('project:rook').hasClass('cg-selected'))).toBe(true);
    await page.close();
  });

  it('a named query from the library fills the result table', async () => {
    const page = await open('/?tab=console');
    const item = page.locator('[data-query="top-projects"]');
    await item.waitFor();
    await item.click();
    await page.locator('#result-table tbody tr').first().waitFor();
    const api = (await (await fetch(`${server.url}/api/queries/top-projects?limit=20`)).json()) as { rows: Array<{ name: string }> };
    expect(api.rows.length).toBeGreaterThan(0);
    expect(await page.locator('#result-table tbody tr').count()).toBe(api.rows.length);
    expect(await page.locator('#result-table').innerText()).toContain(api.rows[0]!.name);
    expect(new URL(page.url()).searchParams.get('query')).toBe('top-projects');
    await page.close();
  });

  it('a write query shows the error and leaves the graph unchanged', async () => {
    const page = await open('/?tab=console');
    const before = await page.evaluate(() => window.cy!.nodes().length);
    await page.locator('#cypher-editor').fill("CREATE (p:Project {id: 'project:evil', name: 'Evil'}) RETURN p");
    await page.locator('#cypher-run').click();
    const error = page.locator('#cypher-error');
    await error.waitFor();
    expect((await error.innerText()).toLowerCase()).toMatch(/read-only|refused|write/);
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(before);
    expect(await page.evaluate(() => window.cy!.getElementById('project:evil').empty())).toBe(true);
    expect(await apiNodeCount()).toBe(before);
    await page.close();
  });

  it('a deep link restores its view: selection, focus and depth, types, tab, table filter and theme', async () => {
    const link = '/?sel=project%3Arook&focus=project%3Arook&depth=1&types=Project,Talk&tab=table&theme=dark&tq=rook';
    const page = await open(link);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('#tab-table').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-table').isVisible()).toBe(true);
    expect(await page.locator('#table-filter').inputValue()).toBe('rook');
    const rows = await page.locator('#talks-table tbody tr').count();
    expect(rows).toBe(talksMentioning(graph, 'project:rook').length);
    expect(await page.locator('#chip-focus').innerText()).toContain('Rook');
    const view = await page.evaluate(() => {
      const cy = window.cy!;
      const rook = cy.getElementById('project:rook');
      const hood = rook.closedNeighborhood().nodes();
      const visible = cy.nodes(':visible');
      return {
        visible: visible.length,
        outside: visible.filter((n) => !hood.contains(n)).length,
        types: [...new Set(visible.map((n) => n.data('type') as string))].sort(),
        selected: rook.hasClass('cg-selected'),
      };
    });
    expect(view.visible).toBeGreaterThan(1);
    expect(view.outside).toBe(0);
    expect(view.types).toEqual(['Project', 'Talk']);
    expect(view.selected).toBe(true);
    // The panel (Details tab) holds Rook too.
    await page.locator('#tab-details').click();
    expect(await page.locator('#panel-title').innerText()).toBe('Rook');
    // Details is the default tab, and defaults stay out of the URL.
    expect(new URL(page.url()).searchParams.get('tab')).toBeNull();
    await page.close();
  });
});
