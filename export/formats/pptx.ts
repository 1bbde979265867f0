// PowerPoint writer (pptxgenjs): one 16:9 slide, nodes as native shapes, edges as connectors glued to them, labels as text boxes (12 pt and up) — all editable.
import pptxgen from 'pptxgenjs';
import type { ExportInput, NodeLook } from '../export-input.ts';
import { nodeLook } from '../export-input.ts';
import { viewBounds } from '../bounds.ts';
import { edgeLine } from '../geometry.ts';
import { labelBox, textWidth } from '../label-layout.ts';
import { gluedConnectors } from '../pptx-connectors.ts';
import type { ConnectorSpec } from '../pptx-connectors.ts';
import { readableOnSlide } from '../slide-text.ts';
import JSZip from 'jszip';

/** The smallest text on the slide, in points: readable from the back of a room. */
export const MIN_TEXT_PT = 12;

// pptxgenjs's types describe a CommonJS module, while Vite and tsx load its ES build: take the class from either.
type PptxClass = typeof pptxgen.default;
const PptxGenJS: PptxClass = (pptxgen as unknown as { default?: PptxClass }).default ?? (pptxgen as unknown as PptxClass);
type Slide = ReturnType<InstanceType<PptxClass>['addSlide']>;

const SLIDE_W = 10;
const SLIDE_H = 5.625;
const MARGIN = 0.25;
const CAPTION_H = 0.45;

type ShapeName = 'ellipse' | 'rect' | 'roundRect' | 'diamond' | 'triangle' | 'star5' | 'hexagon' | 'octagon' | 'pentagon' | 'homePlate';

const SHAPES: Record<string, ShapeName> = {
  ellipse: 'ellipse',
  rectangle: 'rect',
  square: 'rect',
  'round-rectangle': 'roundRect',
  'bottom-round-rectangle': 'roundRect',
  'cut-rectangle': 'rect',
  diamond: 'diamond',
  'round-diamond': 'diamond',
  triangle: 'triangle',
  'round-triangle': 'triangle',
  star: 'star5',
  hexagon: 'hexagon',
  'round-hexagon': 'hexagon',
  octagon: 'octagon',
  'round-octagon': 'octagon',
  pentagon: 'pentagon',
  tag: 'homePlate',
  'round-tag': 'homePlate',
};

const hex = (color: string): string => color.replace('#', '').toUpperCase();
const transparency = (opacity: number): number => Math.round((1 - Math.max(0, Math.min(1, opacity))) * 100);

/** Maps model coordinates onto the slide, the view centred and as large as fits. */
function projection(input: ExportInput) {
  const b = viewBounds(input, 10);
  const availH = SLIDE_H - 2 * MARGIN - (input.caption ? CAPTION_H : 0);
  const availW = SLIDE_W - 2 * MARGIN;
  const s = Math.min(availW / b.w, availH / b.h);
  const ox = MARGIN + (availW - b.w * s) / 2 - b.x1 * s;
  const oy = MARGIN + (availH - b.h * s) / 2 - b.y1 * s;
  return { s, px: (v: number) => ox + v * s, py: (v: number) => oy + v * s };
}

/** Points for a model length at scale s (inches per model unit). */
const pt = (v: number, s: number): number => Math.round(v * s * 72 * 10) / 10;

function addLabel(slide: Slide, look: NodeLook, p: ReturnType<typeof projection>, name: string): void {
  const box = labelBox(look);
  if (box.lines.length === 0) return;
  const w = Math.max(box.width * 1.15, look.width) * p.s + 0.1;
  slide.addText(box.lines.join('\n'), {
    x: p.px(box.x) - w / 2,
    y: p.py(box.top),
    w,
    h: box.height * p.s + 0.04,
    fontSize: Math.max(MIN_TEXT_PT, pt(look.fontSize, p.s)),
    fontFace: 'Arial',
    bold: look.bold,
    color: hex(look.labelColor),
    align: 'center',
    valign: 'top',
    margin: 0,
    wrap: false,
    objectName: `label: ${name}`.slice(0, 200),
  });
}

