// PNG for the export command: headless Chromium (playwright-core, Debian's /usr/bin/chromium) draws the SVG at the asked size.
import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export class ChromiumMissingError extends Error {}

export interface PngOptions {
  /** CSS pixels of the picture; the PNG is width*scale x height*scale. */
  width: number;
  height: number;
  /** 1..4 */
  scale: number;
  /** Leave the background transparent instead of the theme's colour. */
  transparent: boolean;
  background: string | null;
}

/** Throws a ChromiumMissingError (one clear line) when Debian's Chromium is not there. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ChromiumMissingError(`PNG needs Chromium, not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH); svg, pptx, html, cyjs, graphml and csv need no browser`);
  }
}

export async function renderPng(svg: string, options: PngOptions): Promise<Buffer> {
  assertChromium();
  // Loaded only for PNG: the other formats must work where playwright-core (a dev dependency) is not installed.
  const { chromium } = await import('playwright-core').catch(() => {
    throw new ChromiumMissingError('PNG needs playwright-core, which is not installed here (npm install playwright-core, or npm ci with dev dependencies); svg, pptx, html, cyjs, graphml and csv need no browser');
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      deviceScaleFactor: options.scale,
      offline: true,
    });
    const page = await context.newPage();
    const bg = options.transparent || !options.background ? 'transparent' : options.background;
    // The SVG is our own writer's output (all text escaped); it fills the viewport, aspect kept.
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;width:100%;height:100%;background:${bg};overflow:hidden}svg{display:block;width:100%;height:100%}</style></head><body>${svg}</body></html>`,
    );
    return await page.screenshot({ type: 'png', omitBackground: options.transparent, fullPage: false });
  } finally {
    await browser.close();
  }
}
