// Runs EVERY cypher/**.cypher file on both stores over the seed graph and asserts both engines answer identically.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { allCypherFiles, namedQuery, resetCypherUsage, usedCypherFiles } from '../../store/cypher-files.ts';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import type { GraphStore, QueryResult } from '../../store/graph-store.ts';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { acquireNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { seedGraph } from './store-seed.ts';

type Params = Record<string, unknown>;

/** Param sets per named query, taken from the seed graph; a query not listed here fails the test. */
function paramSets(graph: KnowledgeGraph): Record<string, Params[]> {
  const nodes = graph.elements.nodes.map((n) => n.data);
  const mentions = graph.elements.edges.map((e) => e.data).filter((e) => e.type === 'MENTIONS' && e.source.startsWith('talk:'));
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const entity = ranked[0] ?? '';
  const other = ranked.at(-1) ?? entity;
  const talk = nodes.find((n) => n.type === 'Talk')?.id ?? '';
  const person = nodes.find((n) => n.type === 'Person')?.id ?? '';
  const event = nodes.find((n) => n.type === 'Event')?.id ?? null;
  const project = nodes.find((n) => n.type === 'Project');
  const ids = [entity, other, talk, person, 'project:nowhere'];
  return {
    'talks-mentioning-entity': ids.map((id) => ({ id })),
    'co-mentioned-entities': [{ id: entity, limit: 500 }, { id: entity, limit: 3 }, { id: other, limit: 10 }],
    'talk-mentions': [talk, entity].map((id) => ({ id })),
    'entity-people': ids.map((id) => ({ id })),
    'shortest-path': [{ from: entity, to: person }, { from: other, to: talk }, { from: entity, to: 'project:nowhere' }],
    'top-projects': [{ limit: 500 }, { limit: 3 }],
    neighbourhood: [1, 2, 3].flatMap((depth) => [{ id: entity, depth }, { id: person, depth }]),
    'search-entities': [project?.name ?? 'x', 'kube', 'e', 'no-such-thing-at-all'].map((q) => ({ q, limit: 50 })),
    'entity-details': ids.map((id) => ({ id })),
    'list-talks': [{}, { event }, { event: 'event:none' }],
    'entity-neighbours': ids.map((id) => ({ id })),
    'entity-talk-speakers': ids.map((id) => ({ id })),
    'entity-presented-talks': [person, nodes.find((n) => n.type === 'Organization')?.id ?? '', 'person:nobody'].map((id) => ({ id })),
  };
}

/** The graph with one node and one relationship changed, so a reload takes the update statements. */
function changed(graph: KnowledgeGraph): KnowledgeGraph {
  const [node, ...nodes] = graph.elements.nodes;
  const [edge, ...edges] = graph.elements.edges;
  if (!node || !edge) throw new Error('seed graph is empty');
  return {
    elements: {
      nodes: [{ data: { ...node.data, name: `${node.data.name} (changed)` } }, ...nodes],
      edges: [{ data: { ...edge.data, count: (edge.data.count ?? 0) + 1 } }, ...edges],
    },
    warnings: [],
  };
}

/** JSON with keys sorted at every depth, so equal values give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Rows compared as a multiset when the statement has no ORDER BY. */
function comparable(result: QueryResult, ordered: boolean): unknown {
  const rows = result.rows.map(canonical);
  return { columns: result.columns, rows: ordered ? rows : [...rows].sort() };
}

describe('every cypher file on both engines', () => {
  let handle: Neo4jHandle | null = null;
  let graph: KnowledgeGraph;
  const stores: GraphStore[] = [];
  const used = new Map<string, Set<string>>();

  async function exercise(store: GraphStore): Promise<Set<string>> {
    resetCypherUsage();
    await store.init();
    await store.clear();
    await store.load(graph);
    await store.load(changed(graph));
    await store.load(graph);
    await store.stats();
    await store.exportGraph();
    await store.exportGraph({ types: ['Project', 'Talk'], maxNodes: 5 });
    await store.health();
    for (const [name, sets] of Object.entries(paramSets(graph))) for (const p of sets) if (namedQuery(name)) await store.runNamed(name, p);
    return usedCypherFiles();
  }

  beforeAll(async () => {
    graph = await seedGraph();
    handle = await acquireNeo4j();
    stores.push(EmbeddedStore.create());
    if (handle) stores.push(Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password }));
    for (const store of stores) used.set(store.kind, await exercise(store));
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await handle?.stop();
  });

  it('every file ran on every engine it is meant for', () => {
    for (const store of stores) {
      const expected = allCypherFiles().filter((f) => f.engines.includes(store.kind)).map((f) => f.key);
      expect([...(used.get(store.kind) ?? [])].sort(), store.kind).toEqual(expected.sort());
    }
  });

  it('every named query has param sets here', () => {
    const named = allCypherFiles().filter((f) => f.group === 'queries').map((f) => f.name);
    expect(named.filter((n) => !(n in paramSets(graph)))).toEqual([]);
  });

  it.each(allCypherFiles().filter((f) => f.group === 'queries').map((f) => [f.name] as const))('%s answers the same on both engines', async (name) => {
    if (stores.length < 2) return;
    const [embedded, neo] = stores as [GraphStore, GraphStore];
    const ordered = /\bORDER\s+BY\b/i.test(namedQuery(name)?.body ?? '');
    for (const params of paramSets(graph)[name] ?? []) {
      const a = await embedded.runNamed(name, params);
      const b = await neo.runNamed(name, params);
      expect(comparable(a, ordered), `${name} ${JSON.stringify(params)}`).toEqual(comparable(b, ordered));
    }
  });

  it('both engines export the same graph, whole, by type and capped', async () => {
    if (stores.length < 2) return;
    const [embedded, neo] = stores as [GraphStore, GraphStore];
    const sort = (g: KnowledgeGraph): string[] => [...g.elements.nodes, ...g.elements.edges].map((e) => JSON.stringify(e)).sort();
    expect(sort(await embedded.exportGraph())).toEqual(sort(await neo.exportGraph()));
    for (const filter of [{ types: ['Project', 'Organization'] }, { types: ['Talk', 'Person'], maxNodes: 7 }, { maxNodes: 3, maxEdges: 1 }]) {
      expect(sort(await embedded.exportGraph(filter)), JSON.stringify(filter)).toEqual(sort(await neo.exportGraph(filter)));
    }
  });
});
