// The shared look of the graph: colour and shape per node type, size by talk count, and the themes.
import type { Css, StylesheetStyle } from 'cytoscape';
import { NODE_SIZES, sizeClass } from './node-metrics.ts';

export type NodeTypeName = 'Post' | 'Event' | 'Talk' | 'Person' | 'Organization' | 'Project';

/** Colours of one theme; the export part adds `slides` and `transparent` next to these. */
export interface GraphTheme {
  name: string;
  background: string;
  label: string;
  labelOutline: string;
  edge: string;
  edgeLabel: string;
  highlight: string;
  path: string;
  nodeColors: Record<NodeTypeName, string>;
  /** Base label size in px; slides themes raise it. */
  fontSize: number;
  /** Edge width in px. */
  edgeWidth: number;
}

export const NODE_SHAPES: Record<NodeTypeName, Css.NodeShape> = {
  Project: 'ellipse',
  Organization: 'round-rectangle',
  Person: 'round-triangle',
  Talk: 'diamond',
  Event: 'star',
  Post: 'round-tag',
};

const light: GraphTheme = {
  name: 'light',
  background: '#ffffff',
  label: '#1f2430',
  labelOutline: '#ffffff',
  edge: '#b8bfcc',
  edgeLabel: '#5b6273',
  highlight: '#f59e0b',
  path: '#dc2626',
  nodeColors: {
    Project: '#2563eb',
    Organization: '#059669',
    Person: '#d97706',
    Talk: '#7c3aed',
    Event: '#db2777',
    Post: '#64748b',
  },
  fontSize: 11,
  edgeWidth: 1.2,
};

const dark: GraphTheme = {
  name: 'dark',
  background: '#12151c',
  label: '#e6e9f0',
  labelOutline: '#12151c',
  edge: '#4a5263',
  edgeLabel: '#a3abbd',
  highlight: '#fbbf24',
  path: '#f87171',
  nodeColors: {
    Project: '#60a5fa',
    Organization: '#34d399',
    Person: '#fbbf24',
    Talk: '#a78bfa',
    Event: '#f472b6',
    Post: '#94a3b8',
  },
  fontSize: 11,
  edgeWidth: 1.2,
};

/** Registered themes; other parts may add entries (e.g. `themes.slides = {...}`). */
export const themes: Record<string, GraphTheme> = { light, dark };

export function getTheme(name: string | null | undefined): GraphTheme {
  return (name && themes[name]) || light;
}

/**
 * Label size in model px for a node of diameter `size`: the theme's base size, up to 2.4x for the
 * biggest nodes. Themes that already use large labels (slides: 16px and up) scale at most 1.4x, so
 * hub labels do not swamp a slide.
 */
export function labelSizeFor(size: number, base: number): number {
  const cap = base >= 16 ? 1.4 : 2.4;
  return Math.round(base * Math.min(cap, Math.max(1, size / 24)));
}

/**
 * One rule per size class (graph-elements.ts gives each node its class from its talk count): plain
 * values, not per-node style functions, which Cytoscape would call for every node on every restyle.
 * The label part goes to the labelled nodes only (see Labelled).
 */
function sizeRules(t: GraphTheme, labelled: Labelled): StylesheetStyle[] {
  return NODE_SIZES.flatMap((size) => {
    const font = labelSizeFor(size, t.fontSize);
    // Room for about 12 characters at the node's own label size.
    const text = { 'font-size': font, 'text-max-width': `${Math.max(140, font * 8)}px` };
    const selector = `node.${sizeClass(size)}`;
    const labelSelector = labelled.all || size >= LABELLED_SIZE ? selector : labelled.states.map((s) => `${s}.${sizeClass(size)}`).join(', ');
    if (labelSelector === selector) return [{ selector, style: { width: size, height: size, ...text } }];
    return [
      { selector, style: { width: size, height: size } },
      { selector: labelSelector, style: text },
    ];
  });
}

/**
 * Which nodes carry a label. Small graphs: all. Big graphs: hubs, and the nodes the user is looking at
 * (selection, its neighbours, a path, a focus): the rest are drawn without one, so they get none of the
 * label's style either (nine of the thirteen properties Cytoscape would apply to each of thousands of nodes).
 */
interface Labelled {
  all: boolean;
  /** Selectors of the view-state classes that bring a label. */
  states: string[];
  /** Every labelled node, as one selector list. */
  selector: string;
}

function labelledNodes(large: boolean): Labelled {
  if (!large) return { all: true, states: [], selector: 'node' };
  const hubs = NODE_SIZES.filter((size) => size >= LABELLED_SIZE).map((size) => `node.${sizeClass(size)}`);
  const states = ['node.cg-selected', 'node.cg-highlight', 'node.cg-path', 'node.cg-focus-root'];
  return { all: false, states, selector: [...hubs, ...states].join(', ') };
}

/** `selector` (e.g. '[type = "Talk"]') on the labelled nodes only. */
function onLabelled(labelled: Labelled, selector: string): string {
  if (labelled.all) return `node${selector}`;
  return labelled.selector
    .split(', ')
    .map((s) => `${s}${selector}`)
    .join(', ');
}

function selectedSizeRules(t: GraphTheme): StylesheetStyle[] {
  return NODE_SIZES.map((size) => ({ selector: `node.cg-selected.${sizeClass(size)}`, style: { 'font-size': labelSizeFor(size, t.fontSize) + 4 } }));
}

