/**
 * View state on the graph (STYLE.md lesson 9): type filter, k-hop focus, selection and path are
 * Cytoscape classes matched by rules in graph/style.ts; element data is never edited.
 */
import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { ensureEdgesOf } from './deferred-edges.ts';
import { instanceSlot } from './instance-state.ts';

export const CLASSES = {
  filtered: 'cg-hidden',
  unfocused: 'cg-hidden',
  faded: 'cg-faded',
  highlight: 'cg-highlight',
  selected: 'cg-selected',
  path: 'cg-path',
  focusRoot: 'cg-focus-root',
  noLabels: 'cg-nolabels',
} as const;

// Filter and focus both hide, but through separate marks so that clearing one keeps the other.
const FILTER_MARK = 'cg-by-filter';
const FOCUS_MARK = 'cg-by-focus';
const EVENT_MARK = 'cg-by-event';
// A query result shows exactly its elements, whatever the type filter and focus say.
const OUTSIDE_SUBSET_MARK = 'cg-outside-subset';
const subsetActive = instanceSlot<boolean>();

export interface GraphViewState {
  /** Node types to show; null shows every type, an empty list none. */
  types: readonly string[] | null;
  /** Node id whose k-hop neighbourhood is shown, or null for the whole graph. */
  focus: string | null;
  /** k for the focus, 1..5. */
  depth: number;
  /** Selected node id: it and its neighbours are highlighted, the rest faded. */
  selected: string | null;
  /** Ids of the nodes and edges of a highlighted path, in order. */
  path: readonly string[];
  /** Show labels (exports and embeds may turn them off). */
  labels: boolean;
}

/** What embeds and exports show when no types are asked for: everything but the Post node, which links to every talk and says little on a slide. */
export const PICTURE_DEFAULT_TYPES: readonly string[] = ['Project', 'Organization', 'Person', 'Talk', 'Event'];

/** The types a picture (embed, export) shows: the asked ones, or the default set when none are asked for. */
export function pictureTypes(asked: readonly string[]): readonly string[] {
  return asked.length > 0 ? asked : PICTURE_DEFAULT_TYPES;
}

export const DEFAULT_GRAPH_VIEW: GraphViewState = { types: null, focus: null, depth: 2, selected: null, path: [], labels: true };

/** The k-hop neighbourhood of a node (the node included), or an empty collection for an unknown id. */
export function kHop(cy: Core, id: string, depth: number): Collection {
  const root = cy.getElementById(id);
  if (root.empty()) return cy.collection();
  let hood: Collection = root;
  // Each hop's edges join the graph before they are followed (graph/deferred-edges.ts).
  for (let i = 0; i < depth; i++) {
    ensureEdgesOf(cy, hood.nodes().map((n) => n.id()));
    hood = hood.union(hood.neighborhood());
  }
  ensureEdgesOf(cy, hood.nodes().map((n) => n.id()));
  return hood.union(hood.nodes().edgesWith(hood.nodes()));
}

export function applyTypeFilter(cy: Core, types: readonly string[] | null): void {
  const all = !types;
  const wanted = new Set(types ?? []);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hide = !all && !wanted.has(n.data('type') as string);
      // Only changes touch the element: a class change restyles it, which adds up on big graphs.
      if (n.hasClass(FILTER_MARK) !== hide) n.toggleClass(FILTER_MARK, hide);
    });
    refreshHidden(cy);
  });
}

export function applyFocus(cy: Core, focus: string | null, depth: number): void {
  cy.batch(() => {
    cy.$(`.${FOCUS_MARK}, .${CLASSES.focusRoot}`).removeClass(`${FOCUS_MARK} ${CLASSES.focusRoot}`);
    if (focus) {
      const hood = kHop(cy, focus, depth);
      if (hood.nonempty()) {
        cy.elements().difference(hood).addClass(FOCUS_MARK);
        cy.getElementById(focus).addClass(CLASSES.focusRoot);
      }
    }
    refreshHidden(cy);
  });
}

/**
 * One conference out of several: its event node, its talks and what those talks link to (speakers,
 * projects, ...) stay; the rest is hidden. null shows every event.
 */
