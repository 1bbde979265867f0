// Exported files carry absolute links: a url relative to the app gets its origin, any other url stays as it is.
import { describe, expect, it } from 'vitest';
import { withAbsoluteUrls } from '../../../export/absolute-urls.ts';
import { EXPORT_FORMATS, writeExport } from '../../../export/registry.ts';
import { miniGraph, viewOf } from './fixture.ts';

const fixtureInput = () => viewOf(miniGraph());

describe('withAbsoluteUrls', () => {
  it('prefixes the app-relative urls of nodes and evidence, and leaves absolute and protocol-relative ones', () => {
    const input = fixtureInput();
    const talk = input.graph.elements.nodes.find((n) => n.data.type === 'Talk');
    const edge = input.graph.elements.edges[0];
    if (!talk || talk.data.type !== 'Talk' || !edge) throw new Error('fixture without a talk or an edge');
    talk.data.url = '/posts/fooconf/#a-talk';
    edge.data.evidence = [
      { text: 'one', url: '/posts/fooconf/#a-talk' },
      { text: 'two', url: 'https://example.org/post/#x' },
      { text: 'three', url: '//cdn.example.org/x' },
    ];
    const out = withAbsoluteUrls(input, 'http://127.0.0.1:3000/');
    const outTalk = out.graph.elements.nodes.find((n) => n.data.id === talk.data.id)?.data as { url: string };
    expect(outTalk.url).toBe('http://127.0.0.1:3000/posts/fooconf/#a-talk');
    expect(out.graph.elements.edges[0]?.data.evidence.map((e) => e.url)).toEqual(['http://127.0.0.1:3000/posts/fooconf/#a-talk', 'https://example.org/post/#x', '//cdn.example.org/x']);
    // The input is not changed: the live view keeps its links relative to the app.
    expect(talk.data.url).toBe('/posts/fooconf/#a-talk');
  });

  it('reaches the files every data format writes', async () => {
    const input = fixtureInput();
    const talk = input.graph.elements.nodes.find((n) => n.data.type === 'Talk');
    if (!talk || talk.data.type !== 'Talk') throw new Error('fixture without a talk');
    talk.data.url = '/posts/fooconf/#a-talk';
    for (const name of ['cyjs', 'graphml', 'csv'] as const) {
      const body = await writeExport(name, input, 'http://app.example:3000');
      const text = typeof body === 'string' ? body : body instanceof Uint8Array ? '' : Object.values(body).join('\n');
      expect(text, name).toContain('http://app.example:3000/posts/fooconf/#a-talk');
      expect(text, name).not.toMatch(/[">,]\/posts\/fooconf\//);
    }
    expect(EXPORT_FORMATS.map((f) => f.name)).toEqual(['png', 'svg', 'html', 'pptx', 'cyjs', 'graphml', 'csv']);
  });
});
