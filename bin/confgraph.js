#!/usr/bin/env node
// The confgraph CLI entry: runs the compiled CLI in dist/. When dist/ is missing or older than the sources (a checkout
// without a build, or after an edit), it compiles the Node part once first, saying so on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SNAPSHOT, nodeBuildState } from './build-state.js';

const LOCK = path.join(ROOT, 'dist', '.building');
const fail = (line) => {
  process.stderr.write(`confgraph: ${line}\n`);
  process.exit(1);
};

/** One build at a time: a second `confgraph` started meanwhile waits for the first one's build (at most 3 min). */
async function catchUpBuild(reason) {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed build is stale after 3 minutes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmdirSync(LOCK);
      else if (Date.now() > deadline) fail(`another build holds ${LOCK}; remove it if no build is running`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (nodeBuildState().fresh) return;
    }
  }
  try {
    process.stderr.write(`confgraph: compiling the CLI once (${reason}); npm run build does this ahead of time\n`);
    const { buildNode } = await import('./build.js');
    buildNode({ check: false });
  } catch (error) {
    fail(`could not compile the CLI: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmdirSync(LOCK);
  }
}

/** A production install (no dev dependencies, e.g. the Docker image) runs the dist/ it was shipped with. */
function canBuild() {
  try {
    createRequire(import.meta.url).resolve('typescript/package.json', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** The extract snapshot, when there is one made by this very Node (a snapshot fits only the binary that made it). */
function extractSnapshot() {
  if (process.env.CONFGRAPH_NO_SNAPSHOT) return null;
  try {
    return readFileSync(SNAPSHOT.version, 'utf8') === process.version && existsSync(SNAPSHOT.blob) ? SNAPSHOT.blob : null;
  } catch {
    return null;
  }
}

const entry = path.join(ROOT, 'dist', 'cli', 'main.js');
const state = nodeBuildState();
if (!state.fresh && (canBuild() || !existsSync(entry))) await catchUpBuild(state.reason);
if (!existsSync(entry)) fail(`${entry} is missing after the build; run npm run build`);
const [command, ...rest] = process.argv.slice(2);
const snapshot = command === 'extract' ? extractSnapshot() : null;
if (snapshot) {
  // `extract` from the snapshot: the extractor is already loaded there, which saves most of its start-up.
  const child = spawnSync(process.execPath, ['--snapshot-blob', snapshot, '--', ...rest], { stdio: 'inherit' });
  if (child.error) fail(`could not start the extract snapshot: ${child.error.message} (CONFGRAPH_NO_SNAPSHOT=1 starts without it)`);
  process.exit(child.status ?? 1);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
