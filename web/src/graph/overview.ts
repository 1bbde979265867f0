/**
 * Level of detail for very big graphs: zoomed out, tens of thousands of edges are a grey fog that costs
 * seconds to draw, so the overview shows nodes (and hub labels) only; edges appear once the view is
 * zoomed in far enough to tell them apart, and a selection's or path's edges always show. The edges
 * themselves join the graph as the nodes they touch come into a zoomed-in view (graph/deferred-edges.ts).
 */
import type { Core } from 'cytoscape';
import { ensureEdgesOf, pendingEdgeCount } from './deferred-edges.ts';
import { instanceSlot } from './instance-state.ts';
import { FAR_EDGE_CLASS } from './style.ts';

/**
 * Graphs with more nodes than this start as an overview. At 2,000 nodes the fitted map is already
 * zoomed out below SHOW_AT, where its 9,000 edges were a fog that took most of a second to draw.
 */
export const OVERVIEW_NODES = 1500;
/** Zoom at which the edges come in (and, a little below it, go again). */
const SHOW_AT = 0.45;
const HIDE_AT = 0.38;
/** True while the overview is zoomed out (its edges hidden). */
const farView = instanceSlot<boolean>();

export function isOverviewSize(nodeCount: number): boolean {
  return nodeCount > OVERVIEW_NODES;
}

/** The classes an edge gets when it joins the graph now: the far (hidden) class while the overview is zoomed out. */
export function edgeClassesNow(cy: Core): string {
  return farView.get(cy) === true ? FAR_EDGE_CLASS : '';
}

/** Adds the held-back edges of the nodes in view, and of those within half a screen of it (so a short pan finds them there). */
function ensureEdgesInView(cy: Core): void {
  if (pendingEdgeCount(cy) === 0) return;
  const { x1, x2, y1, y2, w, h } = cy.extent();
  const ids: string[] = [];
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    if (x >= x1 - w / 2 && x <= x2 + w / 2 && y >= y1 - h / 2 && y <= y2 + h / 2) ids.push(n.id());
  });
  ensureEdgesOf(cy, ids);
}

/** Starts the overview (edges marked far) and shows or hides them as the zoom crosses the thresholds, once the view stops moving. */
export function followZoom(cy: Core): void {
  farView.set(cy, true);
  cy.batch(() => cy.edges().addClass(FAR_EDGE_CLASS));
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const zoom = cy.zoom();
      const far = farView.get(cy) === true;
      if (far && zoom >= SHOW_AT) {
        farView.set(cy, false);
        cy.batch(() => cy.edges().removeClass(FAR_EDGE_CLASS));
        ensureEdgesInView(cy);
      } else if (!far) {
        if (zoom < HIDE_AT) {
          farView.set(cy, true);
          cy.batch(() => cy.edges().addClass(FAR_EDGE_CLASS));
        } else ensureEdgesInView(cy);
      }
    }, 200);
  });
}
