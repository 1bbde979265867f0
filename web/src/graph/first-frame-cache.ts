/**
 * Keeps the texture the first frame draws. Cytoscape's canvas renderer draws all elements into one
 * layer texture, and any element it is told changed throws that whole layer away; until it is redrawn
 * bit by bit, every frame draws each node on its own (about 100 ms a frame at 10,000 nodes, 1.3 s of
 * stutter as panning starts). Two things told it so right after the first frame, though nothing changed:
 *
 * - each element's first bounding box, measured while the first frame is drawn, is announced as a
 *   'bounds' change: warmBounds measures them before that frame instead;
 * - Cytoscape 3.34 flips a node's `:backgrounding` state each time it draws the node with no background
 *   image (its 'over' image pass counts the 'inside' images as drawn), and each flip restyles the node:
 *   ignoreBackgroundingFlips drops those restyles for nodes without images (we use none).
 */
import type { Core, NodeSingular } from 'cytoscape';

/** The part of Cytoscape's canvas renderer (not in its public types) the workaround wraps. */
interface CanvasRenderer {
  drawNode?: (this: CanvasRenderer, context: unknown, node: NodeSingular, ...rest: unknown[]) => unknown;
}

interface StyleUpdater {
  updateStyle(this: StyleUpdater, notifyRenderer?: boolean): unknown;
}

/** Depth of drawNode calls under way; the only restyle asked for inside one is the backgrounding flip. */
let drawing = 0;
const wrapped = new WeakSet<object>();

function hasBackgroundImage(node: NodeSingular): boolean {
  // style() gives the property as text: 'none', or the url(s).
  const urls: unknown = node.style('background-image');
  return typeof urls === 'string' ? urls !== '' && urls !== 'none' : Array.isArray(urls) && urls.some((url) => url !== 'none');
}

/** Measures every element's bounding box now, so the first frame does not announce them as changes. */
export function warmBounds(cy: Core): void {
  cy.elements().boundingBox();
}

/** Drops the restyle Cytoscape asks for when drawing a node without background images flips its backgrounding state. */
export function ignoreBackgroundingFlips(cy: Core): void {
  const renderer = (cy as Core & { renderer?: () => CanvasRenderer | undefined }).renderer?.();
  const drawNode = renderer?.drawNode;
  if (!renderer || !drawNode) return;
  renderer.drawNode = function (context, node, ...rest) {
    if (hasBackgroundImage(node)) return drawNode.call(this, context, node, ...rest);
    drawing++;
    try {
      return drawNode.call(this, context, node, ...rest);
    } finally {
      drawing--;
    }
  };
  // Every collection shares one prototype: wrap its updateStyle once per page.
  const proto = Object.getPrototypeOf(cy.collection()) as StyleUpdater;
  if (wrapped.has(proto)) return;
  wrapped.add(proto);
  const updateStyle = proto.updateStyle;
  proto.updateStyle = function (notifyRenderer) {
    // updateStyle(false) is the flip's call; every real style change (classes, data) notifies the renderer.
    if (drawing > 0 && notifyRenderer === false) return this;
    return updateStyle.call(this, notifyRenderer);
  };
}
