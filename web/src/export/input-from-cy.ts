// Reads an ExportInput off a Cytoscape instance (browser or headless with styleEnabled): the visible elements as they look.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../../../extractor/schema.ts';
import type { EdgeLook, ExportInput, NodeLook } from '../../../export/export-input.ts';
import { ensureEdges } from '../graph/deferred-edges.ts';
import { isTransparent, toHex } from './color.ts';

function numeric(ele: NodeSingular | EdgeSingular, property: string, fallback: number): number {
  const value = Number(ele.numericStyle(property));
  return Number.isFinite(value) ? value : fallback;
}

function labelPosition(value: unknown): NodeLook['labelPosition'] {
  return value === 'top' || value === 'center' ? value : 'bottom';
}

function nodeLookOf(n: NodeSingular): NodeLook {
  const outlineWidth = numeric(n, 'text-outline-width', 0);
  const borderWidth = numeric(n, 'border-width', 0);
  const wrap = n.style('text-wrap') as string;
  return {
    x: n.position('x'),
    y: n.position('y'),
    width: n.width(),
    height: n.height(),
    shape: String(n.style('shape')),
    fill: toHex(n.style('background-color')),
    stroke: borderWidth > 0 ? toHex(n.style('border-color')) : null,
    strokeWidth: borderWidth,
    opacity: numeric(n, 'opacity', 1),
    label: String(n.style('label') ?? ''),
    labelColor: toHex(n.style('color'), '#000000'),
    labelOutline: outlineWidth > 0 && !isTransparent(n.style('text-outline-color')) ? toHex(n.style('text-outline-color'), '#ffffff') : null,
    labelOutlineWidth: outlineWidth,
    fontSize: numeric(n, 'font-size', 12),
    fontFamily: String(n.style('font-family') || 'sans-serif'),
    bold: ['bold', 'bolder', '600', '700', '800', '900'].includes(String(n.style('font-weight'))),
    labelPosition: labelPosition(n.style('text-valign')),
    labelMargin: numeric(n, 'text-margin-y', 0),
    labelMaxWidth: numeric(n, 'text-max-width', 200),
    labelWrap: wrap === 'wrap' || wrap === 'ellipsis' ? wrap : 'none',
  };
}

function edgeLookOf(e: EdgeSingular): EdgeLook {
  return {
    color: toHex(e.style('line-color')),
    width: numeric(e, 'width', 1),
    opacity: numeric(e, 'opacity', 1),
    dashed: e.style('line-style') === 'dashed' || e.style('line-style') === 'dotted',
    arrow: e.style('target-arrow-shape') !== 'none',
    label: String(e.style('label') ?? ''),
    labelColor: toHex(e.style('color'), '#333333'),
    fontSize: numeric(e, 'font-size', 10),
  };
}

export interface FromCyOptions {
  title: string;
  caption?: string | null;
  /** The page colour; null leaves it transparent. */
  background: string | null;
}

export function inputFromCy(cy: Core, options: FromCyOptions): ExportInput {
  ensureEdges(cy);
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  const input: ExportInput = {
    graph: {
      elements: {
        nodes: nodes.map((n) => ({ data: n.data() as NodeData })),
        edges: edges.map((e) => ({ data: e.data() as EdgeData })),
      },
      warnings: [],
    },
    nodes: {},
    edges: {},
    background: options.background === null || isTransparent(options.background) ? null : toHex(options.background, '#ffffff'),
    caption: options.caption ?? null,
    title: options.title,
  };
  nodes.forEach((n) => {
    input.nodes[n.id()] = nodeLookOf(n);
  });
  edges.forEach((e) => {
    input.edges[e.id()] = edgeLookOf(e);
  });
  return input;
}
