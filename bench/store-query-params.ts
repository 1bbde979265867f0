/** Params for every named query on a given graph (the busiest entity, a talk, a person...), for the store bench. */
import type { KnowledgeGraph } from '../extractor/schema.ts';

export function namedQueryParams(graph: KnowledgeGraph): Record<string, Record<string, unknown>> {
  const nodes = graph.elements.nodes.map((n) => n.data);
  const counts = new Map<string, number>();
  for (const { data } of graph.elements.edges) if (data.type === 'MENTIONS' && data.source.startsWith('talk:')) counts.set(data.target, (counts.get(data.target) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const entity = ranked[0] ?? '';
  const middle = ranked[Math.floor(ranked.length / 2)] ?? entity;
  const talk = nodes.find((n) => n.type === 'Talk')?.id ?? '';
  const person = nodes.find((n) => n.type === 'Person')?.id ?? '';
  const name = nodes.find((n) => n.id === middle)?.name ?? 'kube';
  return {
    'talks-mentioning-entity': { id: entity },
    'co-mentioned-entities': { id: entity, limit: 20 },
    'talk-mentions': { id: talk },
    'entity-people': { id: middle },
    'shortest-path': { from: middle, to: person },
    'top-projects': { limit: 20 },
    neighbourhood: { id: middle, depth: 2 },
    'search-entities': { q: name.slice(0, 4).toLowerCase(), limit: 20 },
    'entity-details': { id: entity },
    'list-talks': { event: null },
    'entity-neighbours': { id: middle },
    'entity-talk-speakers': { id: middle },
    'entity-presented-talks': { id: person },
  };
}
