// A process killed with -9 leaves its read snapshot directory behind; the next embedded store to open removes it,
// and leaves the directories of live processes alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import { removeStaleSnapshots } from '../../store/stale-snapshots.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'confgraph-stale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A node process that opens an embedded store, runs a user query (which writes a snapshot), prints its pid and waits. */
function startHolder(): Promise<{ pid: number; kill: () => Promise<void> }> {
  const script = `
    import { EmbeddedStore } from ${JSON.stringify(path.join(root, 'store/embedded-store.ts'))};
    const store = EmbeddedStore.create();
    await store.init();
    await store.runReadOnly('RETURN 1 AS one');
    console.log('READY ' + process.pid);
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const pid = /READY (\d+)/.exec(chunk.toString())?.[1];
      if (pid) resolve({ pid: Number(pid), kill: () => new Promise((done) => (child.removeAllListeners('exit'), child.once('exit', () => done()), child.kill('SIGKILL'))) });
    });
  });
}

const dirsOf = (pid: number) => readdirSync(tmpdir()).filter((name) => name.startsWith(`confgraph-ro-${pid}-`));

describe('stale snapshot directories', () => {
  it('the next store to open removes the snapshot directory of a process killed with -9', async () => {
    const holder = await startHolder();
    expect(dirsOf(holder.pid)).toHaveLength(1);
    await holder.kill();
    expect(dirsOf(holder.pid)).toHaveLength(1);
    const store = EmbeddedStore.create();
    try {
      expect(dirsOf(holder.pid)).toEqual([]);
      expect(dirsOf(process.pid).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('keeps those of live processes and recent unnamed ones; removes dead ones and unnamed ones over a day old', () => {
    const make = (name: string, ageMs = 0) => {
      const dir = path.join(scratch, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'snapshot-0.grafeo'), 'x');
      if (ageMs) utimesSync(dir, new Date(Date.now() - ageMs), new Date(Date.now() - ageMs));
      return dir;
    };
    const live = make(`confgraph-ro-${process.ppid}-aaaaaa`);
    const own = make(`confgraph-ro-${process.pid}-bbbbbb`);
    const dead = make('confgraph-ro-999999999-cccccc');
    const recentLegacy = make('confgraph-ro-dddddd');
    const oldLegacy = make('confgraph-ro-eeeeee', 2 * 24 * 3600 * 1000);
    const other = make('something-else-999999999');
    expect(removeStaleSnapshots(scratch).sort()).toEqual([dead, oldLegacy].sort());
    for (const kept of [live, own, recentLegacy, other]) expect(existsSync(kept), kept).toBe(true);
  });
});
