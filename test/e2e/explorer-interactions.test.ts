// The explorer's keyboard and view controls in Chromium: autocomplete keys, Esc, path, type filters, theme, table sort, console params.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer } from './support/explorer-page.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { seedGraph } from './support/seed-graph.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

describe.skipIf(!chromiumAvailable('explorer interactions e2e'))('explorer interactions', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    const graph = await seedGraph();
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path = '/'): Promise<Page> => openExplorer(browser, `${server.url}${path}`);
  const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

  it('autocomplete: a typo still finds the project, arrows move the choice, Enter picks it, Esc clears', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('kubernets');
    await page.locator('.ac-item').first().waitFor();
    const items = await page.locator('.ac-item').count();
    expect(items).toBeGreaterThan(1);
    expect(await page.locator('.ac-item').first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.ac-item').nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    const first = await page.locator('.ac-item').first().locator('span').nth(1).innerText();
    expect(first).toBe('Kubernetes');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe('Kubernetes');
    expect(param(page, 'sel')).toBe('project:kubernetes');
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'sel')).toBeNull();
    expect(await page.evaluate(() => window.cy!.$('.cg-selected').length)).toBe(0);
    await page.close();
  });

  it('"Path to…" highlights a connected path through the shown types, and puts both ends in the URL', async () => {
    const page = await open('/?sel=project%3Arook');
    await page.locator('#path-input').fill('Dan Kohn');
    await page.locator('#path-input').press('ArrowDown');
    await page.locator('.path-box .ac-item').first().waitFor();
    await page.locator('#path-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('#chip-path')?.textContent?.includes('hop'));
    const to = param(page, 'to');
    expect(param(page, 'from')).toBe('project:rook');
    expect(to).toBeTruthy();
    const onGraph = await page.evaluate(() => {
      const cy = window.cy!;
      const nodes = cy.nodes('.cg-path');
      const edges = cy.edges('.cg-path');
      return {
        nodes: nodes.map((n) => n.id()),
        types: nodes.map((n) => n.data('type') as string),
        edges: edges.length,
        // Every path edge joins two path nodes.
        joined: edges.toArray().every((e) => e.source().hasClass('cg-path') && e.target().hasClass('cg-path')),
        hidden: cy.$('.cg-path').filter((e) => !e.visible()).length,
      };
    });
    expect(onGraph.nodes).toContain('project:rook');
    expect(onGraph.nodes).toContain(to);
    expect(onGraph.edges).toBe(onGraph.nodes.length - 1);
    expect(onGraph.joined).toBe(true);
    expect(onGraph.hidden).toBe(0);
    // A path exists through the default types, so the hidden Post node is not used.
    expect(onGraph.types).not.toContain('Post');
    await page.close();
  });

  it('type filters, theme and table sort change the view and the URL', async () => {
    const page = await open();
    const before = await page.evaluate(() => window.cy!.nodes(':visible').length);
    await page.locator('input[data-type="Person"]').uncheck();
    await expect.poll(() => param(page, 'types')).toBe('Project,Organization,Talk');
    const after = await page.evaluate(() => ({ n: window.cy!.nodes(':visible').length, people: window.cy!.nodes('[type = "Person"]:visible').length }));
    expect(after.people).toBe(0);
    expect(after.n).toBeLessThan(before);

    await page.locator('#theme-button').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(param(page, 'theme')).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(246, 247, 249)');

    await page.locator('#tab-table').click();
    await page.locator('button[data-sort="projects"]').click();
    await page.locator('button[data-sort="projects"]').click();
    expect(param(page, 'sort')).toBe('-projects');
    const counts = await page.locator('#talks-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td:nth-child(5) button').length));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await page.locator('button[data-rows="projects"]').click();
    await expect.poll(() => param(page, 'rows')).toBe('projects');
    const talkCounts = await page.locator('#talks-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td:nth-child(2) button').length));
    expect(talkCounts.length).toBeGreaterThan(5);
    expect(talkCounts).toEqual([...talkCounts].sort((a, b) => b - a));
    await page.close();
  });

  it('a named query with a parameter takes the selected node, and the editor shows its statement', async () => {
    const page = await open('/?sel=project%3Arook&tab=console');
    await page.locator('[data-query="talks-mentioning-entity"]').click();
    await page.locator('#result-table tbody tr').first().waitFor();
    // The form shows the name; the query gets the id.
    expect(await page.locator('input[data-param="id"]').inputValue()).toBe('Rook');
    expect(param(page, 'p.id')).toBe('project:rook');
    expect(await page.locator('#cypher-editor').inputValue()).toContain('MATCH');
    await page.close();
  });

  it('a query that returns nodes and relationships shows exactly them on the graph until the result is cleared', async () => {
    const page = await open('/?tab=console');
    const total = await page.evaluate(() => window.cy!.nodes(':visible').length);
    await page.locator('#cypher-editor').fill('MATCH (t:Talk)-[r:MENTIONS]->(p:Project {id: $id}) RETURN t, r, p');
    await page.locator('input[data-param="id"]').fill('project:rook');
    await page.locator('#cypher-run').click();
    await page.locator('#chip-result').waitFor();
    const shown = await page.evaluate(() => window.cy!.nodes(':visible').map((n) => n.id()));
    const res = (await (
      await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (t:Talk)-[r:MENTIONS]->(p:Project {id: $id}) RETURN t, r, p', params: { id: 'project:rook' } }),
      })
    ).json()) as { elements: { nodes: Array<{ data: { id: string } }> } };
    expect(new Set(shown)).toEqual(new Set(res.elements.nodes.map((n) => n.data.id)));
    expect(shown).toContain('project:rook');
    await page.locator('#chip-result button').click();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(total);
    await page.close();
  });

  it('Back and Forward walk through selections', async () => {
    const page = await open('/?sel=project%3Arook');
    await page.locator('.mentioning-talks .talk-card h4 button').first().click();
    await expect.poll(() => param(page, 'sel')).toMatch(/^talk:/);
    await page.goBack();
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe('Rook');
    await page.goForward();
    await expect.poll(() => param(page, 'sel')).toMatch(/^talk:/);
    expect(await page.locator('#panel-title').innerText()).not.toBe('Rook');
    await page.close();
  });
});