export function applyEventFilter(cy: Core, eventId: string | null): void {
  cy.batch(() => {
    cy.nodes(`.${EVENT_MARK}`).removeClass(EVENT_MARK);
    if (eventId && cy.getElementById(eventId).nonempty()) {
      const keep = new Set<string>([eventId]);
      const talks = cy.nodes().filter((n) => n.data('type') === 'Talk' && n.data('event') === eventId);
      ensureEdgesOf(cy, talks.map((n) => n.id()));
      talks.forEach((n) => {
        keep.add(n.id());
        n.neighborhood().nodes().forEach((m) => {
          keep.add(m.id());
        });
      });
      cy.nodes().forEach((n) => {
        if (!keep.has(n.id())) n.addClass(EVENT_MARK);
      });
    }
    refreshHidden(cy);
  });
}

function refreshHidden(cy: Core): void {
  const subset = subsetActive.get(cy) === true;
  cy.elements().forEach((e) => {
    const hidden = subset ? e.hasClass(OUTSIDE_SUBSET_MARK) : e.hasClass(FILTER_MARK) || e.hasClass(FOCUS_MARK) || e.hasClass(EVENT_MARK);
    if (e.hasClass(CLASSES.filtered) !== hidden) e.toggleClass(CLASSES.filtered, hidden);
  });
}

/** Shows only the given element ids (a query result), or everything again with null. */
export function applySubset(cy: Core, ids: ReadonlySet<string> | null): void {
  cy.batch(() => {
    subsetActive.set(cy, ids !== null);
    cy.elements().forEach((e) => {
      const outside = ids !== null && !ids.has(e.id());
      if (e.hasClass(OUTSIDE_SUBSET_MARK) !== outside) e.toggleClass(OUTSIDE_SUBSET_MARK, outside);
    });
    refreshHidden(cy);
  });
}

export function applySelection(cy: Core, id: string | null): void {
  cy.batch(() => {
    cy.$(`.${CLASSES.selected}, .${CLASSES.highlight}, .${CLASSES.faded}`).removeClass(`${CLASSES.selected} ${CLASSES.highlight} ${CLASSES.faded}`);
    if (!id) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    ensureEdgesOf(cy, [id]);
    const hood = node.closedNeighborhood();
    node.addClass(CLASSES.selected);
    hood.difference(node).addClass(CLASSES.highlight);
    cy.elements().difference(hood).addClass(CLASSES.faded);
  });
}

/** View-state classes an edge joining the graph late takes on: with a selection, everything outside it is faded. */
export function lateEdgeClasses(cy: Core): string {
  return cy.$(`node.${CLASSES.selected}`).nonempty() ? CLASSES.faded : '';
}

/** Highlights a path given as node ids (edges between consecutive nodes are found) or node+edge ids. */
export function applyPath(cy: Core, ids: readonly string[]): Collection {
  let path = cy.collection();
  // The path's edges may not be in the graph yet: its nodes' edges join first.
  ensureEdgesOf(cy, ids);
  cy.batch(() => {
    cy.$(`.${CLASSES.path}`).removeClass(CLASSES.path);
    const nodes: NodeSingular[] = [];
    for (const id of ids) {
      const ele = cy.getElementById(id);
      if (ele.empty()) continue;
      path = path.union(ele);
      if (ele.isNode()) nodes.push(ele);
    }
    for (let i = 1; i < nodes.length; i++) {
      const a = nodes[i - 1];
      const b = nodes[i];
      if (a && b) path = path.union(a.edgesWith(b));
    }
    path.addClass(CLASSES.path);
  });
  return path;
}

export function applyLabels(cy: Core, labels: boolean): void {
  cy.elements().toggleClass(CLASSES.noLabels, !labels);
}

/** Applies a whole view state; the explorer, the embed page and the exports share this. */
export function applyViewState(cy: Core, state: GraphViewState): void {
  applyTypeFilter(cy, state.types);
  applyFocus(cy, state.focus, state.depth);
  applySelection(cy, state.selected);
  applyPath(cy, state.path);
  applyLabels(cy, state.labels);
}

/**
 * The elements currently shown (neither filtered, out of focus nor outside a result), read from the
 * classes: the `:visible` selector computes every element's style and takes seconds on big graphs.
 */
export function visibleElements(cy: Core): Collection {
  const hidden = CLASSES.filtered;
  return cy.elements().filter((e) => {
    if (e.hasClass(hidden)) return false;
    if (e.isNode()) return true;
    return !e.source().hasClass(hidden) && !e.target().hasClass(hidden);
  });
}

/** Whether one element is shown (see visibleElements). */
export function isShown(ele: SingularElementArgument): boolean {
  const hidden = CLASSES.filtered;
  if (ele.hasClass(hidden)) return false;
  return ele.isNode() || (!ele.source().hasClass(hidden) && !ele.target().hasClass(hidden));
}
