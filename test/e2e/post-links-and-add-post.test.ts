// Links that open and "Add a post", in Chromium: a talk's "Post section" link opens the app's page of the stored post
// on that talk's heading; a pasted post goes through POST /api/posts and the dialog shows what was found.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../extractor/index.ts';
import { archivingExtract } from '../../server/archiving-extract.ts';
import { PostArchive } from '../../server/post-archive.ts';
import { ROOT } from '../support/built.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

describe.skipIf(!chromiumAvailable('post links and add-post e2e'))('post pages and adding posts', () => {
  let browser: Browser;
  let server: TestServer;
  const archiveDir = mkdtempSync(path.join(tmpdir(), 'confgraph-archive-'));

  beforeAll(async () => {
    const archive = new PostArchive(archiveDir);
    const archiving = archivingExtract(extract, archive);
    // The seed post goes in as `npm start` loads it: its links point at /posts/<slug>/ and its markdown is kept.
    const graph = await archiving(readFileSync(path.join(ROOT, 'data/posts/KubeCon-2017-Austin.md'), 'utf8'), { source: 'KubeCon-2017-Austin.md' });
    [server, browser] = await Promise.all([startTestServer(graph, { extract: archiving, postArchive: archive }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(archiveDir, { recursive: true, force: true });
  });

  it('a talk\'s "Post section" link opens the stored post on that talk\'s heading', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A project's side panel lists the talks that mention it, each with its "Post section" link.
    await page.goto(`${server.url}/?sel=${encodeURIComponent('project:kubernetes')}`);
    await page.evaluate(() => window.__confgraphRendered);
    const link = page.locator('.talk-card a.post-link', { hasText: 'Post section' }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/posts\/kubecon-2017-austin\/#.+/);
    const anchor = decodeURIComponent(new URL(href ?? '').hash.slice(1));
    const [post] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await post.waitForLoadState('domcontentloaded');
    expect(new URL(post.url()).pathname).toBe('/posts/kubecon-2017-austin/');
    const target = await post.evaluate(() => {
      const el = document.querySelector(':target');
      const box = el?.getBoundingClientRect();
      return el ? { id: el.id, tag: el.tagName, top: box?.top ?? -1 } : null;
    });
    expect(target?.id).toBe(anchor);
    expect(target?.tag).toMatch(/^H[1-6]$/);
    // Scrolled to it: the heading is at the top of the window.
    expect(target?.top).toBeGreaterThanOrEqual(0);
    expect(target?.top).toBeLessThan(200);
    await context.close();
  });

  it('"Add post": a pasted post is added and the dialog lists its talks, entities and warnings', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/`);
    await page.evaluate(() => window.__confgraphRendered);
    await page.click('#cg-add-button');
    const post = '---\ntitle: PasteConf 2032\n---\n## Talks\n### Pasting Posts - Ann Lee, Acme\n{{< youtube CCCCCCCCCCC >}}\nKubernetes and Prometheus are great.\n';
    await page.fill('#cg-add-text', post);
    await page.click('#cg-add-submit');
    await page.waitForSelector('#cg-add-show');
    const result = await page.locator('#cg-add-result').innerText();
    expect(result).toMatch(/PasteConf 2032: 1 talk\(s\)/);
    expect(result).toMatch(/Talk \(1\)\s+Pasting Posts/);
    expect(result).toMatch(/Project \(\d+\)\s+.*Kubernetes/);
    expect(result).toMatch(/Person \(1\)\s+Ann Lee/);
    await page.click('#cg-add-show');
    await page.waitForURL(/focus=post%3Apasteconf-2032/);
    await page.evaluate(() => window.__confgraphRendered);
    expect(await page.evaluate(() => window.cy?.$id('talk:CCCCCCCCCCC').visible())).toBe(true);
    await page.close();
  });

  it('"Add post": what the server refuses is said in the dialog', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/`);
    await page.evaluate(() => window.__confgraphRendered);
    await page.click('#cg-add-button');
    await page.click('#cg-add-submit');
    expect(await page.locator('.cg-add-status').innerText()).toMatch(/Nothing to add/);
    await page.close();
  });
});
