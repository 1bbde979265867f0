// The size classes the stylesheet draws, from the talk counts and sizes the map layout uses too (server/map-layout/talk-metrics.ts).
import { sizeFor } from '../../../server/map-layout/talk-metrics.ts';

export { sizeFor, talkCounts } from '../../../server/map-layout/talk-metrics.ts';

/** Every diameter sizeFor can return, for the stylesheet's one rule per size class. */
export const NODE_SIZES: readonly number[] = [...new Set([22, 34, ...Array.from({ length: 31 }, (_, t) => sizeFor('Project', t))])].sort((a, b) => a - b);

/** The class that gives a node its size (style.ts has a rule per class: no per-node style functions on big graphs). */
export const sizeClass = (size: number): string => `cg-size-${size}`;
