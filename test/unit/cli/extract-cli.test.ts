// `confgraph extract` run as a real process: output shape, exit codes and one-line messages for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeGraph } from '../../../extractor/schema.ts';
import { ensureNodeBuilt } from '../../support/built.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'bin/confgraph.js');
let dir = '';

function run(...args: string[]) {
  return runWith({}, ...args);
}

function runWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'extract', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const post = (title: string, talk: string) => `---\ntitle: ${title}\n---\n## Talks\n### ${talk}\n{{< youtube AAAAAAAAAAA >}}\nKubernetes is great.\n`;

beforeAll(() => {
  // The bin runs dist/: built first, so no run here pays (and reports) the one-time compile.
  ensureNodeBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'confgraph-cli-'));
  writeFileSync(path.join(dir, 'good.md'), post('FooConf 2020', 'Scaling Things - Ann Lee, Acme'));
  writeFileSync(path.join(dir, 'empty.md'), '');
  writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\n## A Talk - Ann Lee, Acme\n```\nunclosed');
  mkdirSync(path.join(dir, 'posts'));
  writeFileSync(path.join(dir, 'posts', 'a.md'), post('FooConf 2020', 'Scaling Things - Ann Lee, Acme'));
  writeFileSync(path.join(dir, 'posts', 'b.markdown'), post('FooConf 2020', 'Scaling Things Again - Bo Chen, Bar'));
  writeFileSync(path.join(dir, 'posts', 'photo.jpg'), 'not markdown');
  writeFileSync(path.join(dir, 'huge.md'), '');
  truncateSync(path.join(dir, 'huge.md'), 51 * 1024 * 1024);
  // A stale dist/ is compiled here (with its snapshot): more than a unit hook's usual 10 s on a busy machine.
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('confgraph extract', () => {
  it('gives the same graph and messages from its start-up snapshot as from a plain start', () => {
    expect(existsSync(path.join(root, 'dist/snapshot/extract.blob'))).toBe(true);
    const seed = path.join(root, 'data/posts');
    const fromSnapshot = run(seed, path.join(dir, 'posts'), path.join(dir, 'empty.md'));
    const plain = runWith({ CONFGRAPH_NO_SNAPSHOT: '1' }, seed, path.join(dir, 'posts'), path.join(dir, 'empty.md'));
    expect(fromSnapshot.code).toBe(1);
    expect(fromSnapshot.stderr).toMatch(/empty\.md: empty file/);
    expect(fromSnapshot).toEqual(plain);
  });

  it('writes Cytoscape elements JSON to stdout', () => {
    const { code, stdout, stderr } = run(path.join(dir, 'good.md'), '--base-url', 'https://blog.example.org/foo/');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const graph = KnowledgeGraph.parse(JSON.parse(stdout));
    const talk = graph.elements.nodes.find((n) => n.data.type === 'Talk')?.data;
    expect(talk && 'url' in talk ? talk.url : '').toBe('https://blog.example.org/foo/#scaling-things---ann-lee-acme');
  });

  it('writes --out and merges a directory, noting non-markdown files', () => {
    const out = path.join(dir, 'out.json');
    const { code, stderr } = run(path.join(dir, 'posts'), '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/note: .*skipped 1 non-markdown file\(s\): photo\.jpg/);
    const graph = KnowledgeGraph.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.elements.nodes.filter((n) => n.data.type === 'Post')).toHaveLength(2);
    expect(graph.elements.nodes.filter((n) => n.data.type === 'Talk')).toHaveLength(1);
  });

  it('refuses empty, binary, non-UTF-8, huge and missing files with one line each and exit code 1', () => {
    const files = ['empty.md', 'binary.md', 'latin1.md', 'huge.md', 'missing.md'];
    const { code, stdout, stderr } = run(...files.map((f) => path.join(dir, f)));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    const expected = [/empty\.md: empty file/, /binary\.md: binary file/, /latin1\.md: not valid UTF-8/, /huge\.md: too large \(51\.0 MB/, /missing\.md: no such file or directory/];
    expected.forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
  });

  it('still writes the good posts when another input fails, and exits 1', () => {
    const { code, stdout, stderr } = run(path.join(dir, 'good.md'), path.join(dir, 'empty.md'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty file/);
    expect(KnowledgeGraph.parse(JSON.parse(stdout)).elements.nodes.length).toBeGreaterThan(0);
  });

  it('reports broken markup as warnings with a partial graph and exit code 0', () => {
    const { code, stdout, stderr } = run(path.join(dir, 'broken.md'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: .*front matter: YAML does not parse/);
    expect(stderr).toMatch(/warning: .*unclosed code fence/);
    expect(KnowledgeGraph.parse(JSON.parse(stdout)).elements.nodes.some((n) => n.data.type === 'Talk')).toBe(true);
  });

  it('answers bad arguments with usage and exit code 2', () => {
    expect(run().code).toBe(2);
    const unknown = run('--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --frobnicate/);
  });
});
