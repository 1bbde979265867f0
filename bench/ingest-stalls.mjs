/**
 * Where the event loop stalls while a 5 MB post is ingested (a diagnostic beside ingest.bench.ts, not a bench: it
 * prints, it records nothing). `node bench/ingest-stalls.mjs [min-stall-ms=20]` after `npm run build`.
 *
 * The driver (this file, no argument) forks the server half (`server` argument): the compiled app composed as
 * dist/server/main.js composes it, on a fresh data dir, with timestamps around each step of a post (every grafeo call
 * and commit, the reader snapshot, the body, the hand-over to the worker, the archive write, the load) and a 1 ms
 * interval whose late ticks are the stalls. Each stall also says how much of it the main thread spent on a CPU (its own
 * work) and waiting for one (run-queue wait: other threads or processes), from /proc/self/task/<tid>/schedstat (Linux).
 * The driver posts the post, asks /api/health again 20 ms after each answer, and prints every stall and every slow
 * health answer with the steps they overlap. STALLS_NODE_ARGS (e.g. `--trace-gc`) are passed to the server half's node.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Absolute ms, comparable between the two processes. */
const now = () => performance.timeOrigin + performance.now();

async function server() {
  const { default: grafeo } = await import('@grafeo-db/js');
  /** [step, start, end] */
  const events = [];
  const step = (name, start) => events.push([name, start, now()]);
  const timedSync = (owner, method, name) => {
    const original = owner[method];
    owner[method] = function (...args) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        step(name, start);
      }
    };
  };
  /** CPU and run-queue wait (ms) of grafeo's query threads (tokio-rt-worker), summed. */
  const engineThreads = () => {
    let cpu = 0;
    let wait = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        if (!readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').startsWith('tokio')) continue;
        const [c = 0, w = 0] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        cpu += c / 1e6;
        wait += w / 1e6;
      } catch {
        // The thread ended meanwhile.
      }
    }
    return [cpu, wait];
  };
  // Native calls: the synchronous part on this thread (`call`, where parameters are converted) and the whole query,
  // with what grafeo's threads spent on a CPU and waiting for one meanwhile.
  const timedQuery = (owner, name) => {
    const original = owner.executeCypher;
    owner.executeCypher = function (...args) {
      const start = now();
      const [cpu0, wait0] = engineThreads();
      const result = original.apply(this, args);
      step(`${name}:call`, start);
      return result.then((value) => {
        const [cpu1, wait1] = engineThreads();
        step(`${name}:query (engine cpu ${(cpu1 - cpu0).toFixed(0)}, wait ${(wait1 - wait0).toFixed(0)})`, start);
        return value;
      });
    };
  };
  const db = grafeo.GrafeoDB.prototype;
  timedQuery(db, 'db.executeCypher');
  timedSync(db, 'save', 'db.save (reader snapshot)');
  const begin = db.beginTransaction;
  let txTimed = false;
  db.beginTransaction = function (...args) {
    const tx = begin.apply(this, args);
    if (!txTimed) {
      txTimed = true;
      const proto = Object.getPrototypeOf(tx);
      timedQuery(proto, 'tx.executeCypher');
      timedSync(proto, 'commit', 'tx.commit');
      timedSync(proto, 'rollback', 'tx.rollback');
    }
    return tx;
  };
  timedSync(Worker.prototype, 'postMessage', 'worker.postMessage (the markdown)');

  const { openStore } = await import(`${root}/dist/store/open-store.js`);
  const { createApp } = await import(`${root}/dist/server/app.js`);
  const { archivingExtract } = await import(`${root}/dist/server/archiving-extract.js`);
  const { PostArchive } = await import(`${root}/dist/server/post-archive.js`);
  const { loadPostsIfEmpty } = await import(`${root}/dist/server/seed-posts.js`);
  const { workerExtract } = await import(`${root}/dist/server/worker-extract.js`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'confgraph-ingest-stalls-'));
  const store = await openStore({ dataDir });
  const extractor = workerExtract();
  const archive = PostArchive.inDataDir(dataDir);
  const save = archive.saveAsync.bind(archive);
  archive.saveAsync = async (...args) => {
    const start = now();
    await save(...args);
    step('archive.saveAsync (whole)', start);
  };
  const prepareTimed = async (...args) => {
    const start = now();
    try {
      return await extractor.prepare(...args);
    } finally {
      step('worker prepare (whole)', start);
    }
  };
  await loadPostsIfEmpty(store, path.join(root, 'data', 'posts'), archivingExtract(extractor.extract, archive), () => {});
  const loadPlanned = store.loadPlanned.bind(store);
  store.loadPlanned = async (plan) => {
    const start = now();
    try {
      return await loadPlanned(plan);
    } finally {
      step('store.loadPlanned (whole)', start);
    }
  };
  const app = createApp({
    store,
    options: { webDist: null, extract: archivingExtract(extractor.extract, archive), prepare: archivingExtract(prepareTimed, archive), postArchive: archive, writeAuth: { host: '127.0.0.1', token: null } },
  });
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  listening.prependListener('request', (req, res) => {
    const start = now();
    if (req.method !== 'POST') return;
    req.once('end', () => step('POST body received', start));
    res.once('finish', () => step('POST answered (whole)', start));
  });

  // [ns on a CPU, ns waiting for one, major page faults (a page read back from disk)] of the main thread.
  const schedstat = () => {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const majorFaults = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[9]);
    return [...readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').slice(0, 2).map(Number), majorFaults];
  };
  const stalls = [];
  let last = now();
  let lastSched = schedstat();
  const probe = setInterval(() => {
    const t = now();
    const sched = schedstat();
    if (t - last > 8) stalls.push({ start: last, end: t, ms: t - last, cpuMs: ((sched[0] ?? 0) - (lastSched[0] ?? 0)) / 1e6, waitMs: ((sched[1] ?? 0) - (lastSched[1] ?? 0)) / 1e6, majorFaults: (sched[2] ?? 0) - (lastSched[2] ?? 0) });
    last = t;
    lastSched = sched;
  }, 1);
  process.send?.({ url: `http://127.0.0.1:${listening.address().port}` });
  process.once('message', async () => {
    clearInterval(probe);
    process.send?.({ stalls, events });
    listening.close();
    listening.closeAllConnections();
    await Promise.all([store.close(), extractor.close()]);
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

async function driver(minStallMs) {
  const child = fork(fileURLToPath(import.meta.url), ['server'], { execArgv: (process.env.STALLS_NODE_ARGS ?? '').split(' ').filter(Boolean) });
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  const seed = readFileSync(path.join(root, 'data/posts/KubeCon-2017-Austin.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  let post = '---\ntitle: Bench Conf 2031\n---\n';
  while (Buffer.byteLength(post) + seed.length < 4.9 * 1024 * 1024) post += seed;
  const t0 = now();
  let done = false;
  const posted = fetch(`${url}/api/posts`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: post }).then((res) => {
    done = true;
    return res.status;
  });
  const health = [];
  while (!done) {
    const start = now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    if (!done) health.push([start, now() - start]);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const status = await posted;
  const report = new Promise((resolve) => child.once('message', resolve));
  child.send('done');
  const { stalls, events } = await report;
  const at = (t) => `${(t - t0).toFixed(0).padStart(6)} ms`;
  const overlapping = (start, end) =>
    events
      .filter(([name, a, b]) => b > start && a < end && !name.includes('(whole)'))
      .map(([name, a, b]) => `${name} ${(a - start).toFixed(0)}+${(b - a).toFixed(1)}`)
      .slice(0, 6)
      .join('; ');
  const times = health.map(([, ms]) => ms).sort((a, b) => a - b);
  const pct = (p) => times[Math.max(0, Math.ceil((times.length * p) / 100) - 1)] ?? 0;
  console.log(`POST ${status} in ${((now() - t0) / 1000).toFixed(1)} s; ${times.length} health answers, p99 ${pct(99).toFixed(1)} ms, max ${pct(100).toFixed(1)} ms`);
  console.log(`event-loop stalls over ${minStallMs} ms (start after the POST was sent, length, this thread on a CPU / waiting for one / its major page faults, the steps it overlaps):`);
  for (const s of stalls.filter((x) => x.ms > minStallMs)) console.log(`${at(s.start)} +${s.ms.toFixed(1)} ms  cpu ${s.cpuMs.toFixed(1)} wait ${s.waitMs.toFixed(1)} major-faults ${s.majorFaults} | ${overlapping(s.start, s.end)}`);
  console.log(`health answers over ${minStallMs} ms (steps at offset+length from the request):`);
  for (const [start, ms] of health.filter(([, x]) => x > minStallMs)) {
    const inside = stalls.filter((x) => x.end > start && x.start < start + ms).map((x) => `stall ${(x.start - start).toFixed(0)}+${x.ms.toFixed(0)} (cpu ${x.cpuMs.toFixed(0)}, wait ${x.waitMs.toFixed(0)}, major faults ${x.majorFaults})`);
    console.log(`${at(start)} ${ms.toFixed(1)} ms | ${[...inside, overlapping(start, start + ms)].join('; ')}`);
  }
  console.log('steps (whole ones included):');
  for (const [name, a, b] of events.filter(([name]) => /whole|commit|body|snapshot/.test(name))) console.log(`  ${name} at ${at(a)} for ${(b - a).toFixed(1)} ms`);
}

if (process.argv[2] === 'server') await server();
else if (!readdirSync('/proc/self/task').length) throw new Error('needs Linux /proc');
else await driver(Number(process.argv[2] ?? 20));
