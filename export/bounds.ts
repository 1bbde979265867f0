// The area a view covers (nodes and their labels) in model coordinates, so writers can frame it.
import type { ExportInput } from './export-input.ts';
import { labelBox } from './label-layout.ts';

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

export function viewBounds(input: ExportInput, padding = 20): Bounds {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const look of Object.values(input.nodes)) {
    const box = labelBox(look);
    x1 = Math.min(x1, look.x - look.width / 2, box.lines.length ? box.x - box.width / 2 : Infinity);
    x2 = Math.max(x2, look.x + look.width / 2, box.lines.length ? box.x + box.width / 2 : -Infinity);
    y1 = Math.min(y1, look.y - look.height / 2, box.lines.length ? box.top : Infinity);
    y2 = Math.max(y2, look.y + look.height / 2, box.lines.length ? box.top + box.height : -Infinity);
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, x2: 100, y2: 100, w: 100, h: 100 };
  x1 -= padding;
  y1 -= padding;
  x2 += padding;
  y2 += padding;
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}
