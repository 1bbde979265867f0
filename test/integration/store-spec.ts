// One behaviour suite for every GraphStore (STYLE.md lesson 3): run by store-embedded.test.ts and store-neo4j.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EdgeData, KnowledgeGraph, NodeData } from '../../extractor/schema.ts';
import { CLEAR_BATCH } from '../../store/cypher-store.ts';
import { InvalidGraphError, InvalidParamsError, UnknownQueryError } from '../../store/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { planLoad } from '../../store/load-plan.ts';
import { seedGraph, sortedGraph } from './store-seed.ts';

const nodesOf = (g: KnowledgeGraph): NodeData[] => g.elements.nodes.map((n) => n.data);
const edgesOf = (g: KnowledgeGraph): EdgeData[] => g.elements.edges.map((e) => e.data);
const graphOf = (nodes: NodeData[]): KnowledgeGraph => ({ elements: { nodes: nodes.map((data) => ({ data })), edges: [] }, warnings: [] });

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** The entity the most talks mention: the named queries are checked on it. */
function busiestEntity(g: KnowledgeGraph): string {
  const talks = new Set(nodesOf(g).filter((n) => n.type === 'Talk').map((n) => n.id));
  const counts = countBy(edgesOf(g).filter((e) => e.type === 'MENTIONS' && talks.has(e.source)), (e) => e.target);
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('seed graph has no talk mentions');
  return best[0];
}

