// Edge geometry shared by the vector writers: a straight line from outline to outline, arrow room at the target.
import type { ExportInput } from './export-input.ts';
import { nodeLook } from './export-input.ts';
import { radiusToward } from './shapes.ts';

export interface EdgeLine {
  /** Start on the source's outline. */
  x1: number;
  y1: number;
  /** The tip, on the target's outline. */
  tipX: number;
  tipY: number;
  /** Unit direction source -> target. */
  ux: number;
  uy: number;
}

/** null when the two nodes overlap so much that no line shows between them. */
export function edgeLine(input: ExportInput, source: string, target: string): EdgeLine | null {
  const s = nodeLook(input, source);
  const t = nodeLook(input, target);
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  const rs = radiusToward(s.width, s.height, dx, dy);
  const rt = radiusToward(t.width, t.height, -dx, -dy);
  if (len === 0 || len <= rs + rt) return null;
  const ux = dx / len;
  const uy = dy / len;
  return { x1: s.x + ux * rs, y1: s.y + uy * rs, tipX: t.x - ux * rt, tipY: t.y - uy * rt, ux, uy };
}
