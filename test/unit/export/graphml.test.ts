// The GraphML writer: parses, holds the view's nodes and edges, declares a typed key for every attribute used.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../../export/formats/graphml.ts';
import { HOSTILE_EVIDENCE, HOSTILE_NAME, hostileGraph, viewOf } from './fixture.ts';

interface Data {
  '@_key': string;
  '#text': string | number | boolean;
}
interface Element {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data: Data[];
}

function parse(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false });
  const doc = parser.parse(xml) as { graphml: { key: Array<Record<string, string>>; graph: { node: Element[]; edge: Element[] } } };
  return doc.graphml;
}

describe('writeGraphml', () => {
  it('parses, and holds exactly the nodes and edges of the view with their attributes', () => {
    const input = viewOf(hostileGraph());
    const xml = writeGraphml(input);
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parse(xml);
    expect(g.graph.node.map((n) => n['@_id']).sort()).toEqual(input.graph.elements.nodes.map((n) => n.data.id).sort());
    expect(g.graph.edge.map((e) => `${e['@_source']}->${e['@_target']}`).sort()).toEqual(input.graph.elements.edges.map((e) => `${e.data.source}->${e.data.target}`).sort());
    const keyName = new Map(g.key.map((k) => [k['@_id'], k['@_attr.name']]));
    // Every <data> refers to a declared key; Gephi's layout keys are there.
    for (const el of [...g.graph.node, ...g.graph.edge]) for (const d of el.data) expect(keyName.has(d['@_key'])).toBe(true);
    expect([...keyName.values()]).toEqual(expect.arrayContaining(['label', 'type', 'x', 'y', 'size', 'r', 'g', 'b', 'weight', 'count', 'evidence']));
    const evil = g.graph.node.find((n) => n['@_id'] === 'project:evil');
    const label = evil?.data.find((d) => keyName.get(d['@_key']) === 'label');
    expect(label?.['#text']).toBe(HOSTILE_NAME);
    const edge = g.graph.edge.find((e) => e['@_target'] === 'project:evil');
    const evidence = edge?.data.find((d) => keyName.get(d['@_key']) === 'evidence');
    expect(JSON.parse(String(evidence?.['#text']))).toEqual([{ text: HOSTILE_EVIDENCE, url: 'https://example.org/p/#a"b' }]);
  });

  it('types numeric keys as numbers', () => {
    const g = parse(writeGraphml(viewOf(hostileGraph())));
    const type = (name: string) => g.key.find((k) => k['@_attr.name'] === name)?.['@_attr.type'];
    expect(type('x')).toBe('double');
    expect(type('count')).toBe('int');
    expect(type('name')).toBe('string');
  });
});
