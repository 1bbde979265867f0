// The CLI next to the running app (`npm start`, compiled): the app holds the embedded store, and `confgraph query`,
// `export` and `load` still work, through its API; with no app recorded, a locked store gets one clear line.
// The same app serves the stored posts at /posts/<slug>/ and keeps answering /api/health while a 5 MB post is read.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../extractor/schema.ts';
import { ROOT, ensureNodeBuilt } from '../support/built.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-beside-'));
const work = mkdtempSync(path.join(tmpdir(), 'confgraph-beside-out-'));
const children = new Set<ChildProcess>();
let url = '';

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CONFGRAPH_DATA_DIR: dataDir, PORT: '0' };
  delete e.NEO4J_URI;
  delete e.HOST;
  delete e.CONFGRAPH_WRITE_TOKEN;
  return e;
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/confgraph.js', ...args], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  ensureNodeBuilt();
  const child = spawn(process.execPath, ['dist/server/main.js'], { cwd: ROOT, env: env() });
  children.add(child);
  url = await new Promise<string>((resolve, reject) => {
    const lines: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const m = /ready in \d+ ms: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the app exited (${code}):\n${lines.join('\n')}`)));
  });
});

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the CLI while npm start holds the embedded store', () => {
  it('records where the app listens, on loopback', () => {
    const record = JSON.parse(readFileSync(path.join(dataDir, 'server.json'), 'utf8')) as { url: string; pid: number };
    expect(record.url).toBe(url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('query goes through the app and prints the rows', () => {
    const run = cli('query', '--json', 'MATCH (t:Talk) RETURN count(t) AS talks');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/going through its API at http:\/\/127\.0\.0\.1:/);
    const result = JSON.parse(run.stdout) as { rows: Array<{ talks: number }> };
    expect(result.rows[0]?.talks).toBeGreaterThan(10);
  });

  it('export reads the app\'s graph', () => {
    const out = path.join(work, 'all.cyjs');
    const run = cli('export', '--format', 'cyjs', '--out', out, '--focus', 'Kubernetes');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { elements: { nodes: unknown[] } };
    expect(doc.elements.nodes.length).toBeGreaterThan(5);
  });

  it('load adds a post through the app, which then answers with its talk', async () => {
    const post = path.join(work, 'beside.md');
    writeFileSync(post, '---\ntitle: BesideConf 2031\n---\n## Talks\n### Holding Stores - Ann Lee, Acme\n{{< youtube BBBBBBBBBBB >}}\nKubernetes is great.\n');
    const run = cli('load', post);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 post\(s\) into the app at http:\/\/127\.0\.0\.1:\d+: nodes [1-9]\d* created/);
    const talk = (await (await fetch(`${url}/api/entities/talk:BBBBBBBBBBB`)).json()) as { node?: { name?: string } };
    expect(JSON.stringify(talk)).toMatch(/Holding Stores/);
  });

  it('says in one line what to do when the store is locked and no app is recorded', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'confgraph-locked-'));
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `import { openStore } from './dist/store/open-store.js'; await openStore({ dataDir: ${JSON.stringify(other)} }); console.log('held'); setInterval(() => {}, 1000);`], { cwd: ROOT });
    children.add(holder);
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const run = cli('query', '--data-dir', other, 'MATCH (n) RETURN count(n) AS n');
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/in use by another process and no running confgraph server is recorded .*pass --server URL/);
    } finally {
      holder.kill('SIGKILL');
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('links that open', () => {
  it('a talk\'s url opens the stored post, on the heading with that anchor', async () => {
    const graph = KnowledgeGraph.parse(await (await fetch(`${url}/api/graph`)).json());
    const talks = graph.elements.nodes.flatMap((n) => (n.data.type === 'Talk' ? [n.data] : []));
    expect(talks.length).toBeGreaterThan(10);
    const pages = new Map<string, string>();
    for (const talk of talks.filter((t) => t.url.startsWith('/posts/kubecon-2017-austin/'))) {
      const [page, anchor] = talk.url.split('#');
      if (!page || !anchor) throw new Error(`talk url without anchor: ${talk.url}`);
      if (!pages.has(page)) {
        const res = await fetch(`${url}${page}`);
        expect(res.status).toBe(200);
        pages.set(page, await res.text());
      }
      expect(pages.get(page)).toContain(` id="${anchor}"`);
    }
    expect(pages.size).toBe(1);
  });

  it('an unknown or hostile slug is a 404, never a file outside the archive', async () => {
    for (const slug of ['nope', '..%2F..%2Fpackage.json', '..%2Fserver.json', 'UPPER']) {
      const res = await fetch(`${url}/posts/${slug}/`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/"dependencies"|"pid"/);
    }
  });
});

describe('safe ingestion', () => {
  // Behaviour only (bench/ingest.bench.ts measures the answer times): health is answered, ok, many times while the post
  // is extracted and written, and afterwards every node and relationship the extractor reads from it is in the store.
  it('/api/health keeps answering ok while a 5 MB post is extracted and loaded, and the post is all there after', async () => {
    const seed = readFileSync(path.join(ROOT, 'data/posts/KubeCon-2017-Austin.md'), 'utf8');
    let big = '---\ntitle: Big Conf 2031\n---\n';
    while (Buffer.byteLength(big) + seed.length < 4.9 * 1024 * 1024) big += seed.replace(/^---[\s\S]*?\n---\n/, '');
    // What the extractor reads from the same post, in another process (the CLI, at the same time: asynchronously, since
    // a process held by spawnSync cannot notice the app closing idle connections, and a POST on one fails).
    const file = path.join(work, 'big.md');
    const out = path.join(work, 'big.json');
    writeFileSync(file, big);
    const extracted = new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['bin/confgraph.js', 'extract', file, '--out', out], { cwd: ROOT, env: env() });
      children.add(child);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (code) => resolve({ code, stderr }));
    });

    let posted = false;
    // The same source name as the CLI's (the file name): the post's id is made from it.
    const post = fetch(`${url}/api/posts?source=big.md`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: big }).finally(() => {
      posted = true;
    });
    const answers: unknown[] = [];
    while (!posted) {
      const health = await fetch(`${url}/api/health`);
      const body: unknown = await health.json();
      expect(health.status).toBe(200);
      if (!posted) answers.push(body);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const res = await post;
    expect(res.status).toBe(201);
    // Extraction alone takes seconds: an event loop held by it (or by the load) would answer once or twice at most.
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify({ ok: true, store: 'embedded' })]));

    const run = await extracted;
    expect(run.code, run.stderr).toBe(0);
    const expected = KnowledgeGraph.parse(JSON.parse(readFileSync(out, 'utf8')));
    const summary = (await res.json()) as { nodes: number; edges: number; post: { url: string } | null };
    expect(summary).toMatchObject({ nodes: expected.elements.nodes.length, edges: expected.elements.edges.length });
    const found = async (query: string, params: Record<string, unknown>): Promise<unknown> => {
      const answer = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
      expect(answer.status).toBe(200);
      return ((await answer.json()) as { rows: Array<{ found: unknown }> }).rows[0]?.found;
    };
    const nodeIds = [...new Set(expected.elements.nodes.map((n) => n.data.id))];
    const edgeIds = [...new Set(expected.elements.edges.map((e) => e.data.id))];
    expect(await found('UNWIND $ids AS id MATCH (n {id: id}) RETURN count(n) AS found', { ids: nodeIds })).toBe(nodeIds.length);
    expect(await found('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r) AS found', { ids: edgeIds })).toBe(edgeIds.length);
    // Most of these ids were there before (the seed post has the same talks): the new post's evidence shows it was written.
    const withEvidence = expected.elements.edges.filter((e) => e.data.evidence.length > 0).map((e) => e.data.id);
    expect(withEvidence.length).toBeGreaterThan(100);
    const page = summary.post?.url ?? '';
    expect(page).toMatch(/^\/posts\/[a-z0-9-]+\/$/);
    expect(await found('MATCH ()-[r]->() WHERE r.id IN $ids AND r.evidence CONTAINS $page RETURN count(r) AS found', { ids: withEvidence, page })).toBe(new Set(withEvidence).size);
    // Read twice (the app and the CLI, 5 MB each): seconds on a quiet machine, minutes on a busy shared one.
  }, 300_000);
});
