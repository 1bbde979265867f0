// `npm start` end to end (the compiled dist/server/main.js, built by `npm test` before vitest): a fresh data dir gets data/posts loaded, the app listens and answers, SIGTERM closes it cleanly,
// and a second start finds the graph already there.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNodeBuilt } from '../support/built.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-main-'));
const children = new Set<ChildProcessWithoutNullStreams>();

beforeAll(ensureNodeBuilt);

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  url: string;
  lines: string[];
  child: ChildProcessWithoutNullStreams;
  exit: Promise<number | null>;
}

function start(): Promise<Started> {
  // The embedded store, whatever the surrounding shell points NEO4J_URI at.
  const env: NodeJS.ProcessEnv = { ...process.env, CONFGRAPH_DATA_DIR: dataDir, PORT: '0' };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['dist/server/main.js'], { cwd: ROOT, env });
  children.add(child);
  const lines: string[] = [];
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exit.then(() => children.delete(child));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const m = /ready in \d+ ms: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      if (m?.[1]) resolve({ url: m[1], lines, child, exit });
    });
    void exit.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${lines.join('\n')}`)));
  });
}

describe('npm start (dist/server/main.js)', () => {
  it('loads the posts into an empty store, serves the API and the app, and shuts down on SIGTERM', async () => {
    const first = await start();
    expect(first.lines.join('\n')).toMatch(/loaded 1 post\(s\): \d+ nodes/);
    const health = await fetch(`${first.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, store: 'embedded' });
    const graph = (await (await fetch(`${first.url}/api/graph`)).json()) as { elements: { nodes: unknown[] } };
    expect(graph.elements.nodes.length).toBeGreaterThan(50);
    const home = await fetch(`${first.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.lines.join('\n')).toMatch(/SIGTERM: closing/);

    const second = await start();
    expect(second.lines.join('\n')).toMatch(/already loaded/);
    const again = (await (await fetch(`${second.url}/api/graph`)).json()) as { elements: { nodes: unknown[] } };
    expect(again.elements.nodes).toHaveLength(graph.elements.nodes.length);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
  });
});
