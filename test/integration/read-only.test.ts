// Users' Cypher cannot change either store: >= 20 writes of every kind are refused and the graph is unchanged; runaway reads are cut.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import { QueryLimitError, QuerySyntaxError, ReadOnlyViolationError } from '../../store/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import type { CypherStore } from '../../store/cypher-store.ts';
import { neo4jStoreFactory } from '../support/neo4j-store.ts';
import { WRITES } from './hostile-cypher.ts';
import { seedGraph, sortedGraph } from './store-seed.ts';

/** Data writes sent past the plan check: the engine itself must refuse them. */
const ENGINE_WRITES = [
  "CREATE (n:Project {id: 'project:hacked', name: 'x'})",
  "MERGE (n:Project {id: 'project:kubernetes'}) SET n.name = 'hacked'",
  "MATCH (n) SET n.name = 'x'",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Project) REMOVE n.name',
  'MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = true)',
  "MATCH (n) RETURN n.id AS id UNION MATCH (m:Project) SET m.name = 'x' RETURN m.id AS id",
  'MATCH (n) CALL { WITH n DETACH DELETE n } RETURN count(*) AS c',
];

// The filter keeps engines from answering a cartesian count(*) by multiplying label counts.
const RUNAWAYS = [
  "MATCH (a), (b), (c), (d), (e), (f) WHERE a.id + b.id + c.id + d.id + e.id + f.id = 'never' RETURN count(*) AS c",
  'MATCH p = (a)-[*]-(b) RETURN count(p) AS c',
];

function readOnlySuite(name: string, make: () => Promise<GraphStore | null>, cleanup: () => Promise<void>): void {
  describe(`read-only user Cypher: ${name}`, () => {
    let store: GraphStore | null = null;
    beforeAll(async () => {
      store = await make();
      if (!store) return;
      await store.init();
      await store.clear();
      await store.load(await seedGraph());
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it(`refuses ${WRITES.length} writes of every kind and the graph stays exactly the same`, async (ctx) => {
      if (!store) return ctx.skip();
      const stats = await store.stats();
      const graph = sortedGraph(await store.exportGraph());
      for (const cypher of WRITES) {
        const error = await store.runReadOnly(cypher).then(() => null, (e: unknown) => e);
        expect(error, cypher).not.toBeNull();
        expect(error instanceof ReadOnlyViolationError || error instanceof QuerySyntaxError, `${cypher}: ${String(error)}`).toBe(true);
      }
      expect(await store.stats()).toEqual(stats);
      expect(sortedGraph(await store.exportGraph())).toEqual(graph);
    });

    it('the engine refuses data writes on its own, without the plan check', async (ctx) => {
      if (!store) return ctx.skip();
      const graph = sortedGraph(await store.exportGraph());
      for (const cypher of ENGINE_WRITES) {
        await expect((store as CypherStore).readOnlyUnguarded(cypher), cypher).rejects.toBeInstanceOf(ReadOnlyViolationError);
      }
      expect(sortedGraph(await store.exportGraph())).toEqual(graph);
    });

    it('answers reads, caps rows and says when it did', async (ctx) => {
      if (!store) return ctx.skip();
      const stats = await store.stats();
      const all = await store.runReadOnly('MATCH (n) RETURN n.id AS id ORDER BY id');
      expect(all.rows.length).toBe(stats.nodes);
      expect(all.truncated).toBe(false);
      const capped = await store.runReadOnly('MATCH (n) RETURN n.id AS id ORDER BY id', {}, { maxRows: 5 });
      expect(capped.rows).toEqual(all.rows.slice(0, 5));
      expect(capped.truncated).toBe(true);
      const named = await store.runReadOnly('MATCH (n:Project) WHERE n.id = $id RETURN n', { id: 'project:kubernetes' });
      expect(named.columns).toEqual(['n']);
      await expect(store.runReadOnly('MATCH (n RETURN n')).rejects.toBeInstanceOf(QuerySyntaxError);
    });

    // Cut by the timeout, or earlier by the engine's own resource guard (grafeo refuses a path search that would
    // outgrow its memory budget); which one comes first depends on the machine's speed, both are a QueryLimitError.
    it.each(RUNAWAYS)('cuts the runaway read %s with a timeout or a resource limit, then answers again', async (cypher) => {
      if (!store) return;
      await expect(store.runReadOnly(cypher, {}, { timeoutMs: 1_500 })).rejects.toBeInstanceOf(QueryLimitError);
      const after = await store.runReadOnly('MATCH (n) RETURN count(n) AS c');
      expect(after.rows[0]?.c).toBe((await store.stats()).nodes);
    });
  });
}

readOnlySuite('embedded', async () => EmbeddedStore.create(), async () => {});

const neo4j = neo4jStoreFactory();
readOnlySuite('neo4j', neo4j.open, neo4j.stop);
