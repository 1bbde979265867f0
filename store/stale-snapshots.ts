/**
 * The embedded store's read snapshots live in `<tmp>/confgraph-ro-<pid>-XXXXXX`; a process killed
 * with -9 never removes its own (up to tens of MB each). Each store removes, when it opens, the
 * directories of processes that are gone, and unnamed ones (from before the pid was in the name)
 * older than a day.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const SNAPSHOT_PREFIX = 'confgraph-ro-';
const LEGACY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The prefix of this process's snapshot directories (for mkdtemp). */
export function snapshotDirPrefix(tmp: string): string {
  return path.join(tmp, `${SNAPSHOT_PREFIX}${process.pid}-`);
}

/** Removes snapshot directories left by dead processes; returns the ones removed. */
export function removeStaleSnapshots(tmp: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(tmp).filter((name) => name.startsWith(SNAPSHOT_PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const dir = path.join(tmp, name);
    const pid = /^confgraph-ro-(\d+)-/.exec(name)?.[1];
    try {
      const stale = pid !== undefined ? Number(pid) !== process.pid && !processAlive(Number(pid)) : now - statSync(dir).mtimeMs > LEGACY_MAX_AGE_MS;
      if (!stale) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Another process removed it first, or it is not ours to remove: leave it.
    }
  }
  return removed;
}
