// The .cyjs writer and reader: a graph written and parsed back is the same graph, positions included.
import { describe, expect, it } from 'vitest';
import { parseCyjs, writeCyjs } from '../../../export/formats/cyjs.ts';
import { hostileGraph, viewOf } from './fixture.ts';

describe('.cyjs', () => {
  it('round-trips: same nodes, edges (evidence included) and positions', () => {
    const input = viewOf(hostileGraph());
    const back = parseCyjs(writeCyjs(input));
    expect(back.graph).toEqual(input.graph);
    for (const [id, look] of Object.entries(input.nodes)) expect(back.positions[id]).toEqual({ x: look.x, y: look.y });
  });

  it('carries what Cytoscape desktop reads: format header, node positions, interaction and list columns', () => {
    const doc = JSON.parse(writeCyjs(viewOf(hostileGraph()))) as {
      format_version: string;
      elements: { nodes: Array<{ position: unknown; data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> };
    };
    expect(doc.format_version).toBe('1.0');
    expect(doc.elements.nodes.every((n) => n.position && typeof n.data.shared_name === 'string')).toBe(true);
    const edge = doc.elements.edges.find((e) => e.data.target === 'project:evil');
    expect(edge?.data.interaction).toBe('MENTIONS');
    expect(Array.isArray(edge?.data.evidence) && (edge.data.evidence as unknown[]).every((t) => typeof t === 'string')).toBe(true);
  });

  it('refuses what is not a confgraph .cyjs with a reason', () => {
    expect(() => parseCyjs('{not json')).toThrow(/not a \.cyjs file/);
    expect(() => parseCyjs('{"elements":{}}')).toThrow(/no elements/);
    expect(() => parseCyjs('{"elements":{"nodes":[{"data":{"id":"x"}}],"edges":[]}}')).toThrow(/does not hold a confgraph graph/);
  });
});
