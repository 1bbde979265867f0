// Debian's Chromium through playwright-core: launchBrowser() for e2e tests and benches (no browser downloads).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../cli/chromium.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

const CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * True when Chromium is there. When it is not: under CI=true this THROWS (the suite must fail);
 * on a laptop it prints a loud message and returns false so the caller can skip.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${suite}: Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (CI) throw new Error(`${message}; CI=true, so this is a failure, not a skip.`);
  console.warn(`\n!!!!!!!!!!\n!! SKIPPED ${message}\n!!!!!!!!!!\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    return Promise.reject(new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`));
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
