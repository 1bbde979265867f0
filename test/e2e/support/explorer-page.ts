// Opens the explorer in a new page, waits for its first drawn frame and fails on any page error: the e2e tests' common
// first step.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function openExplorer(browser: Browser, url: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate(() => window.__confgraphRendered);
  expect(errors).toEqual([]);
  return page;
}
