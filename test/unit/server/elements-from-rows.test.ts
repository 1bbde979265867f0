// Graph nodes and relationships are found inside query rows in the forms stores return, at any depth.
import { describe, expect, it } from 'vitest';
import { elementsFromRows } from '../../../server/elements-from-rows.ts';

const rook = { id: 'project:rook', name: 'Rook', type: 'Project' };
const talk = { id: 'talk:t1', name: 'T1', type: 'Talk' };

describe('elementsFromRows', () => {
  it('finds flat nodes and edges and keeps only edges whose ends are present', () => {
    const found = elementsFromRows([
      { t: talk, r: { type: 'MENTIONS', source: 'talk:t1', target: 'project:rook', count: 2 }, p: rook },
      { x: { type: 'MENTIONS', source: 'talk:t1', target: 'project:absent' } },
    ]);
    expect(found.nodes.map((n) => n.data.id).sort()).toEqual(['project:rook', 'talk:t1']);
    expect(found.edges).toEqual([{ data: { id: 'MENTIONS:talk:t1->project:rook', type: 'MENTIONS', source: 'talk:t1', target: 'project:rook', count: 2 } }]);
  });

  it('reads labels/properties forms and nested lists (paths)', () => {
    const found = elementsFromRows([
      {
        path: [
          { labels: ['Talk'], properties: { id: 'talk:t1', name: 'T1' } },
          { type: 'MENTIONS', start: 'talk:t1', end: 'project:rook', properties: { id: 'e1' } },
          { labels: ['Project'], properties: { id: 'project:rook', name: 'Rook' } },
        ],
      },
    ]);
    expect(found.nodes.map((n) => n.data)).toEqual([
      { id: 'talk:t1', name: 'T1', type: 'Talk' },
      { id: 'project:rook', name: 'Rook', type: 'Project' },
    ]);
    expect(found.edges.map((e) => e.data)).toEqual([{ id: 'e1', type: 'MENTIONS', source: 'talk:t1', target: 'project:rook' }]);
  });

  it('ignores scalars and maps that are not graph elements', () => {
    const found = elementsFromRows([{ name: 'Rook', n: 3, m: { id: 'x', type: 'Nope' }, list: ['a', null] }]);
    expect(found).toEqual({ nodes: [], edges: [] });
  });

  it('deduplicates by id', () => {
    const found = elementsFromRows([{ a: rook }, { b: { data: rook } }]);
    expect(found.nodes).toHaveLength(1);
  });
});

describe('elementsFromRows with stored relationships', () => {
  it('reads the ends of a relationship from its id when the row has only its properties and type', () => {
    const found = elementsFromRows([
      {
        p: [
          { id: 'talk:t1', labels: ['Talk'], name: 'T1' },
          { id: 'MENTIONS:talk:t1->project:rook', type: 'MENTIONS', count: 1 },
          { id: 'project:rook', labels: ['Project'], name: 'Rook' },
        ],
      },
    ]);
    expect(found.edges.map((e) => [e.data.source, e.data.target])).toEqual([['talk:t1', 'project:rook']]);
  });
});