export interface GraphStyleOptions {
  /** Big graphs (about 800+ nodes): straight edges without arrows, much cheaper to draw. */
  large?: boolean;
}

export function graphStyle(themeOrName: GraphTheme | string, options: GraphStyleOptions = {}): StylesheetStyle[] {
  const t = typeof themeOrName === 'string' ? getTheme(themeOrName) : themeOrName;
  const byType = (Object.keys(t.nodeColors) as NodeTypeName[]).map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': t.nodeColors[type], shape: NODE_SHAPES[type] },
  }));
  const labelled = labelledNodes(options.large === true);
  return [
    {
      selector: 'node',
      style: {
        // Nodes without a size class (added by hand): a middling size.
        width: 26,
        height: 26,
        'border-width': 0,
        'background-color': '#888',
        'overlay-opacity': 0,
      },
    },
    {
      selector: labelled.selector,
      style: {
        label: 'data(name)',
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': t.fontSize,
        color: t.label,
        'text-outline-color': t.labelOutline,
        'text-outline-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Big graphs: one line, never wrapped (cheaper to measure); the selection's label wraps (viewStateRules).
        'text-wrap': labelled.all ? 'ellipsis' : 'none',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
      },
    },
    ...byType,
    // Hubs get bigger labels, so they stay readable when the whole graph is in view and small ones drop out.
    ...sizeRules(t, labelled),
    { selector: onLabelled(labelled, '[type = "Talk"]'), style: { 'font-size': Math.max(8, t.fontSize - 2), 'text-max-width': '120px' } },
    {
      selector: 'edge',
      style: {
        width: t.edgeWidth,
        'line-color': t.edge,
        'target-arrow-color': t.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        opacity: 0.75,
        'font-size': Math.max(7, t.fontSize - 3),
        color: t.edgeLabel,
      },
    },
    // Stated relations (not structural) are drawn thicker and dashed so they stand out.
    {
      selector: 'edge[type = "IMPLEMENTS"], edge[type = "INTEGRATES_WITH"], edge[type = "ALTERNATIVE_TO"], edge[type = "MAINTAINS"], edge[type = "HOSTED_BY"]',
      style: { width: t.edgeWidth * 1.8, 'line-style': 'dashed', label: 'data(type)', 'text-rotation': 'autorotate' },
    },
    ...(options.large ? largeRules() : []),
    ...viewStateRules(t),
  ];
}

/** The node count above which graphStyle's `large` variant is used. */
export const LARGE_GRAPH_NODES = 800;

/** Nodes at least this big (about 9+ talks) keep their labels on big graphs. */
const LABELLED_SIZE = 46;

/**
 * Cheaper drawing for big graphs: straight arrowless edges, and labels by level of detail: only hubs
 * are labelled until something is selected (labelledNodes), so thousands of labels are neither measured nor drawn.
 */
function largeRules(): StylesheetStyle[] {
  return [
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', opacity: 0.45 } },
    // The overview of a very big graph draws nodes only; edges come with zooming in, a selection or a path (graph/overview.ts).
    { selector: `edge.${FAR_EDGE_CLASS}`, style: { display: 'none' } },
    { selector: `edge.${FAR_EDGE_CLASS}.cg-highlight, edge.${FAR_EDGE_CLASS}.cg-path`, style: { display: 'element' } },
  ];
}

/** Class of the edges the overview of a very big graph leaves out. */
export const FAR_EDGE_CLASS = 'cg-far';

/** Rules for the view-state classes (graph/view-state.ts): state is classes, never data edits. */
function viewStateRules(t: GraphTheme): StylesheetStyle[] {
  return [
    { selector: '.cg-hidden', style: { display: 'none' } },
    { selector: '.cg-faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.cg-faded', style: { opacity: 0.05 } },
    {
      selector: 'node.cg-highlight',
      // The selection's neighbours and a path keep their labels at any zoom: they are what the user is looking at.
      style: { 'border-width': 3, 'border-color': t.highlight, 'font-weight': 'bold', 'z-index': 10, 'min-zoomed-font-size': 0 },
    },
    { selector: 'node.cg-highlight[type = "Talk"]', style: { 'font-size': t.fontSize, 'text-max-width': '200px' } },
    { selector: 'edge.cg-highlight', style: { 'line-color': t.highlight, 'target-arrow-color': t.highlight, opacity: 1, width: t.edgeWidth * 2 } },
    {
      selector: 'node.cg-selected',
      style: { 'border-width': 4, 'border-color': t.highlight, 'font-weight': 'bold', 'z-index': 20, 'min-zoomed-font-size': 0 },
    },
    ...selectedSizeRules(t),
    // The selection's label is shown whole: wrapped, never cut.
    { selector: 'node.cg-selected', style: { 'text-wrap': 'wrap', 'text-max-width': '240px' } },
    { selector: 'node.cg-selected[type = "Talk"]', style: { 'font-size': t.fontSize + 2 } },
    { selector: 'node.cg-path', style: { 'border-width': 4, 'border-color': t.path, 'z-index': 15, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.cg-path', style: { 'line-color': t.path, 'target-arrow-color': t.path, width: t.edgeWidth * 3, opacity: 1, 'z-index': 15 } },
    { selector: 'node.cg-focus-root', style: { 'border-width': 4, 'border-color': t.highlight, 'border-style': 'double' } },
    { selector: '.cg-nolabels', style: { label: '' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08, 'overlay-color': t.highlight } },
  ];
}
