/**
 * Text that stays readable on a slide: when the view fitted onto the slide would print labels under
 * `minPt` points, the labels grow (in model units) and the nodes are spread again to make room for them.
 */
import type { ExportInput } from './export-input.ts';
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
    }
    for (const look of Object.values(copy.edges)) look.fontSize *= grow;
    spreadOverlaps(copy);
  }
  return copy;
}
