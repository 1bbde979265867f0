// A post holding <script>, onerror markup and `javascript:` links runs nothing in the explorer: all of it shows as text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { HOSTILE_EVIDENCE, HOSTILE_PROJECT_NAME, HOSTILE_TALK_TITLE, hostileGraph } from './support/hostile-graph.ts';
import { emptyGraph } from '../../extractor/schema.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

describe.skipIf(!chromiumAvailable('explorer safety e2e'))('explorer with hostile data', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    const graph = await hostileGraph();
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page that records every dialog and page error. */
  async function open(path: string): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    await page.evaluate(() => window.__confgraphRendered);
    return { page, dialogs };
  }

  async function assertNothingRan(page: Page, dialogs: string[]): Promise<void> {
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const badLinks = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^https?:/i.test(h) && !h.startsWith('#')),
    );
    expect(badLinks).toEqual([]);
    // Nothing from data became an element: the only <img>/<script> are none, the page's own script only.
    expect(await page.locator('main img, main iframe').count()).toBe(0);
    expect(await page.locator('main script, header script').count()).toBe(0);
  }

  it('a hostile project shows its name and evidence as text, with unsafe links left unlinked', async () => {
    const { page, dialogs } = await open('/?sel=project%3Aevilctl&types=Project,Talk,Post,Event,Person,Organization');
    expect(await page.locator('#panel-title').innerText()).toBe(HOSTILE_PROJECT_NAME);
    const evidence = page.locator('.mentioning-talks .evidence').first();
    expect(await evidence.innerText()).toContain(HOSTILE_EVIDENCE.slice(0, 30));
    expect(await page.locator('.mentioning-talks .talk-card h4').innerText()).toBe(HOSTILE_TALK_TITLE);
    // javascript: video/post links and the homepage stay plain text.
    expect(await page.locator('.mentioning-talks a.video-link').count()).toBe(0);
    expect(await page.locator('.mentioning-talks .unsafe-link').count()).toBeGreaterThan(0);
    await assertNothingRan(page, dialogs);
    await page.close();
  });

  it('the extracted hostile talk, the table and a console result run nothing either', async () => {
    const { page, dialogs } = await open('/?sel=talk%3Aevil%2Fpwning&tab=table&types=Project,Talk,Post,Event,Person,Organization');
    expect(await page.locator('#panel-title').innerText()).toBe(HOSTILE_TALK_TITLE);
    expect(await page.locator('#talks-table').innerText()).toContain(HOSTILE_TALK_TITLE);
    await page.locator('#tab-console').click();
    await page.locator('#cypher-editor').fill('MATCH (n) RETURN n.name AS name, n.url AS url, n');
    await page.locator('#cypher-run').click();
    await page.locator('#result-table tbody tr').first().waitFor();
    expect(await page.locator('#result-table').innerText()).toContain(HOSTILE_PROJECT_NAME);
    // Every node of the extracted post too, including its javascript: post URL.
    const post = await page.evaluate(() => window.cy!.nodes('[type = "Post"]').map((n) => n.id()));
    expect(post.length).toBe(1);
    // Braces: returning the collection would make Playwright serialize the whole Cytoscape object graph.
    await page.evaluate((id) => {
      window.cy!.getElementById(id).emit('tap');
    }, post[0]!);
    await page.locator('#tab-details').click();
    expect(await page.locator('#panel-title').innerText()).toContain('<script>');
    await assertNothingRan(page, dialogs);
    await page.close();
  });

  it('an empty store shows a clear message instead of a blank canvas, and the page still works', async () => {
    const empty = await startTestServer(emptyGraph());
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${empty.url}/?sel=project%3Arook`);
      await page.evaluate(() => window.__confgraphRendered);
      expect(await page.locator('#graph-status').innerText()).toMatch(/empty/i);
      expect(await page.locator('#panel-details').innerText()).toContain('No node with id "project:rook"');
      expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await empty.close();
    }
  });
});
