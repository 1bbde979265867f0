// Keeps the Cytoscape view in step with the view state: filter, focus, selection, path, layout, theme.
import type { Core } from 'cytoscape';
import { relayout } from './graph/create-graph.ts';
import { graphStyle, LARGE_GRAPH_NODES } from './graph/style.ts';
import { findPath } from './graph/find-path.ts';
import type { PathStep } from './graph/find-path.ts';
import { fitTo } from './graph/fit.ts';
import type { GraphIndex } from './graph/graph-index.ts';
import { applyEventFilter, applyFocus, applyPath, applySelection, applyTypeFilter, isShown } from './graph/view-state.ts';
import type { ViewState } from './state/view-state-url.ts';

export type PathStatus =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'found'; hops: number; steps: PathStep[]; throughHidden: boolean }
  | { state: 'error'; message: string };

/**
 * Applies the parts of the view state that live on the graph before the first layout, on a new instance.
 * Such an instance carries no view classes yet, so an event filter, focus or selection that is not set has
 * nothing to clear: each apply scans every element (together about 40 ms of the 10,000-node first render, profiled on a busy machine).
 */
export function applyInitialView(cy: Core, view: ViewState): void {
  applyTypeFilter(cy, view.types);
  if (view.event) applyEventFilter(cy, view.event);
  if (view.focus) applyFocus(cy, view.focus, view.depth);
  if (view.sel) applySelection(cy, view.sel);
}

export class GraphSync {
  pathStatus: PathStatus = { state: 'none' };
  /** True while a query result is shown: type/focus changes then wait until it is cleared. */
  subsetActive = false;

  constructor(
    private readonly cy: Core,
    private readonly index: GraphIndex,
    private readonly onPathStatus: (status: PathStatus) => void,
  ) {}

  /** Applies what changed; with no previous state only the path is loaded (applyInitialView did the rest). */
  update(view: ViewState, prev: ViewState | null): void {
    const cy = this.cy;
    if (!prev) {
      this.loadPath(view.from, view.to, view.types);
      return;
    }
    if (view.theme !== prev.theme) cy.style().fromJson(graphStyle(view.theme, { large: cy.nodes().length > LARGE_GRAPH_NODES })).update();
    let layoutNeeded = view.layout !== prev.layout;
    if (view.types.join() !== prev.types.join()) {
      applyTypeFilter(cy, view.types);
      layoutNeeded = true;
    }
    if (view.event !== prev.event) {
      applyEventFilter(cy, view.event);
      layoutNeeded = true;
    }
    if (view.focus !== prev.focus || (view.focus && view.depth !== prev.depth)) {
      applyFocus(cy, view.focus, view.depth);
      layoutNeeded = true;
    }
    if (layoutNeeded && !this.subsetActive) void relayout(cy, view.layout);
    if (view.sel !== prev.sel) {
      applySelection(cy, view.sel);
      this.reveal(view.sel);
    }
    if (view.from !== prev.from || view.to !== prev.to) this.loadPath(view.from, view.to, view.types, true);
  }

  /**
   * Zoom to the selection's neighbourhood when it was picked outside the canvas (search, panel, link);
   * a tap on the canvas only pans when the node is off screen, so the view does not jump under the mouse.
   */
  zoomOnNextSelection = true;

  reveal(id: string | null): void {
    const zoom = this.zoomOnNextSelection;
    this.zoomOnNextSelection = true;
    if (!id) return;
    const node = this.cy.getElementById(id);
    if (node.empty() || !isShown(node)) return;
    if (zoom) {
      // Measured a frame later: the selection's new label style (bold, bigger, wrapped) must reach the renderer
      // before label sizes are read, or its cached label images keep the old width and are drawn cut at both ends.
      requestAnimationFrame(() => {
        // Few neighbours would zoom in too far: the cap keeps the context readable.
        fitTo(this.cy, node.closedNeighborhood().filter((e) => isShown(e)), 80, 350, 1.6);
      });
      return;
    }
    const bb = this.cy.extent();
    const p = node.position();
    if (p.x < bb.x1 || p.x > bb.x2 || p.y < bb.y1 || p.y > bb.y2) this.cy.animate({ center: { eles: node } }, { duration: 300 });
  }

  /**
   * Finds the path on the loaded graph through the node types shown; only when there is none does it
   * go through hidden types (and shows those nodes). `reveal` brings the whole path into view.
   */
  private loadPath(from: string | null, to: string | null, types: readonly string[], reveal = false): void {
    applyPath(this.cy, []);
    if (!from || !to) {
      this.setPath({ state: 'none' });
      return;
    }
    const shownTypes = new Set(types);
    const typeOf = (id: string) => this.index.nodes.get(id)?.type ?? '';
    let steps = findPath(this.index, from, to, (id) => shownTypes.has(typeOf(id)));
    const throughHidden = steps === null;
    steps ??= findPath(this.index, from, to);
    if (!steps) {
      this.setPath({ state: 'error', message: this.index.nodes.has(from) && this.index.nodes.has(to) ? 'not connected' : 'an end is not in this graph' });
      return;
    }
    const ids = steps.flatMap((s) => (s.edge ? [s.edge.id, s.node] : [s.node]));
    const shown = applyPath(this.cy, ids);
    // Reveal the path's nodes even when a filter or focus hid them.
    shown.removeClass('cg-hidden cg-by-filter cg-by-focus');
    this.setPath({ state: 'found', hops: steps.length - 1, steps, throughHidden });
    if (reveal) fitTo(this.cy, shown, 80, 400, 1.6);
  }

  private setPath(status: PathStatus): void {
    this.pathStatus = status;
    this.onPathStatus(status);
  }
}
