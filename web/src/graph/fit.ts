// Fitting the view from node positions alone: Cytoscape's own fit measures every label, which takes seconds on big graphs.
import type { Collection, Core, Position } from 'cytoscape';

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** Up to this many nodes, fitting measures their labels; above it, node positions plus LABEL_ROOM stand in for them. */
const MEASURED_NODES = 600;
/** Room under each node for its label, in model px (labels hang below nodes). */
const LABEL_ROOM = 18;

/** The viewport that shows `eles`'s nodes with `padding` screen px around them, or null when there is nothing to show. */
export function fitViewport(cy: Core, eles: Collection, padding = 30, maxZoom = cy.maxZoom()): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const nodes = eles.nodes();
  if (nodes.length > 0 && nodes.length <= MEASURED_NODES) {
    // Few nodes: measure the labels too (big slide labels would otherwise be cut at the frame's edge).
    const bb = nodes.boundingBox({ includeLabels: true, includeOverlays: false });
    x1 = bb.x1;
    y1 = bb.y1;
    x2 = bb.x2;
    y2 = bb.y2;
  } else nodes.forEach((n) => {
    const p = n.position();
    const half = n.width() / 2;
    x1 = Math.min(x1, p.x - half);
    x2 = Math.max(x2, p.x + half);
    y1 = Math.min(y1, p.y - half);
    y2 = Math.max(y2, p.y + half + LABEL_ROOM);
  });
  if (!Number.isFinite(x1)) return null;
  const w = cy.width();
  const h = cy.height();
  const bw = Math.max(1, x2 - x1);
  const bh = Math.max(1, y2 - y1);
  const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh)));
  return { zoom, pan: { x: w / 2 - zoom * (x1 + bw / 2), y: h / 2 - zoom * (y1 + bh / 2) } };
}

/** Fits at once, or animated when `duration` is given. */
export function fitTo(cy: Core, eles: Collection, padding = 30, duration = 0, maxZoom = cy.maxZoom()): void {
  const vp = fitViewport(cy, eles, padding, maxZoom);
  if (!vp) return;
  if (duration > 0) {
    cy.stop();
    cy.animate({ zoom: vp.zoom, pan: vp.pan }, { duration });
  } else cy.viewport(vp);
}
