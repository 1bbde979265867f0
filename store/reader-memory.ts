/**
 * The memory cap of the processes that run users' queries, for both stores (CONFGRAPH_READER_MEMORY_MB,
 * 1024): a query that builds a huge value (`reduce(s = 'x', i IN range(1, 28) | s + s)`) must end in a
 * clear error, not in gigabytes. On Linux the child runs under `prlimit --data` (grafeo's native heap and V8's
 * alike), so an allocation past the cap aborts it; elsewhere a watchdog kills it when its resident
 * memory passes the cap.
 */
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_READER_MEMORY_MB = 1024;
const PRLIMIT = '/usr/bin/prlimit';
const PAGE_BYTES = 4096;

export function readerMemoryCapBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.CONFGRAPH_READER_MEMORY_MB ?? DEFAULT_READER_MEMORY_MB);
  return (Number.isFinite(mb) && mb >= 128 ? mb : DEFAULT_READER_MEMORY_MB) * 1024 * 1024;
}

/** How to start node under the cap: `execPath`/`execArgv` for fork(), and whether the kernel enforces it. */
export function cappedExec(capBytes: number, nodeArgs: string[]): { execPath: string; execArgv: string[]; enforcedByKernel: boolean } {
  // V8's heap gets half the cap, so rows held in JS fail as an out-of-memory abort too, not as swapping.
  const args = [`--max-old-space-size=${Math.floor(capBytes / 2 / 1024 / 1024)}`, ...nodeArgs];
  if (process.platform === 'linux' && existsSync(PRLIMIT)) {
    return { execPath: PRLIMIT, execArgv: [`--data=${capBytes}`, '--', process.execPath, ...args], enforcedByKernel: true };
  }
  return { execPath: process.execPath, execArgv: args, enforcedByKernel: false };
}

/** Resident bytes of a process, or null where /proc does not tell. */
function residentBytes(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : null;
  } catch {
    return null;
  }
}

/** Calls `over()` once when `pid`'s resident memory passes `capBytes`; returns the stop function. */
export function watchResidentMemory(pid: number, capBytes: number, over: () => void, everyMs = 100): () => void {
  const timer = setInterval(() => {
    const bytes = residentBytes(pid);
    if (bytes !== null && bytes > capBytes) {
      clearInterval(timer);
      over();
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
