/**
 * Store speed: relationships loaded per second into each store from a generated corpus (>= 100k
 * MENTIONS; --quick: ~10k), the batch size that was chosen, and p50/p99 of every named query on the
 * seed graph and on the corpus, on both stores. Neo4j is measured when NEO4J_URI is set or (full
 * runs) acquireNeo4j() can start one; otherwise its numbers are null with the reason.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../extractor/index.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { allCypherFiles } from '../store/cypher-files.ts';
import { EmbeddedStore } from '../store/embedded-store.ts';
import { QueryLimitError } from '../store/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { LOAD_BATCH_SIZE } from '../store/load-plan.ts';
import { Neo4jStore } from '../store/neo4j-store.ts';
import { percentile, round, type BenchOptions, type BenchResults } from './bench-module.ts';
import { generateCorpus, splitIntoPosts } from './store-corpus.ts';
import { namedQueryParams } from './store-query-params.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
/** A query whose single run takes longer than this is timed once, not repeated. */
const SLOW_MS = 2_000;

interface Neo4jTarget {
  store: () => Neo4jStore;
  stop: () => Promise<void>;
}

async function neo4jTarget(quick: boolean): Promise<Neo4jTarget | string> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const config = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
    return { store: () => Neo4jStore.connect(config), stop: async () => {} };
  }
  if (quick) return 'quick run without NEO4J_URI (a full run starts one through acquireNeo4j)';
  try {
    const { acquireNeo4j } = await import('../test/support/neo4j.ts');
    const handle = await acquireNeo4j();
    if (!handle) return 'acquireNeo4j() found no Neo4j (no NEO4J_URI, no Docker, no Java/Maven launcher)';
    return { store: () => Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password }), stop: () => handle.stop() };
  } catch (error) {
    return `Neo4j could not be started: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Relationships per second of loading `graphs` one store.load() each into an empty store (wall clock, validation included). */
async function loadRate(store: GraphStore, graphs: KnowledgeGraph[]): Promise<{ relsPerS: number; ms: number; cpuMs: number; relationships: number }> {
  await store.clear();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const graph of graphs) await store.load(graph);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const relationships = (await store.stats()).edges;
  return { relsPerS: Math.round((relationships / ms) * 1000), ms: round(ms, 0), cpuMs: round((used.user + used.system) / 1000, 0), relationships };
}

async function queryTimes(store: GraphStore, graph: KnowledgeGraph, iterations: number): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const sets = namedQueryParams(graph);
  for (const file of allCypherFiles().filter((f) => f.group === 'queries')) {
    const params = sets[file.name];
    if (!params) {
      out[file.name] = { error: 'no params in bench/store-query-params.ts' };
      continue;
    }
    const samples: number[] = [];
    try {
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await store.runNamed(file.name, params);
        samples.push(performance.now() - started);
        if (samples[0] !== undefined && samples[0] > SLOW_MS) break;
      }
      out[file.name] = { p50_ms: round(percentile(samples, 50)), p99_ms: round(percentile(samples, 99)), runs: samples.length, params };
    } catch (error) {
      out[file.name] = { error: error instanceof Error ? error.message : String(error), params };
    }
  }
  return out;
}

/** Best of `runs` one-shot loads: on a shared machine the best run is the one least disturbed by others. */
async function bestLoad(store: GraphStore, corpus: KnowledgeGraph, runs: number): Promise<Awaited<ReturnType<typeof loadRate>> & { runs: number[] }> {
  const all: Array<Awaited<ReturnType<typeof loadRate>>> = [];
  for (let i = 0; i < runs; i++) all.push(await loadRate(store, [corpus]));
  const best = all.reduce((a, b) => (b.relsPerS > a.relsPerS ? b : a));
  return { ...best, runs: all.map((r) => r.relsPerS) };
}

/**
 * The whole corpus in one transaction, or why the store refused it: a hardened Neo4j (the launcher and
 * docker-compose.yml cap one transaction at 256 MiB) cannot hold 135k relationships in one, and says so.
 */
async function bestLoadOrLimit(store: GraphStore, corpus: KnowledgeGraph, runs: number): Promise<Awaited<ReturnType<typeof bestLoad>> | { error: string }> {
  try {
    return await bestLoad(store, corpus, runs);
  } catch (error) {
    if (!(error instanceof QueryLimitError)) throw error;
    return { error: `one transaction cannot hold the corpus: ${error.message}` };
  }
}

async function measure(store: GraphStore, seed: KnowledgeGraph, corpus: KnowledgeGraph, iterations: number, loadRuns: number): Promise<Record<string, unknown>> {
  await store.init();
  const load = await bestLoadOrLimit(store, corpus, loadRuns);
  // (Refused in one transaction, the corpus is queried as loaded post by post.)
  const refused = 'error' in load;
  const perPostFirst = refused ? await loadRate(store, splitIntoPosts(corpus)) : null;
  const corpusQueries = await queryTimes(store, corpus, iterations);
  const perPost = perPostFirst ?? (await loadRate(store, splitIntoPosts(corpus)));
  await store.clear();
  await store.load(seed);
  const seedQueries = await queryTimes(store, seed, iterations);
  await store.clear();
  return { load, load_per_post: perPost, queries: { seed: seedQueries, corpus: corpusQueries } };
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const talks = quick ? 1_000 : 10_000;
  const corpus = generateCorpus(talks);
  const mentions = corpus.elements.edges.filter((e) => e.data.type === 'MENTIONS').length;
  const seed = extract(readFileSync(path.join(root, 'data/posts/KubeCon-2017-Austin.md'), 'utf8'), { source: 'KubeCon-2017-Austin.md' });
  const iterations = quick ? 5 : 30;
  const loadRuns = quick ? 1 : 2;
  const results: BenchResults = {
    corpus: { talks, nodes: corpus.elements.nodes.length, relationships: corpus.elements.edges.length, mentions },
    load_mode:
      'load_rels_per_s_*: one store.load() of the whole corpus graph (one transaction) into an empty store, wall clock incl. validation, best of 2 in a full run; ' +
      'embedded = the default file-backed store (embedded_memory_load: the in-memory one tests use); ' +
      '<store>.load_per_post: the same corpus as one load() per post (50 posts in a full run), as `confgraph load posts/` does; cpuMs is this process only; ' +
      'a store that refuses the whole corpus in one transaction (Neo4j under its 256 MiB per-transaction cap) records the refusal as load.error, ' +
      'load_rels_per_s_<store> null, and is queried with the corpus loaded post by post',
    load_batch_size: LOAD_BATCH_SIZE,
    load_batch_size_reason:
      'rows per UNWIND statement (store/load-plan.ts): on this corpus grafeo costs the same CPU at 250-1000 rows and more from 2000 (wall time doubles); ' +
      'Neo4j wall time is flat within run-to-run noise from 500 to 5000 and its client CPU drops from 500 to 1000; see load_by_batch_size_embedded',
    load_average_at_start: loadavg().map((l) => round(l, 1)).join(' '),
  };

  const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-bench-'));
  try {
    const embedded = EmbeddedStore.open(dir);
    try {
      const measured = await measure(embedded, seed, corpus, iterations, loadRuns);
      results.load_rels_per_s_embedded = (measured.load as { relsPerS?: number }).relsPerS ?? null;
      results.embedded = measured;
    } finally {
      await embedded.close();
    }
    const memory = EmbeddedStore.create();
    try {
      await memory.init();
      results.embedded_memory_load = await bestLoad(memory, corpus, loadRuns);
    } finally {
      await memory.close();
    }
    if (!quick) {
      const bySize: Record<string, unknown> = {};
      for (const size of [250, 1000, 2000]) {
        const store = EmbeddedStore.create();
        await store.init();
        const { loadGraph } = await import('../store/load-graph.ts');
        const { planLoad } = await import('../store/load-plan.ts');
        const plan = planLoad(corpus, { rows: size, chars: Infinity });
        const cpu = process.cpuUsage();
        const started = performance.now();
        // @ts-expect-error the bench reaches the engine to vary the batch size, which the store API does not expose
        await store.engine.write((tx) => loadGraph(tx, plan));
        const used = process.cpuUsage(cpu);
        bySize[size] = { rels_per_s: Math.round((corpus.elements.edges.length / (performance.now() - started)) * 1000), cpu_ms: round((used.user + used.system) / 1000, 0) };
        await store.close();
      }
      results.load_by_batch_size_embedded = bySize;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const target = await neo4jTarget(quick);
  if (typeof target === 'string') {
    results.load_rels_per_s_neo4j = null;
    results.neo4j = { skipped: target };
  } else {
    const store = target.store();
    try {
      const measured = await measure(store, seed, corpus, iterations, loadRuns);
      const load = measured.load as { relsPerS?: number };
      results.load_rels_per_s_neo4j = load.relsPerS ?? null;
      results.neo4j = measured;
    } finally {
      await store.close();
      await target.stop();
    }
  }
  return results;
}
