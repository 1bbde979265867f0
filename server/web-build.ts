/** Builds the web app with Vite when web/dist is missing or older than any web source file. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time (ms) under dir, skipping `skip` directories. */
function newestMtime(dir: string, skip: Set<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full, skip) : statSync(full).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

export type BuildState = 'fresh' | 'built' | 'no-web-app';

export function webBuildNeeded(webDir: string, distDir: string): boolean {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(webDir, new Set(['dist', 'node_modules'])) > statSync(index).mtimeMs;
}

export async function ensureWebBuilt(webDir: string, distDir: string, log: (line: string) => void): Promise<BuildState> {
  const config = path.join(webDir, 'vite.config.ts');
  if (!existsSync(path.join(webDir, 'index.html')) || !existsSync(config)) return existsSync(path.join(distDir, 'index.html')) ? 'fresh' : 'no-web-app';
  if (!webBuildNeeded(webDir, distDir)) return 'fresh';
  log('building the web app (web/dist is missing or older than web/) ...');
  // Loaded only when needed: importing Vite costs time the warm start does not have to spend.
  const { build } = await import('vite');
  await build({ configFile: config, logLevel: 'warn' });
  return 'built';
}
