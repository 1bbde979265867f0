// The SVG writer: well-formed XML holding the focused nodes' labels as text, hostile names escaped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writeSvg } from '../../../export/formats/svg.ts';
import { labelLines } from '../../../export/label-layout.ts';
import { HOSTILE_NAME, hostileGraph, miniGraph, viewOf } from './fixture.ts';

/** Every text run in the document (tspans and titles), whitespace kept as is. */
function texts(svg: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false, processEntities: true, htmlEntities: true });
  const out: string[] = [];
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text') out.push(String(value));
        else if (key !== ':@') walk(value);
      }
    }
  };
  walk(parser.parse(svg));
  return out;
}

describe('writeSvg', () => {
  it('is valid XML whose text holds every label of the focus view, and only that view', () => {
    const input = viewOf(miniGraph(), { focus: 'Rook', depth: 1 });
    const ids = input.graph.elements.nodes.map((n) => n.data.id).sort();
    // The Post node links to everything and is left out of pictures unless asked for.
    expect(ids).toEqual(['project:rook', 'talk:kubecon-2017/extending-kubernetes-101']);
    expect(viewOf(miniGraph(), { focus: 'Rook', depth: 1, types: ['Project', 'Talk', 'Post'] }).graph.elements.nodes.map((n) => n.data.id)).toContain('post:kubecon-demo');
    const svg = writeSvg(input);
    expect(XMLValidator.validate(svg)).toBe(true);
    const all = texts(svg);
    for (const { data } of input.graph.elements.nodes) {
      const lines = labelLines(input.nodes[data.id]!);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(all).toContain(line);
    }
    expect(all.join(' ')).not.toContain('Mrunal Patel');
  });

  it('escapes hostile names: no element comes from data, the text reads back exactly', () => {
    const input = viewOf(hostileGraph(), { focus: 'project:evil', theme: 'dark', caption: '<i>caption</i> & more' });
    const svg = writeSvg(input);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<b>|<i>/);
    const all = texts(svg);
    expect(all).toContain(HOSTILE_NAME);
    expect(all).toContain('<i>caption</i> & more');
  });

  it('draws no labels when they are off, and fits the drawing into a requested size', () => {
    const input = viewOf(miniGraph(), { labels: false });
    const svg = writeSvg(input, { width: 1280, height: 720 });
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, string> };
    expect(root.svg['@_width']).toBe('1280');
    expect(root.svg['@_height']).toBe('720');
    expect(svg).not.toContain('<tspan');
    expect(svg.match(/<g class="node"/g)?.length).toBe(miniGraph().elements.nodes.filter((n) => n.data.type !== 'Post').length);
  });
});
