#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` builds): compiles the Node code to dist/ with tsc and bundles the web
// app with Vite. `--if-stale` builds only what is older than its sources (`prestart`); `--node` or `--web` only that part;
// `--no-check` emits without type checking (the CLI's one-time catch-up build; `npm run typecheck` checks).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_STAMP, ROOT, SNAPSHOT, nodeBuildState, webBuildState } from './build-state.js';

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

function run(first, args, what) {
  const result = spawnSync(process.execPath, [first, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

/**
 * The `confgraph extract` start-up snapshot (cli/extract-snapshot.ts): the extractor bundled into one script by
 * esbuild, loaded once by `node --build-snapshot`, saved with the Node version it fits. Optional: when it cannot be
 * built, `extract` starts the ordinary way, a few hundred ms slower.
 */
export function buildExtractSnapshot() {
  rmSync(SNAPSHOT.dir, { recursive: true, force: true });
  mkdirSync(SNAPSHOT.dir, { recursive: true });
  const script = path.join(SNAPSHOT.dir, 'extract.cjs');
  try {
    const esbuild = require(require.resolve('esbuild', { paths: [ROOT] }));
    esbuild.buildSync({ entryPoints: [path.join(ROOT, 'cli', 'extract-snapshot.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: script, logLevel: 'warning' });
    run('--snapshot-blob', [SNAPSHOT.blob, '--build-snapshot', script], 'node --build-snapshot');
    writeFileSync(SNAPSHOT.version, process.version);
  } catch (error) {
    rmSync(SNAPSHOT.dir, { recursive: true, force: true });
    process.stderr.write(`[confgraph] no extract snapshot (extract starts without it): ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

/** tsc -> dist/, then the files the compiled code reads beside itself: the Cypher files and the seed posts; then the extract snapshot. */
export function buildNode({ check = true } = {}) {
  rmSync(NODE_STAMP, { force: true });
  run(tool('typescript', 'bin/tsc', 'the Node code'), ['-p', 'tsconfig.node.json', ...(check ? [] : ['--noCheck'])], 'tsc -p tsconfig.node.json');
  cpSync(path.join(ROOT, 'cypher'), path.join(ROOT, 'dist', 'cypher'), { recursive: true });
  cpSync(path.join(ROOT, 'data', 'posts'), path.join(ROOT, 'dist', 'data', 'posts'), { recursive: true });
  buildExtractSnapshot();
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
