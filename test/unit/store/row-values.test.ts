// Rows from both drivers come out in one shape: integers as numbers, nodes/relationships as properties, paths as lists, evidence parsed.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromGrafeo, fromNeo4j, normaliseRow } from '../../../store/row-values.ts';

const evidence = [{ text: 'A sentence.', url: 'https://x/#a' }];

describe('row values', () => {
  it('turns neo4j-driver values into plain JSON', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Project'], { id: 'project:a', count: neo4j.int(3) }, 'e1');
    const other = new neo4j.types.Node(neo4j.int(2), ['Talk'], { id: 'talk:b' }, 'e2');
    const rel = new neo4j.types.Relationship(neo4j.int(5), neo4j.int(2), neo4j.int(1), 'MENTIONS', { id: 'm', evidence: JSON.stringify(evidence) }, 'r5', 'e2', 'e1');
    const path = new neo4j.types.Path(other, node, [new neo4j.types.PathSegment(other, rel, node)]);
    expect(fromNeo4j(neo4j.int(42))).toBe(42);
    expect(fromNeo4j(node)).toEqual({ id: 'project:a', count: 3, labels: ['Project'] });
    expect(fromNeo4j(rel)).toEqual({ id: 'm', evidence, type: 'MENTIONS' });
    expect(fromNeo4j(path)).toEqual([{ id: 'talk:b', labels: ['Talk'] }, { id: 'm', evidence, type: 'MENTIONS' }, { id: 'project:a', count: 3, labels: ['Project'] }]);
    expect(fromNeo4j([neo4j.int(1), null, { a: neo4j.int(2) }])).toEqual([1, null, { a: 2 }]);
  });

  it('turns @grafeo-db/js values into the same JSON', () => {
    const node = { _id: 0, _labels: ['Project'], id: 'project:a', count: 3 };
    const other = { _id: 1, _labels: ['Talk'], id: 'talk:b' };
    const edge = { _id: 9, _source: 1, _target: 0, _type: 'MENTIONS', id: 'm', evidence: JSON.stringify(evidence) };
    expect(fromGrafeo(BigInt(7))).toBe(7);
    expect(fromGrafeo(node)).toEqual({ id: 'project:a', count: 3, labels: ['Project'] });
    expect(fromGrafeo(edge)).toEqual({ id: 'm', evidence, type: 'MENTIONS' });
    expect(fromGrafeo({ nodes: [other, node], edges: [edge] })).toEqual([{ id: 'talk:b', labels: ['Talk'] }, { id: 'm', evidence, type: 'MENTIONS' }, { id: 'project:a', count: 3, labels: ['Project'] }]);
  });

  it('parses an evidence column and leaves text that is not JSON alone', () => {
    expect(normaliseRow({ evidence: JSON.stringify(evidence), n: 1 }, fromGrafeo)).toEqual({ evidence, n: 1 });
    expect(normaliseRow({ evidence: 'not json' }, fromNeo4j)).toEqual({ evidence: 'not json' });
  });
});
