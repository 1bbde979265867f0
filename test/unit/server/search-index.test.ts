// The search index ranks exact > prefix > contains > fuzzy over names and aliases and rebuilds after invalidate().
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../../extractor/schema.ts';
import { SearchIndex, normalize } from '../../../server/search-index.ts';

const mini = KnowledgeGraph.parse(JSON.parse(readFileSync(new URL('../../fixtures/mini-graph.json', import.meta.url), 'utf8')));

function indexOver(graph: KnowledgeGraph) {
  let builds = 0;
  const index = new SearchIndex(async () => {
    builds++;
    return graph;
  });
  return { index, builds: () => builds };
}

describe('SearchIndex', () => {
  it('finds a name exactly, case-insensitively', async () => {
    const { index } = indexOver(mini);
    const hits = await index.search('ROOK', { limit: 5 });
    expect(hits[0]).toMatchObject({ id: 'project:rook', match: 'exact' });
  });

  it('finds aliases', async () => {
    const { index } = indexOver(mini);
    const hits = await index.search('k8s', { limit: 5 });
    expect(hits[0]).toMatchObject({ id: 'project:kubernetes', matched: 'k8s', match: 'exact' });
  });

  it('knows the gazetteer\'s abbreviations even when no post wrote them (k8s, kube)', async () => {
    const graph = KnowledgeGraph.parse({
      elements: { nodes: [{ data: { id: 'project:kubernetes', type: 'Project', name: 'Kubernetes', aliases: ['Kubernetes'], homepage: null, repo: null, maturity: null, category: null } }], edges: [] },
      warnings: [],
    });
    const { index } = indexOver(graph);
    expect((await index.search('k8s', { limit: 5 }))[0]).toMatchObject({ id: 'project:kubernetes', match: 'exact' });
    expect((await index.search('kube', { limit: 5 }))[0]).toMatchObject({ id: 'project:kubernetes', match: 'exact' });
  });

  it('tolerates a typo', async () => {
    const { index } = indexOver(mini);
    const hits = await index.search('Kuberntes', { limit: 5 });
    expect(hits[0]).toMatchObject({ id: 'project:kubernetes', match: 'fuzzy', distance: 1 });
  });

  it('ranks exact before prefix before contains before fuzzy', async () => {
    const graph = KnowledgeGraph.parse({
      elements: {
        nodes: ['Helm', 'Helmsman', 'Overhelm', 'Hell'].map((name) => ({
          data: { id: `project:${name.toLowerCase()}`, name, aliases: [], type: 'Project', homepage: null, repo: null, maturity: null, category: null },
        })),
        edges: [],
      },
      warnings: [],
    });
    const { index } = indexOver(graph);
    // "helm" has 4 letters: one edit allowed, so "Hell" is a fuzzy hit.
    const hits = await index.search('helm', { limit: 10 });
    expect(hits.map((h) => [h.name, h.match])).toEqual([
      ['Helm', 'exact'],
      ['Helmsman', 'prefix'],
      ['Overhelm', 'contains'],
      ['Hell', 'fuzzy'],
    ]);
  });

  it('does not fuzz very short queries into noise', async () => {
    const { index } = indexOver(mini);
    expect(await index.search('zq', { limit: 5 })).toEqual([]);
  });

  it('filters by type and honours the limit', async () => {
    const { index } = indexOver(mini);
    const all = await index.search('e', { limit: 100 });
    const people = await index.search('e', { limit: 100, types: ['Person'] });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((h) => h.type === 'Person')).toBe(true);
    expect(people.length).toBeLessThan(all.length);
    expect(await index.search('e', { limit: 2 })).toHaveLength(2);
  });

  it('builds once and rebuilds after invalidate()', async () => {
    const { index, builds } = indexOver(mini);
    await index.search('rook', { limit: 1 });
    await index.search('docker', { limit: 1 });
    expect(builds()).toBe(1);
    index.invalidate();
    await index.search('rook', { limit: 1 });
    expect(builds()).toBe(2);
  });

  it('answers from the new graph after invalidate(), not from remembered answers', async () => {
    let graph: KnowledgeGraph = mini;
    const index = new SearchIndex(async () => graph);
    expect((await index.search('rook', { limit: 5 }))[0]?.id).toBe('project:rook');
    graph = { elements: { nodes: [], edges: [] }, warnings: [] };
    index.invalidate();
    expect(await index.search('rook', { limit: 5 })).toEqual([]);
  });

  it('rebuilds once its maximum age has passed', async () => {
    let builds = 0;
    const index = new SearchIndex(async () => {
      builds++;
      return mini;
    }, 0);
    await index.search('rook', { limit: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await index.search('rook', { limit: 1 });
    expect(builds).toBe(2);
  });

  it('normalizes case, accents and punctuation', () => {
    expect(normalize('CRI-O')).toBe(normalize('cri o'));
    expect(normalize('Équipe')).toBe('equipe');
  });
});
