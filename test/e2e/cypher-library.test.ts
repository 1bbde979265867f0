// The Cypher library for people, in Chromium: params as a form that waits for its values, node params by name with
// autocomplete, descriptions written for users, an example query that runs as it is, and "k8s" found by search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer } from './support/explorer-page.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { seedGraph } from './support/seed-graph.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

describe.skipIf(!chromiumAvailable('cypher library e2e'))('Cypher library for people', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    [server, browser] = await Promise.all([seedGraph().then((g) => startTestServer(g)), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string): Promise<Page> => openExplorer(browser, `${server.url}${path}`);
  const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

  it('a query with a node parameter waits for it, takes a name with autocomplete, and answers for that node', async () => {
    const page = await open('/?tab=console');
    await page.locator('[data-query="talks-mentioning-entity"]').click();
    // Nothing ran: no error, a request for the missing value, the field has the focus.
    expect(await page.locator('#cypher-error').count()).toBe(0);
    expect(await page.locator('#result-meta').innerText()).toContain('Fill in $id');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('id');
    await page.keyboard.type('Roo');
    await page.locator('#panel-console .ac-item').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'p.id')).toBe('project:rook');
    await page.locator('#cypher-run').click();
    await page.locator('#result-table tbody tr').first().waitFor();
    const api = (await (await fetch(`${server.url}/api/queries/talks-mentioning-entity?id=project:rook`)).json()) as { rows: unknown[] };
    expect(api.rows.length).toBeGreaterThan(0);
    expect(await page.locator('#result-table tbody tr').count()).toBe(api.rows.length);
    await page.close();
  });

  it('a name typed without picking is resolved to its node; an unknown one is said plainly', async () => {
    const page = await open('/?tab=console&query=talks-mentioning-entity');
    await page.locator('input[data-param="id"]').fill('rook');
    await page.waitForTimeout(300);
    await page.locator('#cypher-run').click();
    await page.locator('#result-table tbody tr').first().waitFor();
    await page.locator('input[data-param="id"]').fill('No Such Thing');
    await page.waitForTimeout(300);
    await page.locator('#cypher-run').click();
    await expect.poll(() => page.locator('#cypher-error').innerText()).toContain('No node is named "No Such Thing"');
    await page.close();
  });

  it('descriptions are written for users, and the example query in the editor runs as it is', async () => {
    const page = await open('/?tab=console');
    await page.locator('[data-query]').first().waitFor();
    const descriptions = await page.locator('.query-item span').allInnerTexts();
    expect(descriptions.length).toBeGreaterThan(5);
    for (const d of descriptions) {
      // No engine names or implementation notes in what users read.
      expect(d).not.toMatch(/grafeo|startNode|variable-length|scanning|UNION/i);
      expect(d[0]).toBe(d[0]!.toUpperCase());
    }
    const example = await page.locator('#cypher-editor').inputValue();
    expect(example).toContain('MATCH');
    await page.locator('#cypher-run').click();
    await page.locator('#result-table tbody tr').first().waitFor();
    expect(await page.locator('#result-table').innerText()).toContain('Kubernetes');
    await page.close();
  });

  it('search knows well-known abbreviations: "k8s" finds Kubernetes', async () => {
    const page = await open('/');
    await page.locator('#search-input').fill('k8s');
    await page.locator('.ac-item').first().waitFor();
    expect(await page.locator('.ac-item').first().locator('span').nth(1).innerText()).toBe('Kubernetes');
    await page.close();
  });
});
