// What the explorer exposes on window for tests and benchmarks (the live Cytoscape instance, the render time).
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    cy?: Core;
    /** Resolves with performance.now() once the first layout has stopped and been drawn. */
    __confgraphRendered?: Promise<number>;
  }
}

export {};
