#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` builds): compiles the Node code to dist/ with tsc and bundles the web
// app with Vite. `--if-stale` builds only what is older than its sources (`prestart`); `--node` or `--web` only that part;
// `--no-check` emits without type checking (the CLI's one-time catch-up build; `npm run typecheck` checks).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_STAMP, ROOT, nodeBuildState, webBuildState } from './build-state.js';

const require = createRequire(import.meta.url);

/** The path of a dev tool's script (`pkg`'s `bin`), or a clear Error when dev dependencies are not installed. */
function tool(pkg, bin, what) {
  let manifest;
  try {
    manifest = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  } catch {
    throw new Error(`cannot build ${what}: ${pkg} is not installed (run npm ci, with dev dependencies)`);
  }
  return path.join(path.dirname(manifest), bin);
}

function run(script, args, what) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

/** tsc -> dist/, then the files the compiled code reads beside itself: the Cypher files and the seed posts. */
export function buildNode({ check = true } = {}) {
  rmSync(NODE_STAMP, { force: true });
  run(tool('typescript', 'bin/tsc', 'the Node code'), ['-p', 'tsconfig.node.json', ...(check ? [] : ['--noCheck'])], 'tsc -p tsconfig.node.json');
  cpSync(path.join(ROOT, 'cypher'), path.join(ROOT, 'dist', 'cypher'), { recursive: true });
  cpSync(path.join(ROOT, 'data', 'posts'), path.join(ROOT, 'dist', 'data', 'posts'), { recursive: true });
  mkdirSync(path.dirname(NODE_STAMP), { recursive: true });
  writeFileSync(NODE_STAMP, `${new Date().toISOString()}\n`);
}

export function buildWeb() {
  run(tool('vite', 'bin/vite.js', 'the web app'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], 'vite build');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = new Set(process.argv.slice(2));
  const ifStale = args.has('--if-stale');
  try {
    const node = nodeBuildState();
    if (!args.has('--web') && (!ifStale || !node.fresh)) {
      if (ifStale) process.stderr.write(`[confgraph] compiling the Node code (${node.reason}) ...\n`);
      buildNode({ check: !args.has('--no-check') });
    }
    const web = webBuildState();
    if (!args.has('--node') && (!ifStale || !web.fresh)) {
      if (ifStale) process.stderr.write(`[confgraph] bundling the web app (${web.reason}) ...\n`);
      buildWeb();
    }
  } catch (error) {
    process.stderr.write(`[confgraph] build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
