// The standalone HTML writer: one file, no external reference, the data block cannot end its script, hostile text stays text.
import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../export/formats/html.ts';
import { HOSTILE_NAME, hostileGraph, viewOf } from './fixture.ts';

describe('writeHtml', () => {
  const input = viewOf(hostileGraph(), { caption: 'Storage </script> & friends' });
  const html = writeHtml(input);

  it('inlines everything: no src/href to anything, a CSP that forbids the network', () => {
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).toContain('<svg');
  });

  it('holds the graph as JSON that reads back exactly, whatever the names contain', () => {
    const m = /<script type="application\/json" id="confgraph-data">([\s\S]*?)<\/script>/.exec(html);
    expect(m).not.toBeNull();
    expect(JSON.parse(m?.[1] ?? '')).toEqual(input.graph);
    // Exactly two script elements: the data and the viewer; data never opens or closes one.
    expect(html.match(/<script/g)?.length).toBe(2);
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).not.toContain(HOSTILE_NAME);
  });
});
