// The map layout: the same graph gives the same positions whatever its element order, and nodes do not pile up.
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../../extractor/schema.ts';
import { stablePositions } from '../../../server/map-layout/stable-layout.ts';
import { generateCorpus } from '../../../bench/store-corpus.ts';

const corpus: KnowledgeGraph = generateCorpus(60, 4);

function reversed(g: KnowledgeGraph): KnowledgeGraph {
  return { ...g, elements: { nodes: [...g.elements.nodes].reverse(), edges: [...g.elements.edges].reverse() } };
}

describe('stable map layout', () => {
  it('places every node, the same way on every run and for any element order', () => {
    const a = stablePositions(corpus);
    const b = stablePositions(reversed(corpus));
    expect(a.size).toBe(corpus.elements.nodes.length);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });

  it('spreads nodes out: no two laid-out nodes share a spot and neighbours sit closer than strangers', () => {
    const p = stablePositions(corpus);
    const spots = new Set([...p.values()].map((q) => `${Math.round(q.x)},${Math.round(q.y)}`));
    expect(spots.size).toBe(p.size);
    const dist = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    const linked = corpus.elements.edges.filter((e) => e.data.type === 'MENTIONS').map((e) => dist(e.data.source, e.data.target));
    const ids = corpus.elements.nodes.map((n) => n.data.id);
    const random = ids.slice(0, 40).map((id, i) => dist(id, ids[(i * 7 + 13) % ids.length]!));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    expect(mean(linked)).toBeLessThan(mean(random));
  });

  it('places posts and events among the nodes they link to, and copes with an empty or edgeless graph', () => {
    const p = stablePositions(corpus);
    const post = corpus.elements.nodes.find((n) => n.data.type === 'Post')!.data.id;
    expect(p.get(post)).toBeDefined();
    expect(stablePositions({ elements: { nodes: [], edges: [] } }).size).toBe(0);
    const lone = { elements: { nodes: corpus.elements.nodes.slice(0, 5), edges: [] } };
    expect(stablePositions(lone).size).toBe(5);
  });
});