export async function writePptx(view: ExportInput): Promise<Uint8Array> {
  const input = readableOnSlide(view, (i) => projection(i).s, MIN_TEXT_PT);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = input.title;
  pptx.author = 'confgraph';
  const slide = pptx.addSlide();
  if (input.background) slide.background = { color: hex(input.background) };
  const p = projection(input);
  // Shapes are numbered in the order they are added: the connectors are glued to the node shapes by that number.
  let added = 0;
  const nodeIndex = new Map<string, number>();
  const edgeLines: Array<{ index: number; source: string; target: string }> = [];
  {
    let next = 0;
    for (const { data } of input.graph.elements.edges) {
      if (!input.edges[data.id] || !edgeLine(input, data.source, data.target)) continue;
      next += input.edges[data.id]?.label ? 2 : 1;
    }
    for (const { data } of input.graph.elements.nodes) {
      nodeIndex.set(data.id, next);
      next += labelBox(nodeLook(input, data.id)).lines.length > 0 ? 2 : 1;
    }
  }

  for (const { data } of input.graph.elements.edges) {
    const look = input.edges[data.id];
    const line = edgeLine(input, data.source, data.target);
    if (!look || !line) continue;
    slide.addShape('line', {
      x: p.px(Math.min(line.x1, line.tipX)),
      y: p.py(Math.min(line.y1, line.tipY)),
      w: Math.abs(line.tipX - line.x1) * p.s,
      h: Math.abs(line.tipY - line.y1) * p.s,
      flipH: line.tipX < line.x1,
      flipV: line.tipY < line.y1,
      line: {
        color: hex(look.color),
        width: Math.max(0.5, pt(look.width, p.s)),
        transparency: transparency(look.opacity),
        dashType: look.dashed ? 'dash' : 'solid',
        endArrowType: look.arrow ? 'triangle' : 'none',
      },
      objectName: `edge: ${data.type} ${data.source} -> ${data.target}`.slice(0, 200),
    });
    edgeLines.push({ index: added++, source: data.source, target: data.target });
    if (look.label) {
      added++;
      const size = Math.max(MIN_TEXT_PT, pt(look.fontSize, p.s));
      const w = (textWidth(look.label, look.fontSize) * 1.2 * p.s) + 0.1;
      slide.addText(look.label, {
        x: p.px((line.x1 + line.tipX) / 2) - w / 2,
        y: p.py((line.y1 + line.tipY) / 2) - (size / 72) * 0.6,
        w,
        h: (size / 72) * 1.2,
        fontSize: size,
        fontFace: 'Arial',
        color: hex(look.labelColor),
        align: 'center',
        margin: 0,
        wrap: false,
      });
    }
  }

  for (const { data } of input.graph.elements.nodes) {
    const look = nodeLook(input, data.id);
    slide.addShape(SHAPES[look.shape] ?? 'ellipse', {
      x: p.px(look.x - look.width / 2),
      y: p.py(look.y - look.height / 2),
      w: look.width * p.s,
      h: look.height * p.s,
      fill: { color: hex(look.fill), transparency: transparency(look.opacity) },
      line: look.stroke ? { color: hex(look.stroke), width: Math.max(0.5, pt(look.strokeWidth, p.s)) } : { type: 'none' },
      objectName: `${data.type}: ${data.name}`.slice(0, 200),
    });
    addLabel(slide, look, p, data.name);
  }

  const connectors: ConnectorSpec[] = edgeLines.flatMap((e) => {
    const source = nodeIndex.get(e.source);
    const target = nodeIndex.get(e.target);
    return source === undefined || target === undefined ? [] : [{ index: e.index, source, target }];
  });

  if (input.caption) {
    const color = Object.values(input.nodes)[0]?.labelColor ?? '#000000';
    slide.addText(input.caption, {
      x: MARGIN,
      y: SLIDE_H - MARGIN - CAPTION_H,
      w: SLIDE_W - 2 * MARGIN,
      h: CAPTION_H,
      fontSize: 18,
      fontFace: 'Arial',
      bold: true,
      color: hex(color),
      align: 'center',
      valign: 'middle',
    });
  }
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return glueEdges(bytes, connectors);
}

/** Rewrites the slide inside the package so its edge lines are connectors (see pptx-connectors.ts). */
async function glueEdges(bytes: Uint8Array, connectors: readonly ConnectorSpec[]): Promise<Uint8Array> {
  if (connectors.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const slide = zip.file('ppt/slides/slide1.xml');
  if (!slide) return bytes;
  zip.file('ppt/slides/slide1.xml', gluedConnectors(await slide.async('string'), connectors));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
