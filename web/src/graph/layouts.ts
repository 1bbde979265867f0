// The one place layouts are registered (STYLE.md lesson 9): the stable map by default, then fcose (seeded) and three built-ins.
import cytoscape from 'cytoscape';
import type { Collection, Core, Ext, LayoutOptions, NodeSingular } from 'cytoscape';
import { ensureEdges } from './deferred-edges.ts';
import { instanceSlot } from './instance-state.ts';
import { withSeededRandom } from './seeded-random.ts';
import type { Point } from '../../../server/map-layout/stable-layout.ts';

export const LAYOUT_NAMES = ['map', 'fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
/** `map`: the positions computed once per graph (server/map-layout/stable-layout.ts); every view of the graph shows them. */
export const DEFAULT_LAYOUT: LayoutName = 'map';

/**
 * `keep`: leaves every node where its element definition put it (the map positions). Cytoscape runs a
 * layout at construction; `preset` would set all positions again, about 0.1 s on 10,000 nodes.
 */
export const KEEP_LAYOUT = 'keep';

interface KeepLayout {
  options: { ready?: () => void; stop?: () => void };
  emit(event: string): void;
  one(event: string, handler?: () => void): void;
}

function KeepLayout(this: KeepLayout, options: KeepLayout['options']): void {
  this.options = options;
}
KeepLayout.prototype.run = function (this: KeepLayout): KeepLayout {
  this.emit('layoutstart');
  this.one('layoutready', this.options.ready);
  this.emit('layoutready');
  this.one('layoutstop', this.options.stop);
  this.emit('layoutstop');
  return this;
};
KeepLayout.prototype.stop = function (this: KeepLayout): KeepLayout {
  return this;
};

let registered = false;
/** Registers the built-in extra layout (`keep`) with Cytoscape; safe to call many times. fcose comes with registerFcose. */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape('layout', KEEP_LAYOUT, KeepLayout);
  registered = true;
}

let fcoseRegistered = false;
let fcoseLoading: Promise<void> | null = null;

/** Registers fcose (cytoscape-fcose's export); what runs layouts synchronously (exports) imports it and calls this. */
export function registerFcose(ext: Ext): void {
  if (fcoseRegistered) return;
  cytoscape.use(ext);
  fcoseRegistered = true;
}

/**
 * fcose and its two base libraries are about a quarter of the graph bundle and only the fcose layout
 * needs them: the explorer loads them the first time that layout runs, not before its first frame.
 */
function loadFcose(): Promise<void> {
  fcoseLoading ??= import('cytoscape-fcose').then((m) => registerFcose(m.default));
  return fcoseLoading;
}

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

const mapPositions = instanceSlot<Map<string, Point>>();

/** Keeps each node's map position (as created) on the instance, for the `map` layout to return to. */
export function rememberMap(cy: Core): void {
  const map = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    map.set(n.id(), { ...n.position() });
  });
  mapPositions.set(cy, map);
}

function mapPosition(cy: Core, node: NodeSingular): Point {
  const map = mapPositions.get(cy);
  return map?.get(node.id()) ?? node.position();
}

export interface LayoutContext {
  /** Number of visible nodes: big graphs get a cheaper fcose pass. */
  nodeCount: number;
  /** Animate the move (interactive changes) or jump (first render, exports). */
  animate: boolean;
}

/** Options for a registered layout; unknown names fall back to the map. */
export function layoutOptions(cy: Core, name: string | null | undefined, ctx: LayoutContext): LayoutOptions {
  // Animated moves only for small graphs, and never for people who asked the system for less motion.
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = ctx.animate && ctx.nodeCount < 400 && !reduced;
  const common = { animate, animationDuration: 350, fit: true, padding: 30 };
  switch (isLayoutName(name) ? name : DEFAULT_LAYOUT) {
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        minNodeSpacing: 12,
        concentric: (node) => node.degree(false),
        levelWidth: () => 3,
      } as LayoutOptions;
    case 'breadthfirst':
      return { ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true } as LayoutOptions;
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        // 'draft' skips the costly polishing on big graphs: first render matters more there.
        quality: ctx.nodeCount > 1200 ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: ctx.nodeCount < 800,
        // Small graphs get more room between nodes so their labels stay readable.
        nodeRepulsion: ctx.nodeCount < 500 ? 10000 : 6500,
        idealEdgeLength: ctx.nodeCount < 500 ? 85 : 70,
        edgeElasticity: 0.45,
        gravity: 0.3,
        numIter: ctx.nodeCount > 1200 ? 1200 : 2500,
        packComponents: true,
        tile: true,
      } as LayoutOptions;
    case 'map':
    default:
      return { ...common, name: 'preset', positions: (node: NodeSingular) => mapPosition(cy, node) } as LayoutOptions;
  }
}

/** Runs a layout on `eles` (fcose under a fixed seed, so it too gives the same picture every time); resolves when it stops. */
export function runLayout(cy: Core, eles: Collection, name: string | null | undefined, animate: boolean): Promise<void> {
  if (name === 'fcose' && !fcoseRegistered) return loadFcose().then(() => runLayout(cy, eles, name, animate));
  // Force and tree layouts read the edges (the map does not).
  if (isLayoutName(name) && name !== 'map') ensureEdges(cy);
  const layout = eles.layout(layoutOptions(cy, name, { nodeCount: eles.nodes().length, animate }));
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  withSeededRandom(0x5eed, () => layout.run());
  return stopped;
}
