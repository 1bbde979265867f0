// SVG writer (our own, MIT-compatible; not cytoscape-svg, which is GPLv3): shapes, straight edges with arrows, labels as text.
import type { ExportInput, NodeLook } from '../export-input.ts';
import { nodeLook } from '../export-input.ts';
import { viewBounds } from '../bounds.ts';
import { LINE_HEIGHT, labelBox } from '../label-layout.ts';
import { placePolygon, shapeKind } from '../shapes.ts';
import { edgeLine } from '../geometry.ts';
import { escapeXml as x, num } from '../xml.ts';

export interface SvgOptions {
  /** Pixel size of the drawing; the view is scaled to fit (default: its own size). */
  width?: number;
  height?: number;
}

function nodeShape(look: NodeLook): string {
  const fill = `fill="${x(look.fill)}"${look.stroke ? ` stroke="${x(look.stroke)}" stroke-width="${num(look.strokeWidth)}"` : ''}`;
  const kind = shapeKind(look.shape);
  const { x: cx, y: cy, width: w, height: h } = look;
  if (kind.kind === 'ellipse') return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${fill}/>`;
  if (kind.kind === 'rect') {
    const r = kind.rounded ? Math.min(w, h) * 0.2 : 0;
    return `<rect x="${num(cx - w / 2)}" y="${num(cy - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" ${fill}/>`;
  }
  const pts = placePolygon(kind.points, cx, cy, w, h).map(([px, py]) => `${num(px)},${num(py)}`).join(' ');
  return `<polygon points="${pts}" stroke-linejoin="round" ${fill}/>`;
}

function nodeLabel(look: NodeLook): string {
  const box = labelBox(look);
  if (box.lines.length === 0) return '';
  const halo = look.labelOutline
    ? ` stroke="${x(look.labelOutline)}" stroke-width="${num(look.labelOutlineWidth * 2)}" stroke-linejoin="round" paint-order="stroke"`
    : '';
  const lines = box.lines
    .map((line, i) => `<tspan x="${num(box.x)}" y="${num(box.top + look.fontSize * (i * LINE_HEIGHT + 0.95))}">${x(line)}</tspan>`)
    .join('');
  return `<text text-anchor="middle" font-family="${x(look.fontFamily)}" font-size="${num(look.fontSize)}"${look.bold ? ' font-weight="bold"' : ''} fill="${x(look.labelColor)}"${halo}>${lines}</text>`;
}

/** An edge as [line and arrow, label]: labels go in a layer above the nodes so nodes never cover them. */
function edgeMarkup(input: ExportInput, id: string, source: string, target: string): [string, string] {
  const look = input.edges[id];
  if (!look) throw new Error(`export: edge "${id}" has no style`);
  const line = edgeLine(input, source, target);
  if (!line) return ['', ''];
  const { x1, y1, tipX, tipY, ux, uy } = line;
  const arrowLen = look.arrow ? Math.max(6, look.width * 4) : 0;
  const x2 = tipX - ux * arrowLen;
  const y2 = tipY - uy * arrowLen;
  const stroke = `stroke="${x(look.color)}" stroke-width="${num(look.width)}"${look.dashed ? ` stroke-dasharray="${num(look.width * 3)} ${num(look.width * 2)}"` : ''}`;
  const parts = [`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" ${stroke} stroke-linecap="round"/>`];
  if (look.arrow && Math.hypot(tipX - x1, tipY - y1) > arrowLen) {
    const half = arrowLen * 0.55;
    const pts = [
      [tipX, tipY],
      [x2 - uy * half, y2 + ux * half],
      [x2 + uy * half, y2 - ux * half],
    ];
    parts.push(`<polygon points="${pts.map(([px, py]) => `${num(px ?? 0)},${num(py ?? 0)}`).join(' ')}" fill="${x(look.color)}"/>`);
  }
  let label = '';
  if (look.label) {
    const mx = (x1 + tipX) / 2;
    const my = (y1 + tipY) / 2;
    // Text reads left to right whatever the edge direction.
    let angle = (Math.atan2(uy, ux) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    const halo = input.background ?? '#ffffff';
    label = `<text x="${num(mx)}" y="${num(my - 2)}" transform="rotate(${num(angle)} ${num(mx)} ${num(my)})" text-anchor="middle" font-family="sans-serif" font-size="${num(look.fontSize)}" fill="${x(look.labelColor)}" stroke="${x(halo)}" stroke-width="3" paint-order="stroke">${x(look.label)}</text>`;
  }
  return [`<g class="edge" data-id="${x(id)}" opacity="${num(look.opacity)}">${parts.join('')}</g>`, label];
}

export function writeSvg(input: ExportInput, options: SvgOptions = {}): string {
  const b = viewBounds(input);
  const captionSize = Math.max(14, b.w / 50);
  const captionH = input.caption ? captionSize * 2.2 : 0;
  const vb = { x: b.x1, y: b.y1, w: b.w, h: b.h + captionH };
  const width = options.width ?? Math.round(vb.w);
  const height = options.height ?? Math.round(vb.h);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" preserveAspectRatio="xMidYMid meet">`,
    `<title>${x(input.title)}</title>`,
  ];
  if (input.background) out.push(`<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${x(input.background)}"/>`);
  const edges = input.graph.elements.edges.map(({ data }) => edgeMarkup(input, data.id, data.source, data.target));
  out.push('<g class="edges">', ...edges.map(([line]) => line), '</g><g class="nodes">');
  for (const { data } of input.graph.elements.nodes) {
    const look = nodeLook(input, data.id);
    out.push(`<g class="node" data-id="${x(data.id)}" data-type="${x(data.type)}" opacity="${num(look.opacity)}"><title>${x(data.name)}</title>${nodeShape(look)}${nodeLabel(look)}</g>`);
  }
  out.push('</g><g class="edge-labels">', ...edges.map(([, label]) => label).filter(Boolean), '</g>');
  if (input.caption) {
    const color = Object.values(input.nodes)[0]?.labelColor ?? '#000000';
    out.push(
      `<text class="caption" x="${num(vb.x + vb.w / 2)}" y="${num(b.y2 + captionSize * 1.4)}" text-anchor="middle" font-family="sans-serif" font-size="${num(captionSize)}" font-weight="bold" fill="${x(color)}">${x(input.caption)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
