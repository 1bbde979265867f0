// Labels by level of detail: on a big graph only hubs and what the user looks at carry a label (and its style);
// a small graph labels every node.
import cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/store-corpus.ts';
import { graphElements } from '../../../web/src/graph/graph-elements.ts';
import { NODE_SIZES, sizeClass } from '../../../web/src/graph/node-metrics.ts';
import { getTheme, graphStyle, labelSizeFor } from '../../../web/src/graph/style.ts';

const elements = graphElements(generateCorpus(300, 4));
const theme = getTheme('light');

function graph(large: boolean): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: { nodes: elements.nodes, edges: [] }, style: graphStyle(theme, { large }) });
}

const sizeOf = (n: NodeSingular): number => NODE_SIZES.find((size) => n.hasClass(sizeClass(size))) ?? Number.NaN;
const fontPx = (n: NodeSingular): number => parseFloat(String(n.style('font-size')));
/** The biggest and the smallest non-talk nodes of the corpus. */
function hubAndSmall(cy: Core): { hub: NodeSingular; small: NodeSingular } {
  const nodes = (cy.nodes('[type != "Talk"]').toArray() as NodeSingular[]).sort((a, b) => sizeOf(b) - sizeOf(a));
  const [hub, small] = [nodes[0], nodes.at(-1)];
  if (!hub || !small) throw new Error('the corpus has no nodes');
  return { hub, small };
}

describe('graph style: labels by level of detail', () => {
  it('a big graph labels its hubs at their size, and draws small nodes without a label', () => {
    const cy = graph(true);
    const { hub, small } = hubAndSmall(cy);
    expect(hub.style('label')).toBe(hub.data('name'));
    expect(fontPx(hub)).toBe(labelSizeFor(sizeOf(hub), theme.fontSize));
    expect(small.style('label')).toBe('');
    // The small node's label style is left at Cytoscape's defaults: it was never applied.
    expect(small.style('text-outline-width')).not.toBe(hub.style('text-outline-width'));
    expect(small.width()).toBe(sizeOf(small));
  });

  it('a selected, highlighted or path node gets its label and the label style of its size', () => {
    const cy = graph(true);
    const { small } = hubAndSmall(cy);
    const talk = cy.nodes('[type = "Talk"]').first();
    small.addClass('cg-highlight');
    expect(small.style('label')).toBe(small.data('name'));
    expect(fontPx(small)).toBe(labelSizeFor(sizeOf(small), theme.fontSize));
    expect(small.style('text-outline-width')).toBe('2px');
    small.removeClass('cg-highlight').addClass('cg-selected');
    expect(fontPx(small)).toBe(labelSizeFor(sizeOf(small), theme.fontSize) + 4);
    expect(small.style('text-wrap')).toBe('wrap');
    talk.addClass('cg-path');
    expect(talk.style('label')).toBe(talk.data('name'));
    expect(fontPx(talk)).toBe(Math.max(8, theme.fontSize - 2));
    small.removeClass('cg-selected');
    expect(small.style('label')).toBe('');
  });

  it('a small graph labels every node', () => {
    const cy = graph(false);
    const { hub, small } = hubAndSmall(cy);
    for (const n of [hub, small]) expect(n.style('label')).toBe(n.data('name'));
    expect(small.style('text-outline-width')).toBe('2px');
    expect(small.style('text-wrap')).toBe('ellipsis');
  });
});
