// Is dist/ (the compiled Node code) or web/dist (the bundled web app) older than its sources? Plain JS, cheap:
// `confgraph` asks this on every start, before it loads anything else.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Written last by a Node build: its time is the build's. */
export const NODE_STAMP = path.join(ROOT, 'dist', '.node-build');
export const WEB_STAMP = path.join(ROOT, 'web', 'dist', 'index.html');
/** The `confgraph extract` start-up snapshot (bin/build.js) and the Node version it was made by (it fits no other). */
const SNAPSHOT_DIR = path.join(ROOT, 'dist', 'snapshot');
export const SNAPSHOT = { dir: SNAPSHOT_DIR, blob: path.join(SNAPSHOT_DIR, 'extract.blob'), version: path.join(SNAPSHOT_DIR, 'node-version') };

/** What the compiled Node code is made of: the TypeScript it compiles, the files it copies, the compiler settings. */
const NODE_SOURCES = ['extractor', 'store', 'server', 'cli', 'export', 'cypher', 'data', 'web/src', 'tsconfig.base.json', 'tsconfig.node.json'];
const WEB_SOURCES = ['web/src', 'web/index.html', 'web/embed.html', 'web/vite.config.ts', 'export', 'extractor/schema.ts', 'tsconfig.base.json', 'tsconfig.web.json'];
const SKIP = new Set(['node_modules', 'dist', '.git']);

/** Newest modification time (ms) of the files under `entry`, 0 when it does not exist. */
function newest(entry) {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (SKIP.has(child.name)) continue;
    const t = newest(path.join(entry, child.name));
    if (t > max) max = t;
  }
  return max;
}

function state(stamp, sources) {
  if (!existsSync(stamp)) return { fresh: false, reason: `${path.relative(ROOT, stamp)} is missing` };
  const built = statSync(stamp).mtimeMs;
  const changed = sources.find((s) => newest(path.join(ROOT, s)) > built);
  return changed ? { fresh: false, reason: `${changed} changed since the last build` } : { fresh: true, reason: 'up to date' };
}

/** @returns {{fresh: boolean, reason: string}} */
export const nodeBuildState = () => state(NODE_STAMP, NODE_SOURCES);
/** @returns {{fresh: boolean, reason: string}} */
export const webBuildState = () => state(WEB_STAMP, WEB_SOURCES);
