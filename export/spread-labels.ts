/**
 * Pushes nodes apart until their boxes (shape plus label) stop overlapping. Headless layouts cannot
 * measure text, so without this big slide labels pile up on each other.
 */
import type { ExportInput } from './export-input.ts';
import { labelBox } from './label-layout.ts';

interface Box {
  id: string;
  /** Offsets of the box edges from the node centre. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(input: ExportInput, id: string, gap: number): Box | null {
  const look = input.nodes[id];
  if (!look) return null;
  const label = labelBox(look);
  const halfW = Math.max(look.width / 2, label.width / 2) + gap / 2;
  const top = Math.min(-look.height / 2, label.lines.length ? label.top - look.y : 0) - gap / 2;
  const bottom = Math.max(look.height / 2, label.lines.length ? label.top + label.height - look.y : 0) + gap / 2;
  return { id, left: -halfW, right: halfW, top, bottom };
}

type Position = (id: string) => { x: number; y: number };

/** How far two placed boxes overlap on each axis (a value <= 0 means they are apart on that axis). */
function overlap(a: Box, b: Box, pos: Position): { ox: number; oy: number } {
  const pa = pos(a.id);
  const pb = pos(b.id);
  return {
    ox: Math.min(pa.x + a.right, pb.x + b.right) - Math.max(pa.x + a.left, pb.x + b.left),
    oy: Math.min(pa.y + a.bottom, pb.y + b.bottom) - Math.max(pa.y + a.top, pb.y + b.top),
  };
}

function countOverlaps(boxes: Box[], pos: Position): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const { ox, oy } = overlap(boxes[i] as Box, boxes[j] as Box, pos);
      if (ox > 0 && oy > 0) n++;
    }
  }
  return n;
}

/**
 * Moves node positions in `input` (in place); returns how many overlapping pairs are left. First
 * scales the whole layout up (its shape stays), then nudges what still overlaps, preferring
 * sideways moves because slides are wide.
 */
export function spreadOverlaps(input: ExportInput, options: { gap?: number; iterations?: number } = {}): number {
  const gap = options.gap ?? 8;
  const boxes = Object.keys(input.nodes)
    .map((id) => boxOf(input, id, gap))
    .filter((b): b is Box => b !== null);
  const pos: Position = (id) => input.nodes[id] as { x: number; y: number };
  const looks = Object.values(input.nodes);
  const cx = looks.reduce((s, l) => s + l.x, 0) / Math.max(1, looks.length);
  const cy = looks.reduce((s, l) => s + l.y, 0) / Math.max(1, looks.length);
  for (let step = 0; step < 3 && countOverlaps(boxes, pos) > boxes.length * 0.1; step++) {
    for (const look of looks) {
      look.x = cx + (look.x - cx) * 1.25;
      look.y = cy + (look.y - cy) * 1.25;
    }
  }
  let overlaps = 0;
  for (let round = 0; round < (options.iterations ?? 150); round++) {
    overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        const { ox, oy } = overlap(a, b, pos);
        if (ox <= 0 || oy <= 0) continue;
        overlaps++;
        const pa = pos(a.id);
        const pb = pos(b.id);
        // Move along the axis that needs the smaller push; ties (same centre) go sideways.
        if (ox < oy * 2) {
          const dir = pa.x < pb.x || (pa.x === pb.x && i < j) ? -1 : 1;
          pa.x += (dir * ox) / 2;
          pb.x -= (dir * ox) / 2;
        } else {
          const dir = pa.y < pb.y || (pa.y === pb.y && i < j) ? -1 : 1;
          pa.y += (dir * oy) / 2;
          pb.y -= (dir * oy) / 2;
        }
      }
    }
    if (overlaps === 0) break;
  }
  return overlaps;
}
