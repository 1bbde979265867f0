// Builds a Cytoscape instance with the shared style and the map positions; resolves `rendered` when the first frame is drawn.
import cytoscape from 'cytoscape';
import type { Core, ElementsDefinition, LayoutOptions } from 'cytoscape';
import { fitTo } from './fit.ts';
import { ignoreBackgroundingFlips, warmBounds } from './first-frame-cache.ts';
import { deferEdges } from './deferred-edges.ts';
import { edgeClassesNow, followZoom, isOverviewSize } from './overview.ts';
import { lateEdgeClasses, visibleElements } from './view-state.ts';
import { DEFAULT_LAYOUT, KEEP_LAYOUT, registerLayouts, rememberMap, runLayout } from './layouts.ts';
import { graphStyle, LARGE_GRAPH_NODES } from './style.ts';
import type { GraphTheme } from './style.ts';

export interface CreateGraphOptions {
  theme: GraphTheme | string;
  /** A name registered in graph/layouts.ts; the map when absent. */
  layout?: string | null;
  minZoom?: number;
  maxZoom?: number;
  /** Runs before the first frame, e.g. to apply filter/focus classes so only visible elements are fitted. */
  prepare?: (cy: Core) => void;
  /** Sets the first viewport (e.g. one restored from a link); by default the visible elements are fitted. */
  viewport?: (cy: Core) => boolean;
  /**
   * Very big graphs (graph/overview.ts) start as an overview without edges: they are drawn once zoomed in,
   * and join the graph when needed (graph/deferred-edges.ts). The explorer only.
   */
  overview?: boolean;
}

export interface GraphHandle {
  cy: Core;
  /** performance.now() at the moment the first laid-out frame was drawn. */
  rendered: Promise<number>;
}

/** `elements` carry their map positions (graph/graph-elements.ts). */
export function createGraph(container: HTMLElement, elements: ElementsDefinition, options: CreateGraphOptions): GraphHandle {
  registerLayouts();
  const large = elements.nodes.length > LARGE_GRAPH_NODES;
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const overview = options.overview === true && isOverviewSize(elements.nodes.length);
  // Other layouts than the map place nodes by their edges: those need them from the start.
  const deferred = overview && layout === 'map';
  const cy = cytoscape({
    container,
    elements: deferred ? { nodes: elements.nodes, edges: [] } : elements,
    // The positions come with the elements: no layout at construction (Cytoscape's default grid would cost seconds on big graphs).
    layout: { name: KEEP_LAYOUT } as LayoutOptions,
    style: graphStyle(options.theme, { large }),
    minZoom: options.minZoom ?? 0.02,
    maxZoom: options.maxZoom ?? 4,
    // Big graphs: skip drawing edges and labels while panning, which keeps interaction smooth.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    boxSelectionEnabled: false,
  });
  ignoreBackgroundingFlips(cy);
  rememberMap(cy);
  if (overview) followZoom(cy);
  if (deferred) deferEdges(cy, elements.edges, () => `${edgeClassesNow(cy)} ${lateEdgeClasses(cy)}`.trim());
  options.prepare?.(cy);
  // Marks for the render bench's breakdown (element/style set-up vs layout vs first frame).
  performance.mark('cg:layout-start');
  const laidOut = layout === 'map' ? Promise.resolve() : runLayout(cy, visibleElements(cy), layout, false);
  const rendered = laidOut.then(() => {
    performance.mark('cg:layout-stop');
    if (!options.viewport?.(cy)) fitTo(cy, visibleElements(cy), 30);
    // Measured before the first frame, not during it, so the texture that frame draws is kept (graph/first-frame-cache.ts).
    warmBounds(cy);
    // The fit reads every node's size, so this is where Cytoscape styles the nodes: the bench splits it from the frame.
    performance.mark('cg:fitted');
    // Rendered when Cytoscape has drawn the frame that shows the laid-out graph: its 'render' event follows the draw,
    // in that frame. (Two animation frames used to stand in for it, which also waited for the next frame's redraw.)
    // forceRender asks for that frame even when the fit left the view as it was.
    return new Promise<number>((resolve) => {
      cy.one('render', () => resolve(performance.now()));
      cy.forceRender();
    });
  });
  return { cy, rendered };
}

/** Re-runs a layout on the visible elements (after a filter or focus change); the map only refits. */
export function relayout(cy: Core, layout: string | null | undefined, animate = true): Promise<void> {
  return runLayout(cy, visibleElements(cy), layout, animate);
}
