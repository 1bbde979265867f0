// Several conferences in one graph, in Chromium: the event on talk cards and in the table (column and filter), an
// event filter for the graph, and a project's talks per event as a small chart, oldest event first.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer } from './support/explorer-page.ts';
import { extract } from '../../extractor/index.ts';
import { mergeGraphs } from '../../extractor/merge.ts';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

const POSTS = ['data/posts/KubeCon-2017-Austin.md', 'test/fixtures/posts/kubecon-eu-2019-plain.md', 'test/fixtures/posts/2018-05-03-kubecon-eu-jekyll.md'];

describe.skipIf(!chromiumAvailable('many conferences e2e'))('many conferences', () => {
  let browser: Browser;
  let server: TestServer;
  let graph: KnowledgeGraph;
  const eventOf = (talkId: string) => {
    const n = graph.elements.nodes.find((x) => x.data.id === talkId)?.data;
    return n?.type === 'Talk' ? n.event : null;
  };

  beforeAll(async () => {
    graph = mergeGraphs(POSTS.map((file) => extract(readFileSync(file, 'utf8'), { source: file.split('/').pop() ?? file })));
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string): Promise<Page> => openExplorer(browser, `${server.url}${path}`);

  it('talk cards name their event, and a project shows its talks per event, oldest first', async () => {
    const page = await open('/?sel=project%3Akubernetes');
    const names = new Set(await page.locator('.mentioning-talks .talk-event').allInnerTexts());
    expect(names.size).toBeGreaterThanOrEqual(2);
    const bars = await page.locator('#event-trend .event-bar').evaluateAll((els) => els.map((e) => ({ event: e.getAttribute('data-event'), talks: Number(e.getAttribute('data-talks')) })));
    const expected = new Map<string, number>();
    for (const e of graph.elements.edges) {
      if (e.data.type !== 'MENTIONS' || e.data.target !== 'project:kubernetes') continue;
      const ev = eventOf(e.data.source);
      if (ev) expected.set(ev, (expected.get(ev) ?? 0) + 1);
    }
    expect(new Map(bars.map((b) => [b.event, b.talks]))).toEqual(expected);
    const years = bars.map((b) => (graph.elements.nodes.find((n) => n.data.id === b.event)?.data as { year: number }).year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await page.close();
  });

  it('the table has an Event column and an event filter, kept in the URL', async () => {
    const page = await open('/?tab=table');
    const headers = await page.locator('#talks-table th').allInnerTexts();
    expect(headers.map((h) => h.replace(/[▴▾]/g, '').trim())).toContain('Event');
    const event = 'event:kubecon-plus-cloudnativecon-europe-2019';
    await page.selectOption('#table-event', event);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event);
    const ids = await page.locator('#talks-table tbody tr td:first-child button.entity-link').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
    const expected = graph.elements.nodes.filter((n) => n.data.type === 'Talk' && n.data.event === event).map((n) => n.data.id);
    expect(new Set(ids)).toEqual(new Set(expected));
    const cells = new Set(await page.locator('#talks-table tbody td.event').allInnerTexts());
    expect(cells).toEqual(new Set(['KubeCon + CloudNativeCon Europe 2019']));
    await page.close();
  });

  it('the legend\'s event filter shows one conference\'s talks and what they link to', async () => {
    const page = await open('/');
    const event = 'event:kubecon-plus-cloudnativecon-europe-2018';
    await page.selectOption('#event-filter', event);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event);
    const shown = await page.evaluate(() => window.cy!.nodes().filter((n) => n.visible()).map((n) => ({ id: n.id(), type: n.data('type') as string, event: n.data('event') as string | null })));
    const talks = shown.filter((n) => n.type === 'Talk');
    expect(talks.length).toBe(graph.elements.nodes.filter((n) => n.data.type === 'Talk' && n.data.event === event).length);
    expect(talks.every((t) => t.event === event)).toBe(true);
    // Kubernetes is mentioned in 2018 too, Austin-only entities are not shown.
    expect(shown.map((n) => n.id)).toContain('project:kubernetes');
    expect(shown.length).toBeLessThan(graph.elements.nodes.length / 2);
    await page.close();
  });
});
