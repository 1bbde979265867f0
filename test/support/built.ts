// Tests of the shipped form (dist/, the bin) make sure the build is current first, so one test file also runs alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Compiles the Node code to dist/ when it is missing or older than the sources (what `npm start`'s prestart does). */
export function ensureNodeBuilt(): void {
  const build = spawnSync(process.execPath, ['bin/build.js', '--node', '--if-stale', '--no-check'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node bin/build.js --node failed');
}
