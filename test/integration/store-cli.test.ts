// `confgraph load` and `confgraph query` as a user runs them (real processes, embedded store in a temp data dir).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-cli-'));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEO4J_URI: '', CONFGRAPH_DATA_DIR: dataDir };
    execFile(process.execPath, [path.join(root, 'bin/confgraph.js'), ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('confgraph load / query', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads the seed post, then loading it again changes nothing', async () => {
    const first = await cli('load', 'data/posts');
    expect(first.code, first.stderr).toBe(0);
    const created = /nodes (\d+) created, 0 updated; edges (\d+) created, 0 updated; the store now holds (\d+) nodes and (\d+) edges/.exec(first.stderr);
    expect(created).not.toBeNull();
    expect(Number(created?.[1])).toBeGreaterThan(0);
    expect(created?.[1]).toBe(created?.[3]);
    const second = await cli('load', 'data/posts/KubeCon-2017-Austin.md');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`nodes 0 created, 0 updated; edges 0 created, 0 updated; the store now holds ${created?.[3]} nodes and ${created?.[4]} edges`);
  });

  it('prints query rows as a table or JSON, with params', async () => {
    const table = await cli('query', 'MATCH (p:Project) RETURN p.id AS id ORDER BY id LIMIT 2');
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]?.trim()).toBe('id');
    expect(lines.slice(2).every((l) => l.startsWith('project:'))).toBe(true);
    expect(lines.length).toBe(4);
    const json = await cli('query', '--json', '--params', '{"q":"kube"}', 'MATCH (p:Project) WHERE toLower(p.name) CONTAINS $q RETURN p.name AS name ORDER BY name');
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { columns: string[]; rows: Array<{ name: string }> };
    expect(parsed.columns).toEqual(['name']);
    expect(parsed.rows.length).toBeGreaterThan(0);
    expect(parsed.rows.every((r) => r.name.toLowerCase().includes('kube'))).toBe(true);
  });

  it('refuses writes and bad input with one line and a non-zero exit code, never a stack trace', async () => {
    for (const [args, code] of [
      [['query', 'MATCH (n) DETACH DELETE n'], 1],
      [['query', 'MATCH (n RETURN n'], 1],
      [['query', "//\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"], 1],
      [['query', 'SHOW TRANSACTIONS'], 1],
      [['query', '--params', '{"p":' + '['.repeat(100) + ']'.repeat(100) + '}', 'RETURN $p AS p'], 1],
      [['query', '--params', '{bad', 'RETURN 1'], 2],
      [['load', '/no/such/dir'], 1],
      [['load', '--store', 'mysql', 'data/posts'], 2],
    ] as const) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr.split('\n')[0]).toMatch(/^confgraph (query|load): /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      // Errors that are not about the arguments are exactly one line (a usage error adds the usage).
      if (code === 1) expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    }
    const count = await cli('query', '--json', 'MATCH (n) RETURN count(n) AS n');
    expect((JSON.parse(count.stdout) as { rows: Array<{ n: number }> }).rows[0]?.n).toBeGreaterThan(0);
  });
});
