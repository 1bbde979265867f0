/**
 * Text that stays readable on a slide: when the view fitted onto the slide would print labels under
 * `minPt` points, the labels grow (in model units) and the nodes are spread again to make room for them.
 */
import type { ExportInput } from './export-input.ts';
import { labelBox, textWidth } from './label-layout.ts';
import { spreadOverlaps } from './spread-labels.ts';

/** A copy of `input` whose smallest label prints at `minPt` or more once `inchesPerUnit(copy)` maps it onto the slide. */
export function readableOnSlide(input: ExportInput, inchesPerUnit: (input: ExportInput) => number, minPt = 12): ExportInput {
  const copy = structuredClone(input);
  for (let round = 0; round < 5; round++) {
    const sizes = [...Object.values(copy.nodes).filter((n) => n.label).map((n) => n.fontSize), ...Object.values(copy.edges).filter((e) => e.label).map((e) => e.fontSize)];
    if (sizes.length === 0) break;
    const printed = Math.min(...sizes) * inchesPerUnit(copy) * 72;
    if (printed >= minPt - 0.05) break;
    const grow = (minPt / printed) * 1.03;
    for (const look of Object.values(copy.nodes)) {
      look.fontSize *= grow;
      look.labelMaxWidth *= grow;
      // Shapes grow less than their text, but enough to stay visible next to it.
      look.width *= Math.sqrt(grow);
      look.height *= Math.sqrt(grow);
    }
    for (const look of Object.values(copy.edges)) look.fontSize *= grow;
    spreadOverlaps(copy);
  }
  dropCrowdedEdgeLabels(copy);
  return copy;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Relation names sit at their edge's middle; around a hub they pile onto each other and onto node
 * labels. Keep a name only where it has room (first come, first kept), so what is printed can be read.
 */
export function dropCrowdedEdgeLabels(input: ExportInput): number {
  const taken: Rect[] = Object.values(input.nodes)
    .filter((n) => n.label)
    .map((n) => {
      const box = labelBox(n);
      return { x1: box.x - box.width / 2, y1: Math.min(box.top, n.y - n.height / 2), x2: box.x + box.width / 2, y2: box.top + box.height };
    });
  let dropped = 0;
  for (const { data } of input.graph.elements.edges) {
    const look = input.edges[data.id];
    const a = input.nodes[data.source];
    const b = input.nodes[data.target];
    if (!look?.label || !a || !b) continue;
    const w = textWidth(look.label, look.fontSize);
    const cx = (a.x + b.x) / 2;
    const cy = (a.y + b.y) / 2;
    const rect = { x1: cx - w / 2, y1: cy - look.fontSize * 0.6, x2: cx + w / 2, y2: cy + look.fontSize * 0.6 };
    if (taken.some((t) => overlaps(t, rect))) {
      look.label = '';
      dropped++;
    } else taken.push(rect);
  }
  return dropped;
}
