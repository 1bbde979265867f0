/**
 * Is the bundled web app (web/dist) there and at least as new as web/? The server only reports it: `npm run build`
 * (and `npm start`'s prestart) bundles the app, so Vite is never needed at runtime.
 */
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

/** `missing`: no web/dist/index.html; `stale`: web/ has changed since it was built (it is still served). */
export type WebAppState = 'fresh' | 'stale' | 'missing';

export function webAppState(webDir: string, distDir: string): WebAppState {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return 'missing';
  if (!existsSync(webDir)) return 'fresh';
  return newestMtime(webDir, new Set(['dist', 'node_modules'])) > statSync(index).mtimeMs ? 'stale' : 'fresh';
}
