/**
 * Level of detail for very big graphs: zoomed out, tens of thousands of edges are a grey fog that costs
 * seconds to draw, so the overview shows nodes (and hub labels) only; edges appear once the view is
 * zoomed in far enough to tell them apart, and a selection's or path's edges always show.
 */
import type { Core, EdgeDefinition } from 'cytoscape';
import { FAR_EDGE_CLASS } from './style.ts';

/** Graphs with more nodes than this start as an overview. */
export const OVERVIEW_NODES = 4000;
/** Zoom at which the edges come in (and, a little below it, go again). */
const SHOW_AT = 0.45;
const HIDE_AT = 0.38;

/** Marks every edge as far (hidden) in the definitions, so the first frame costs nothing for them. */
export function overviewEdges(edges: EdgeDefinition[], nodeCount: number): EdgeDefinition[] {
  if (nodeCount <= OVERVIEW_NODES) return edges;
  return edges.map((e) => ({ ...e, classes: FAR_EDGE_CLASS }));
}

/** Shows or hides the far edges as the zoom crosses the thresholds (checked once the view stops moving). */
export function followZoom(cy: Core): void {
  if (cy.edges(`.${FAR_EDGE_CLASS}`).empty()) return;
  let far = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const zoom = cy.zoom();
      if (far && zoom >= SHOW_AT) {
        far = false;
        cy.batch(() => cy.edges().removeClass(FAR_EDGE_CLASS));
      } else if (!far && zoom < HIDE_AT) {
        far = true;
        cy.batch(() => cy.edges().addClass(FAR_EDGE_CLASS));
      }
    }, 200);
  });
}
