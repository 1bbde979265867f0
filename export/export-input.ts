/**
 * What every format writer takes: the one graph shape (extractor/schema.ts) holding just the elements
 * of the view, plus how each element looks there (position, size, colours, label). Pure data, no DOM.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';

export type { KnowledgeGraph };

export interface NodeLook {
  /** Centre, in the graph's model coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** A Cytoscape node shape name (ellipse, round-rectangle, diamond, ...). */
  shape: string;
  /** Colours as #rrggbb. */
  fill: string;
  /** Border colour, or null for none. */
  stroke: string | null;
  strokeWidth: number;
  /** 0..1 */
  opacity: number;
  /** The label as shown ('' when labels are off). */
  label: string;
  labelColor: string;
  /** Halo drawn around the letters so they stay readable over edges; null for none. */
  labelOutline: string | null;
  labelOutlineWidth: number;
  fontSize: number;
  fontFamily: string;
  bold: boolean;
  /** Label under the node (`bottom`), on it (`center`) or above (`top`). */
  labelPosition: 'top' | 'center' | 'bottom';
  labelMargin: number;
  /** Longest label line, in model units; longer labels wrap or end in an ellipsis. */
  labelMaxWidth: number;
  labelWrap: 'wrap' | 'ellipsis' | 'none';
}

export interface EdgeLook {
  color: string;
  width: number;
  opacity: number;
  dashed: boolean;
  /** Arrow head at the target. */
  arrow: boolean;
  label: string;
  labelColor: string;
  fontSize: number;
}

export interface ExportInput {
  /** The elements of the view only (what is hidden is not here). */
  graph: KnowledgeGraph;
  /** One entry per node of `graph`. */
  nodes: Record<string, NodeLook>;
  /** One entry per edge of `graph`. */
  edges: Record<string, EdgeLook>;
  /** Page colour as #rrggbb, or null for transparent. */
  background: string | null;
  /** Shown under the graph, as text. */
  caption: string | null;
  /** Document title (SVG <title>, HTML <title>, slide name). */
  title: string;
}

/** The look of a node, or an error naming it: writers must not silently drop elements. */
export function nodeLook(input: ExportInput, id: string): NodeLook {
  const look = input.nodes[id];
  if (!look) throw new Error(`export: node "${id}" has no position/style`);
  return look;
}
