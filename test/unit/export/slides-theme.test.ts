// The slides theme hides low-weight edges but never strands a node, and its labels are large.
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOW_WEIGHT_CLASS, applyTheme, slidesTheme } from '../../../web/src/embed/slides-theme.ts';
import { getTheme } from '../../../web/src/graph/style.ts';
import { miniGraph, viewOf } from './fixture.ts';

describe('slides theme', () => {
  it('hides structural edges and MENTIONS seen once, keeping each node attached', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: miniGraph().elements });
    applyTheme(cy, 'slides');
    const hidden = cy.edges(`.${LOW_WEIGHT_CLASS}`);
    expect(hidden.nonempty()).toBe(true);
    hidden.forEach((e) => {
      const type = e.data('type') as string;
      expect(type === 'PART_OF' || type === 'COVERS' || (type === 'MENTIONS' && (e.data('count') as number) <= 1)).toBe(true);
      expect(e.visible()).toBe(false);
    });
    cy.nodes().forEach((n) => {
      if (n.connectedEdges().nonempty()) expect(n.connectedEdges(':visible').nonempty()).toBe(true);
    });
    cy.destroy();
  });

  it('never strands a node, whatever the edges', () => {
    const edgeType = fc.constantFrom('MENTIONS', 'PART_OF', 'COVERS', 'IMPLEMENTS');
    const edges = fc.array(fc.record({ s: fc.integer({ min: 0, max: 7 }), t: fc.integer({ min: 0, max: 7 }), type: edgeType, count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 25 });
    fc.assert(
      fc.property(edges, (list) => {
        const cy = cytoscape({
          headless: true,
          styleEnabled: true,
          elements: [
            ...Array.from({ length: 8 }, (_, i) => ({ data: { id: `n${i}`, name: `n${i}`, type: 'Project' } })),
            ...list.map((e, i) => ({ data: { id: `e${i}`, source: `n${e.s}`, target: `n${e.t}`, type: e.type, count: e.count } })),
          ],
        });
        applyTheme(cy, 'slides');
        cy.nodes().forEach((n) => {
          if (n.connectedEdges().nonempty()) expect(n.connectedEdges(':visible').nonempty()).toBe(true);
        });
        cy.destroy();
      }),
    );
  });

  it('draws labels larger and darker than the light theme', () => {
    const slides = viewOf(miniGraph(), { theme: 'slides' });
    const light = viewOf(miniGraph(), { theme: 'light' });
    const kSlides = slides.nodes['project:kubernetes']!;
    const kLight = light.nodes['project:kubernetes']!;
    expect(kSlides.fontSize).toBeGreaterThanOrEqual(kLight.fontSize * 1.8);
    expect(kSlides.bold).toBe(true);
    expect(slidesTheme.label).toBe('#000000');
    expect(getTheme('slides')).toBe(slidesTheme);
    expect(getTheme('transparent').background).toBe('transparent');
  });
});
