// Builds a Cytoscape instance with the shared style and layouts; resolves `rendered` when the first layout stops.
import cytoscape from 'cytoscape';
import type { Core, ElementsDefinition } from 'cytoscape';
import { layoutOptions, registerLayouts } from './layouts.ts';
import { graphStyle, LARGE_GRAPH_NODES } from './style.ts';
import type { GraphTheme } from './style.ts';

export interface CreateGraphOptions {
  theme: GraphTheme | string;
  /** A name registered in graph/layouts.ts; fcose when absent. */
  layout?: string | null;
  /** Extra Cytoscape options (e.g. wheelSensitivity, userZoomingEnabled for embeds). */
  minZoom?: number;
  maxZoom?: number;
  /** Runs before the first layout, e.g. to apply filter/focus classes so only visible elements are laid out. */
  prepare?: (cy: Core) => void;
}

export interface GraphHandle {
  cy: Core;
  /** performance.now() at the moment the first layout stopped and the frame was drawn. */
  rendered: Promise<number>;
}

export function createGraph(container: HTMLElement, elements: ElementsDefinition, options: CreateGraphOptions): GraphHandle {
  registerLayouts();
  const large = elements.nodes.length > LARGE_GRAPH_NODES;
  const cy = cytoscape({
    container,
    elements,
    style: graphStyle(options.theme, { large }),
    minZoom: options.minZoom ?? 0.05,
    maxZoom: options.maxZoom ?? 4,
    // Big graphs: skip drawing edges and labels while panning, which keeps interaction smooth.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    boxSelectionEnabled: false,
  });
  options.prepare?.(cy);
  // Marks for the render bench's breakdown (element/style set-up vs layout vs first frame).
  performance.mark('cg:layout-start');
  const rendered = new Promise<number>((resolve) => {
    const visible = cy.elements(':visible');
    const layout = visible.layout(layoutOptions(options.layout, { nodeCount: visible.nodes().length, animate: false }));
    layout.one('layoutstop', () => {
      performance.mark('cg:layout-stop');
      // Wait for the frame that shows the laid-out graph before calling it rendered.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    });
    layout.run();
  });
  return { cy, rendered };
}

/** Re-runs a layout on the visible elements (after a filter or focus change). */
export function relayout(cy: Core, layout: string | null | undefined, animate = true): Promise<void> {
  const visible = cy.elements(':visible');
  return new Promise((resolve) => {
    const l = visible.layout(layoutOptions(layout, { nodeCount: visible.nodes().length, animate }));
    l.one('layoutstop', () => resolve());
    l.run();
  });
}
