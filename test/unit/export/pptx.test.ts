// The PowerPoint writer: a valid 16:9 package whose slide holds one native shape per node, a line per edge, and the labels as text.
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../../export/formats/pptx.ts';
import { labelLines } from '../../../export/label-layout.ts';
import { HOSTILE_NAME, hostileGraph, miniGraph, viewOf } from './fixture.ts';

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the package`);
    return file.async('string');
  };
  return { zip, read };
}

const textRuns = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => new XMLParser({ processEntities: true }).parse(`<t>${m[1]}</t>`).t as string);

describe('writePptx', () => {
  it('is a valid OOXML package: content types, a 16:9 presentation, one slide that parses', async () => {
    const { zip, read } = await open(await writePptx(viewOf(miniGraph(), { theme: 'slides' })));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const presentation = await read('ppt/presentation.xml');
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
    expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(16 / 9, 2);
    const slide = await read('ppt/slides/slide1.xml');
    expect(XMLValidator.validate(slide)).toBe(true);
    expect(zip.file('ppt/slides/slide2.xml')).toBeNull();
  });

  it('holds every node as a shape and every label as text, the edges as connectors glued to their nodes', async () => {
    const input = viewOf(miniGraph(), { focus: 'Kubernetes', depth: 1 });
    const slide = await (await open(await writePptx(input))).read('ppt/slides/slide1.xml');
    const runs = textRuns(slide);
    for (const { data } of input.graph.elements.nodes) for (const line of labelLines(input.nodes[data.id]!)) expect(runs.join('\n')).toContain(line);
    // Nodes are preset shapes named after their entity; edges are connectors whose ends are those shapes.
    const names = [...slide.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const { data } of input.graph.elements.nodes) expect(names).toContain(`${data.type}: ${data.name}`);
    expect((slide.match(/<p:cxnSp>/g) ?? []).length).toBe(input.graph.elements.edges.length);
    expect(slide).not.toContain('prst="line"');
    const byId = new Map([...slide.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    for (const { data } of input.graph.elements.edges) {
      const target = input.graph.elements.nodes.find((n) => n.data.id === data.target)!.data;
      expect([...slide.matchAll(/<a:endCxn id="(\d+)"/g)].map((m) => byId.get(m[1]!))).toContain(`${target.type}: ${target.name}`);
    }
    expect(slide).toContain('prst="ellipse"');
  });

  it('keeps hostile text as text', async () => {
    const input = viewOf(hostileGraph(), { focus: 'project:evil' });
    const slide = await (await open(await writePptx(input))).read('ppt/slides/slide1.xml');
    expect(XMLValidator.validate(slide)).toBe(true);
    expect(slide).not.toContain('<script');
    expect(textRuns(slide).join('')).toContain(labelLines(input.nodes['project:evil']!)[0]);
    expect(HOSTILE_NAME.startsWith(labelLines(input.nodes['project:evil']!)[0]!.replace(/…$/, ''))).toBe(true);
  });
});
