// The explorer's path finder: shortest, deterministic, and only through the nodes the view allows.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../web/src/graph/graph-index.ts';
import { findPath } from '../../../web/src/graph/find-path.ts';
import type { EdgeData, NodeData } from '../../../extractor/schema.ts';

const node = (id: string, type: NodeData['type']): { data: NodeData } => ({ data: { id, name: id, type, aliases: [] } as unknown as NodeData });
const edge = (type: string, source: string, target: string): { data: EdgeData } => ({
  data: { id: `${type}:${source}->${target}`, type, source, target, evidence: [], count: null, role: null } as EdgeData,
});

// a - post - b is short, a - talk - c - b is the long way round through shown types.
const index = buildIndex({
  elements: {
    nodes: [node('a', 'Project'), node('b', 'Project'), node('c', 'Project'), node('post', 'Post'), node('talk', 'Talk'), node('lone', 'Project')],
    edges: [edge('MENTIONS', 'post', 'a'), edge('MENTIONS', 'post', 'b'), edge('MENTIONS', 'talk', 'a'), edge('MENTIONS', 'talk', 'c'), edge('INTEGRATES_WITH', 'c', 'b')],
  },
});

describe('findPath', () => {
  it('finds the shortest path, with the edge of each step', () => {
    const steps = findPath(index, 'a', 'b')!;
    expect(steps.map((s) => s.node)).toEqual(['a', 'post', 'b']);
    expect(steps[0]!.edge).toBeNull();
    expect(steps[1]!.edge?.id).toBe('MENTIONS:post->a');
  });

  it('goes round nodes the view hides', () => {
    const steps = findPath(index, 'a', 'b', (id) => id !== 'post')!;
    expect(steps.map((s) => s.node)).toEqual(['a', 'talk', 'c', 'b']);
  });

  it('null when not connected or an end is unknown; one step from a node to itself', () => {
    expect(findPath(index, 'a', 'lone')).toBeNull();
    expect(findPath(index, 'a', 'nope')).toBeNull();
    expect(findPath(index, 'a', 'a')).toEqual([{ node: 'a', edge: null }]);
  });
});
