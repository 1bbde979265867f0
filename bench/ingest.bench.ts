/**
 * Safe ingestion, timed: the compiled app (dist/server/main.js) reads a 5 MB post (POST /api/posts: extracted, checked
 * and batched in a worker thread, then written batch by batch) while /api/health is asked again 20 ms after each
 * answer. ingest_health_p50/p99/max_ms are those answers' times (the aim: under 50 ms), ingest_5mb_post_ms the post's
 * own time, with the load average beside them (on 2 shared cores, the other agents' work shows in every figure).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { percentile, round } from './bench-module.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const build = spawnSync(process.execPath, ['bin/build.js', '--node', '--if-stale', '--no-check'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node bin/build.js --node failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-bench-ingest-'));
  const env: NodeJS.ProcessEnv = { ...process.env, CONFGRAPH_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete env.NEO4J_URI;
  const app = spawn(process.execPath, ['dist/server/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: app.stdout }).on('line', (line) => {
        const m = /ready in \d+ ms: (http:\/\/[^/\s]+)\//.exec(line);
        if (m?.[1]) resolve(m[1]);
      });
      app.once('exit', (code) => reject(new Error(`the app exited (${code}) before it was ready`)));
    });
    const seed = readFileSync(path.join(root, 'data/posts/KubeCon-2017-Austin.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const target = (quick ? 1 : 4.9) * 1024 * 1024;
    let post = '---\ntitle: Bench Conf 2031\n---\n';
    while (Buffer.byteLength(post) + seed.length < target) post += seed;
    const loadBefore = round(loadavg()[0] ?? 0);
    const started = performance.now();
    let done = false;
    const posted = fetch(`${url}/api/posts`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: post }).then((res) => {
      done = true;
      return res.status;
    });
    const health: number[] = [];
    while (!done) {
      const t = performance.now();
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      if (!done) health.push(performance.now() - t);
      // Often enough that a block of the event loop longer than ~20 ms is met by some answer.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const status = await posted;
    if (status !== 201) throw new Error(`POST /api/posts answered ${status}`);
    return {
      ingest_post_mb: round(Buffer.byteLength(post) / 1024 / 1024),
      ingest_5mb_post_ms: round(performance.now() - started, 0),
      ingest_health_answers: health.length,
      ingest_health_p50_ms: round(percentile(health, 50), 1),
      ingest_health_p99_ms: round(percentile(health, 99), 1),
      ingest_health_max_ms: round(percentile(health, 100), 1),
      ingest_load_average_1m_before: loadBefore,
      ingest_load_average_1m: round(loadavg()[0] ?? 0),
    };
  } finally {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
