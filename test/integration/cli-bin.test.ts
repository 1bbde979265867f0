// The bin as the acceptance scorer and a new user meet it: in a checkout with node_modules but no dist/ (or a stale
// one), `confgraph extract` compiles the CLI once, says so in one line on stderr, and then works; a fresh dist/ is used as is.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../extractor/schema.ts';
import { ROOT } from '../support/built.ts';

const PARTS = ['bin', 'cli', 'server', 'store', 'extractor', 'cypher', 'data', 'web/src', 'package.json', 'tsconfig.base.json', 'tsconfig.node.json'];
let checkout = '';

beforeAll(() => {
  checkout = mkdtempSync(path.join(tmpdir(), 'confgraph-checkout-'));
  for (const part of PARTS) cpSync(path.join(ROOT, part), path.join(checkout, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'));
});
afterAll(() => rmSync(checkout, { recursive: true, force: true }));

function extract(out: string) {
  const result = spawnSync(process.execPath, ['bin/confgraph.js', 'extract', 'data/posts/KubeCon-2017-Austin.md', '--out', out], { cwd: checkout, encoding: 'utf8', timeout: 110_000 });
  return { code: result.status, stderr: result.stderr };
}

describe('bin/confgraph.js in a checkout without a build', () => {
  it('compiles once when dist/ is missing, then runs the compiled CLI without compiling again', () => {
    expect(existsSync(path.join(checkout, 'dist'))).toBe(false);
    const first = extract('first.cyjs');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^confgraph: compiling the CLI once \(dist\/\.node-build is missing\)/);
    const graph = KnowledgeGraph.parse(JSON.parse(readFileSync(path.join(checkout, 'first.cyjs'), 'utf8')));
    expect(graph.elements.nodes.filter((n) => n.data.type === 'Talk').length).toBeGreaterThan(10);

    const second = extract('second.cyjs');
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/compiling/);
    expect(readFileSync(path.join(checkout, 'second.cyjs'), 'utf8')).toBe(readFileSync(path.join(checkout, 'first.cyjs'), 'utf8'));
  });

  it('recompiles when a source file is newer than the build', () => {
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(checkout, 'cli', 'extract.ts'), future, future);
    const run = extract('third.cyjs');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/compiling the CLI once \(cli changed since the last build\)/);
  });
});
