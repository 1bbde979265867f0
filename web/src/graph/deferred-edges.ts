/**
 * Edges that join the graph when they are needed. The overview of a very big graph hides its edges
 * (graph/overview.ts), yet adding and styling 40,000 hidden edges cost Cytoscape most of the first
 * render, and adding them later in the background re-draws all nodes once per slice. So the graph
 * starts with its nodes; a node's edges are added once something needs them (a selection, focus,
 * event filter, path or query result, or the node coming into a zoomed-in view), and all of them for
 * what reads the whole graph (force layouts, exports).
 */
import type { Core, EdgeDefinition } from 'cytoscape';
import { instanceSlot } from './instance-state.ts';

interface Pending {
  edges: EdgeDefinition[];
  /** 1 once edges[i] is in the graph. */
  added: Uint8Array;
  /** Indices into `edges` by source and target id. */
  byNode: Map<string, number[]>;
  left: number;
  /** Classes an edge gets when it joins now (e.g. the overview's far class, the selection's fade). */
  classes: () => string;
}

const pendingEdges = instanceSlot<Pending>();

function pendingOf(cy: Core): Pending | undefined {
  return pendingEdges.get(cy);
}

/** Holds `edges` back from `cy` until ensureEdgesOf or ensureEdges adds them. */
export function deferEdges(cy: Core, edges: EdgeDefinition[], classes: () => string): void {
  if (edges.length === 0) return;
  const byNode = new Map<string, number[]>();
  const note = (id: string, i: number) => {
    const list = byNode.get(id);
    if (list) list.push(i);
    else byNode.set(id, [i]);
  };
  edges.forEach((e, i) => {
    note(e.data.source, i);
    if (e.data.target !== e.data.source) note(e.data.target, i);
  });
  pendingEdges.set(cy, { edges, added: new Uint8Array(edges.length), byNode, left: edges.length, classes });
}

/** Number of edges not yet in the graph. */
export function pendingEdgeCount(cy: Core): number {
  return pendingOf(cy)?.left ?? 0;
}

function add(cy: Core, p: Pending, indices: Iterable<number>): void {
  const batch: Array<EdgeDefinition & { group: 'edges' }> = [];
  let classes: string | null = null;
  for (const i of indices) {
    const edge = p.edges[i];
    if (p.added[i] || !edge) continue;
    p.added[i] = 1;
    classes ??= p.classes();
    batch.push({ ...edge, group: 'edges', classes });
  }
  if (batch.length === 0) return;
  p.left -= batch.length;
  // Edges whose ends are not in the graph (e.g. removed since) are left out rather than failing the add.
  const present = batch.filter((e) => cy.hasElementWithId(e.data.source) && cy.hasElementWithId(e.data.target));
  cy.batch(() => cy.add(present));
  if (p.left === 0) pendingEdges.delete(cy);
}

/** Adds the held-back edges that touch any of `nodeIds`. */
export function ensureEdgesOf(cy: Core, nodeIds: Iterable<string>): void {
  const p = pendingOf(cy);
  if (!p) return;
  const indices: number[] = [];
  for (const id of nodeIds) for (const i of p.byNode.get(id) ?? []) if (!p.added[i]) indices.push(i);
  add(cy, p, indices);
}

/** Adds every edge still held back; cheap when there are none. */
export function ensureEdges(cy: Core): void {
  const p = pendingOf(cy);
  if (p) add(cy, p, p.edges.keys());
}
