/**
 * `<data dir>/server.json`: where a running `npm start` can be reached. The embedded store is one process's; a CLI
 * command that finds it locked reads this file and goes through that server's API instead.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SERVER_FILE = 'server.json';

export interface ServerRecord {
  url: string;
  pid: number;
}

export function writeServerUrl(dataDir: string, url: string): void {
  const record: ServerRecord = { url, pid: process.pid };
  writeFileSync(path.join(dataDir, SERVER_FILE), JSON.stringify(record) + '\n');
}

/** Removes the file if it is this process's (a second server that failed to start must not remove the first one's). */
export function removeServerUrl(dataDir: string): void {
  if (readServerUrl(dataDir)?.pid === process.pid) rmSync(path.join(dataDir, SERVER_FILE), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The recorded server, or null when there is none or its process has gone (a file left by a killed server). */
export function readServerUrl(dataDir: string): ServerRecord | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(dataDir, SERVER_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { url, pid } = parsed as Record<string, unknown>;
  if (typeof url !== 'string' || typeof pid !== 'number' || !alive(pid)) return null;
  return { url, pid };
}
