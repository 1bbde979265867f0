// Stored properties and back: nulls dropped and restored, evidence as JSON text, aliases/evidence merged across posts.
import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from '../../../extractor/schema.ts';
import { edgeFromStored, edgeProps, mergeEdge, mergeEdgeProps, mergeNodeProps, nodeFromStored, nodeProps, sameProps } from '../../../store/graph-codec.ts';

const talk: NodeData = {
  id: 'talk:x', name: 'X', aliases: [], type: 'Talk', title: 'X', kind: 'keynote', day: null, level: null,
  videoId: null, videoUrl: null, url: 'https://p/#x', heading: 'X - A', event: null,
};
const edge: EdgeData = { id: 'MENTIONS:talk:x->project:k', source: 'talk:x', target: 'project:k', type: 'MENTIONS', evidence: [{ text: 'k', url: 'u' }], count: 2, role: null };

describe('graph codec', () => {
  it('round-trips a node: no nulls or type stored, all schema fields back', () => {
    const props = nodeProps(talk);
    expect(props).not.toHaveProperty('type');
    expect(Object.values(props)).not.toContain(null);
    expect(nodeFromStored('Talk', props)).toEqual(talk);
    expect(() => nodeFromStored('Spaceship', props)).toThrow(/unknown label/);
  });

  it('round-trips an edge with evidence as JSON text', () => {
    const props = edgeProps(edge);
    expect(typeof props.evidence).toBe('string');
    expect(props).not.toHaveProperty('role');
    expect(edgeFromStored('MENTIONS', 'talk:x', 'project:k', props)).toEqual(edge);
  });

  it('keeps aliases and evidence of earlier posts, incoming first, without duplicates', () => {
    expect(mergeNodeProps({ id: 'a', aliases: ['B', 'C'] }, { id: 'a', aliases: ['A', 'B'] }).aliases).toEqual(['B', 'C', 'A']);
    const merged = mergeEdgeProps(edgeProps(edge), edgeProps({ ...edge, evidence: [{ text: 'old', url: 'v' }, { text: 'k', url: 'u' }] }));
    expect(JSON.parse(String(merged.evidence))).toEqual([{ text: 'k', url: 'u' }, { text: 'old', url: 'v' }]);
  });

  it('compares properties regardless of key order, nulls and evidence encoding', () => {
    expect(sameProps({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1, c: null })).toBe(true);
    expect(sameProps({ evidence: '[{"text":"k","url":"u"}]' }, { evidence: [{ url: 'u', text: 'k' }] })).toBe(true);
    expect(sameProps({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('says whether an edge merge changes the stored edge: new sentences or properties do, sentences it already has do not', () => {
    const older = { text: 'old', url: 'v' };
    const stored = edgeProps({ ...edge, evidence: [...edge.evidence, older] });
    expect(mergeEdge(edgeProps(edge), undefined)).toEqual({ props: edgeProps(edge), changed: true });
    expect(mergeEdge(edgeProps(edge), edgeProps(edge)).changed).toBe(false);
    expect(mergeEdge(edgeProps(edge), stored)).toEqual({ props: stored, changed: false });
    const added = mergeEdge(edgeProps({ ...edge, evidence: [{ text: 'new', url: 'w' }] }), stored);
    expect(added.changed).toBe(true);
    expect(JSON.parse(String(added.props.evidence))).toEqual([{ text: 'new', url: 'w' }, ...edge.evidence, older]);
    expect(mergeEdge(edgeProps({ ...edge, count: 9 }), stored).changed).toBe(true);
    expect(mergeEdge(edgeProps({ ...edge, role: 'speaker' }), edgeProps(edge)).changed).toBe(true);
  });
});