export function storeSpecs(name: string, makeStore: () => Promise<GraphStore | null>, cleanup: () => Promise<void> = async () => {}): void {
  describe(`GraphStore spec: ${name}`, () => {
    let store: GraphStore | null = null;
    let graph: KnowledgeGraph;

    beforeAll(async () => {
      graph = await seedGraph();
      store = await makeStore();
      if (store) await store.init();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });
    beforeEach(async (ctx) => {
      if (!store) ctx.skip();
      await store?.clear();
    });
    const s = (): GraphStore => {
      if (!store) throw new Error('no store');
      return store;
    };

    it('loads a graph: every node and edge, counted by type, reported as created', async () => {
      const summary = await s().load(graph);
      expect(summary).toEqual({ nodesCreated: nodesOf(graph).length, nodesUpdated: 0, edgesCreated: edgesOf(graph).length, edgesUpdated: 0 });
      const stats = await s().stats();
      expect(stats.nodes).toBe(nodesOf(graph).length);
      expect(stats.edges).toBe(edgesOf(graph).length);
      expect(stats.nodesByType).toEqual(countBy(nodesOf(graph), (n) => n.type));
      expect(stats.edgesByType).toEqual(countBy(edgesOf(graph), (e) => e.type));
    });

    it('exports exactly what was loaded (round trip, evidence included)', async () => {
      await s().load(graph);
      expect(sortedGraph(await s().exportGraph())).toEqual(sortedGraph(graph));
    });

    it('reloading the same graph changes nothing: same counts and properties, nothing reported', async () => {
      await s().load(graph);
      const before = sortedGraph(await s().exportGraph());
      const summary = await s().load(graph);
      expect(summary).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
      expect(sortedGraph(await s().exportGraph())).toEqual(before);
    });

    it('a changed property is reported as an update and stored', async () => {
      await s().load(graph);
      const talk = nodesOf(graph).find((n) => n.type === 'Talk');
      if (!talk) throw new Error('no talk in the seed graph');
      const changed = { ...talk, name: `${talk.name} (renamed)` };
      const summary = await s().load({ elements: { nodes: [{ data: changed }], edges: [] }, warnings: [] });
      expect(summary).toEqual({ nodesCreated: 0, nodesUpdated: 1, edgesCreated: 0, edgesUpdated: 0 });
      const stored = nodesOf(await s().exportGraph()).find((n) => n.id === talk.id);
      expect(stored?.name).toBe(changed.name);
    });

    it('a second post adds aliases and evidence instead of replacing them', async () => {
      await s().load(graph);
      const edge = edgesOf(graph).find((e) => e.type === 'MENTIONS' && e.evidence.length > 0);
      if (!edge) throw new Error('no MENTIONS with evidence in the seed graph');
      const target = nodesOf(graph).find((n) => n.id === edge.target);
      const source = nodesOf(graph).find((n) => n.id === edge.source);
      if (!target || !source) throw new Error('edge ends missing');
      const extra = { text: 'A sentence from another post.', url: 'https://example.org/other/#x' };
      const second: KnowledgeGraph = {
        elements: {
          nodes: [{ data: source }, { data: { ...target, aliases: [...target.aliases, 'Another Alias'] } }],
          edges: [{ data: { ...edge, evidence: [extra] } }],
        },
        warnings: [],
      };
      const summary = await s().load(second);
      expect(summary).toEqual({ nodesCreated: 0, nodesUpdated: 1, edgesCreated: 0, edgesUpdated: 1 });
      const exported = await s().exportGraph();
      expect(nodesOf(exported).find((n) => n.id === target.id)?.aliases).toEqual([...target.aliases, 'Another Alias']);
      expect(edgesOf(exported).find((e) => e.id === edge.id)?.evidence).toEqual([extra, ...edge.evidence]);
    });

    it('a load that fails midway (edge to a missing node) leaves the store exactly as before', async () => {
      await s().load(graph);
      const before = sortedGraph(await s().exportGraph());
      const newNode: NodeData = { id: 'project:brand-new-thing', name: 'Brand New Thing', aliases: [], type: 'Project', homepage: null, repo: null, maturity: null, category: null };
      const talk = nodesOf(graph).find((n) => n.type === 'Talk');
      if (!talk) throw new Error('no talk');
      const bad: KnowledgeGraph = {
        elements: {
          nodes: [{ data: newNode }, { data: { ...talk, name: 'changed before the failure' } }],
          edges: [
            { data: { id: `MENTIONS:${talk.id}->${newNode.id}`, source: talk.id, target: newNode.id, type: 'MENTIONS', evidence: [], count: 1, role: null } },
            { data: { id: `MENTIONS:${talk.id}->project:not-anywhere`, source: talk.id, target: 'project:not-anywhere', type: 'MENTIONS', evidence: [], count: 1, role: null } },
          ],
        },
        warnings: [],
      };
      await expect(s().load(bad)).rejects.toBeInstanceOf(InvalidGraphError);
      expect(sortedGraph(await s().exportGraph())).toEqual(before);
    });

    it('an invalid graph is refused before anything is written', async () => {
      await s().load(graph);
      const before = await s().stats();
      const invalid = { elements: { nodes: [{ data: { id: '', type: 'Project' } }], edges: [] }, warnings: [] };
      await expect(s().load(invalid as unknown as KnowledgeGraph)).rejects.toBeInstanceOf(InvalidGraphError);
      await expect(s().load({} as KnowledgeGraph)).rejects.toBeInstanceOf(InvalidGraphError);
      expect(await s().stats()).toEqual(before);
    });

    it('a plan in small batches (as the app\'s worker makes it) stores what load() stores, and again changes nothing', async () => {
      const summary = await s().loadPlanned(planLoad(graph, { rows: 7, chars: 2048 }));
      expect(summary).toEqual({ nodesCreated: nodesOf(graph).length, nodesUpdated: 0, edgesCreated: edgesOf(graph).length, edgesUpdated: 0 });
      expect(sortedGraph(await s().exportGraph())).toEqual(sortedGraph(graph));
      expect(await s().loadPlanned(planLoad(graph, { rows: 1, chars: 1 }))).toEqual({ nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 });
      expect(sortedGraph(await s().exportGraph())).toEqual(sortedGraph(graph));
    });

    it('a plan whose last batch is not rows is rolled back whole: the batches written before it are not kept', async () => {
      await s().load(graph);
      const before = sortedGraph(await s().exportGraph());
      const talks = nodesOf(graph).filter((n) => n.type === 'Talk');
      const renamed = graphOf(talks.map((t) => ({ ...t, name: `${t.name} (renamed)` })));
      const plan = planLoad(renamed, { rows: 2 });
      const batches = plan.nodeGroups[0]?.batches;
      if (!batches || batches.length < 2) throw new Error('expected several batches of talks');
      batches[batches.length - 1] = new TextEncoder().encode('[{"id": "talk:x", "props": "not a map"}]');
      await expect(s().loadPlanned(plan)).rejects.toBeInstanceOf(InvalidGraphError);
      expect(sortedGraph(await s().exportGraph())).toEqual(before);
    });

    it('clear empties the store and a reload brings everything back', async () => {
      await s().load(graph);
      await s().clear();
      expect(await s().stats()).toEqual({ nodes: 0, edges: 0, nodesByType: {}, edgesByType: {} });
      await s().load(graph);
      expect(sortedGraph(await s().exportGraph())).toEqual(sortedGraph(graph));
    });

    it('clear deletes in bounded batches, one transaction each, until the store is empty', async () => {
      await s().load(graph);
      const before = await s().stats();
      if (before.edges < 50) throw new Error('expected a seed graph of many relationships');
      // (The batch is lowered so the seed needs many of them; the default fits Neo4j's per-transaction memory cap.)
      Object.assign(s(), { clearBatch: 7 });
      try {
        await s().clear();
      } finally {
        Object.assign(s(), { clearBatch: CLEAR_BATCH });
      }
      expect(await s().stats()).toEqual({ nodes: 0, edges: 0, nodesByType: {}, edgesByType: {} });
    });

    it('exports a filtered graph: by node type, edges only between kept nodes', async () => {
      await s().load(graph);
      const part = await s().exportGraph({ types: ['Talk', 'Project'] });
      expect(new Set(nodesOf(part).map((n) => n.type))).toEqual(new Set(['Talk', 'Project']));
      const ids = new Set(nodesOf(part).map((n) => n.id));
      expect(edgesOf(part).length).toBe(edgesOf(graph).filter((e) => ids.has(e.source) && ids.has(e.target)).length);
      expect(await s().health()).toBe(true);
    });

    describe('named queries', () => {
      beforeEach(async () => {
        await store?.load(graph);
      });

      it('talks-mentioning-entity: exactly the talks with a MENTIONS edge, with count and parsed evidence', async () => {
        const id = busiestEntity(graph);
        const talks = new Set(nodesOf(graph).filter((n) => n.type === 'Talk').map((n) => n.id));
        const expected = edgesOf(graph).filter((e) => e.type === 'MENTIONS' && e.target === id && talks.has(e.source));
        const result = await s().runNamed('talks-mentioning-entity', { id });
        expect(result.rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.source).sort());
        for (const edge of expected) {
          const row = result.rows.find((r) => r.id === edge.source);
          expect(row?.count).toBe(edge.count);
          expect(row?.evidence).toEqual(edge.evidence);
        }
      });

      it('co-mentioned-entities: ranked by shared talks, as counted from the graph', async () => {
        const id = busiestEntity(graph);
        const mentions = edgesOf(graph).filter((e) => e.type === 'MENTIONS' && e.source.startsWith('talk:'));
        const talksOf = new Set(mentions.filter((e) => e.target === id).map((e) => e.source));
        const shared = countBy(mentions.filter((e) => talksOf.has(e.source) && e.target !== id), (e) => e.target);
        const result = await s().runNamed('co-mentioned-entities', { id, limit: 500 });
        expect(Object.fromEntries(result.rows.map((r) => [String(r.id), r.sharedTalks]))).toEqual(shared);
        const counts = result.rows.map((r) => Number(r.sharedTalks));
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        expect((await s().runNamed('co-mentioned-entities', { id, limit: 1 })).rows.length).toBe(Math.min(1, result.rows.length));
      });

      it('talk-mentions: everything a talk mentions', async () => {
        const edge = edgesOf(graph).find((e) => e.type === 'MENTIONS' && e.source.startsWith('talk:'));
        if (!edge) throw new Error('no talk mention');
        const expected = edgesOf(graph).filter((e) => e.type === 'MENTIONS' && e.source === edge.source);
        const result = await s().runNamed('talk-mentions', { id: edge.source });
        expect(result.rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.target).sort());
        expect(result.rows.every((r) => Array.isArray(r.evidence))).toBe(true);
      });

      it('entity-people: the speakers of the talks mentioning an entity', async () => {
        const id = busiestEntity(graph);
        const talks = new Set(edgesOf(graph).filter((e) => e.type === 'MENTIONS' && e.target === id).map((e) => e.source));
        const people = new Set(edgesOf(graph).filter((e) => e.type === 'PRESENTED' && talks.has(e.target)).map((e) => e.source));
        const result = await s().runNamed('entity-people', { id });
        expect(new Set(result.rows.map((r) => r.personId))).toEqual(people);
        for (const row of result.rows) {
          const works = edgesOf(graph).filter((e) => e.type === 'WORKS_FOR' && e.source === row.personId).map((e) => e.target);
          expect(works.length === 0 ? [null] : works).toContain(row.organizationId);
        }
      });

      it('shortest-path: as long as a breadth-first search over the graph finds', async () => {
        const from = busiestEntity(graph);
        const to = nodesOf(graph).find((n) => n.type === 'Person')?.id ?? '';
        const adjacency = new Map<string, string[]>();
        for (const e of edgesOf(graph)) {
          adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), e.target]);
          adjacency.set(e.target, [...(adjacency.get(e.target) ?? []), e.source]);
        }
        const dist = new Map([[from, 0]]);
        const queue = [from];
        while (queue.length) {
          const at = queue.shift() ?? '';
          for (const next of adjacency.get(at) ?? []) {
            if (dist.has(next)) continue;
            dist.set(next, (dist.get(at) ?? 0) + 1);
            queue.push(next);
          }
        }
        const result = await s().runNamed('shortest-path', { from, to });
        expect(result.rows.length).toBe(1);
        const row = result.rows[0];
        expect(row?.length).toBe(dist.get(to));
        expect((row?.nodeIds as string[])[0]).toBe(from);
        expect((row?.nodeIds as string[]).at(-1)).toBe(to);
        expect((row?.relTypes as string[]).length).toBe(dist.get(to));
        expect((await s().runNamed('shortest-path', { from, to: 'project:nowhere' })).rows).toEqual([]);
      });

      it('top-projects: projects by number of talks, most first', async () => {
        const talks = new Set(nodesOf(graph).filter((n) => n.type === 'Talk').map((n) => n.id));
        const projects = new Set(nodesOf(graph).filter((n) => n.type === 'Project').map((n) => n.id));
        const expected = countBy(edgesOf(graph).filter((e) => e.type === 'MENTIONS' && talks.has(e.source) && projects.has(e.target)), (e) => e.target);
        const result = await s().runNamed('top-projects', { limit: 500 });
        expect(Object.fromEntries(result.rows.map((r) => [String(r.id), r.talks]))).toEqual(expected);
        const limited = await s().runNamed('top-projects', { limit: 2 });
        expect(limited.rows).toEqual(result.rows.slice(0, 2));
      });

      it('neighbourhood: depth 1 is the incident edges; deeper includes them', async () => {
        const id = busiestEntity(graph);
        const incident = edgesOf(graph).filter((e) => e.source === id || e.target === id).map((e) => e.id).sort();
        const one = await s().runNamed('neighbourhood', { id, depth: 1 });
        expect(one.rows.map((r) => r.id).sort()).toEqual(incident);
        const two = await s().runNamed('neighbourhood', { id, depth: 2 });
        expect(two.rows.length).toBeGreaterThanOrEqual(one.rows.length);
        expect(two.rows.map((r) => r.id)).toEqual(expect.arrayContaining(incident));
        await expect(s().runNamed('neighbourhood', { id, depth: 4 })).rejects.toBeInstanceOf(InvalidParamsError);
      });

      it('search-entities: by name or alias, case-insensitive, no posts', async () => {
        const target = nodesOf(graph).find((n) => n.type === 'Project');
        if (!target) throw new Error('no project');
        const byName = await s().runNamed('search-entities', { q: target.name.toUpperCase(), limit: 50 });
        expect(byName.rows[0]?.id).toBe(target.id);
        expect(byName.rows[0]?.rank).toBe(0);
        const alias = target.aliases.find((a) => a !== target.name);
        if (alias) expect((await s().runNamed('search-entities', { q: alias.toLowerCase(), limit: 50 })).rows.map((r) => r.id)).toContain(target.id);
        const all = await s().runNamed('search-entities', { q: 'e', limit: 500 });
        expect(all.rows.some((r) => r.type === 'Post')).toBe(false);
      });

      it('entity-details: the node, its type and how many talks mention it', async () => {
        const id = busiestEntity(graph);
        const node = nodesOf(graph).find((n) => n.id === id);
        const result = await s().runNamed('entity-details', { id });
        expect(result.rows.length).toBe(1);
        expect(result.rows[0]?.type).toBe(node?.type);
        expect((result.rows[0]?.entity as Record<string, unknown>).name).toBe(node?.name);
        const talks = new Set(nodesOf(graph).filter((n) => n.type === 'Talk').map((n) => n.id));
        expect(result.rows[0]?.talks).toBe(edgesOf(graph).filter((e) => e.type === 'MENTIONS' && e.target === id && talks.has(e.source)).length);
        expect((await s().runNamed('entity-details', { id: 'project:nowhere' })).rows).toEqual([]);
      });

      it('list-talks: all talks, or one event\'s, with speakers', async () => {
        const talks = nodesOf(graph).filter((n) => n.type === 'Talk');
        const all = await s().runNamed('list-talks', {});
        expect(all.rows.map((r) => r.id).sort()).toEqual(talks.map((t) => t.id).sort());
        const event = talks.map((t) => (t.type === 'Talk' ? t.event : null)).find((e) => e !== null);
        if (event) {
          const some = await s().runNamed('list-talks', { event });
          expect(some.rows.every((r) => r.event === event)).toBe(true);
        }
        expect((await s().runNamed('list-talks', { event: 'event:none' })).rows).toEqual([]);
        const presented = edgesOf(graph).find((e) => e.type === 'PRESENTED');
        const speaker = nodesOf(graph).find((n) => n.id === presented?.source);
        expect(all.rows.find((r) => r.id === presented?.target)?.speakers).toContain(speaker?.name);
      });

      it('refuses an unknown query name and params that do not fit', async () => {
        await expect(s().runNamed('drop-everything', {})).rejects.toBeInstanceOf(UnknownQueryError);
        await expect(s().runNamed('top-projects', { limit: 'ten' })).rejects.toBeInstanceOf(InvalidParamsError);
        await expect(s().runNamed('top-projects', { limit: 10, extra: 1 })).rejects.toBeInstanceOf(InvalidParamsError);
        await expect(s().runNamed('talk-mentions', {})).rejects.toBeInstanceOf(InvalidParamsError);
      });
    });
  });
}
