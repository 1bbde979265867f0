/**
 * State the explorer keeps per Cytoscape instance (map positions, held-back edges, overview mode, subset flag).
 * Not cy.scratch(): Cytoscape defines the core's scratch with updateStyle, so every write to it re-emits
 * 'style' on every element and marks all of them for restyling: tens of ms per write on a 2,000-node graph,
 * three times before the first frame and again whenever the overview crosses its zoom threshold.
 */
import type { Core } from 'cytoscape';

export interface InstanceSlot<T> {
  get(cy: Core): T | undefined;
  set(cy: Core, value: T): void;
  delete(cy: Core): void;
}

/** One named piece of state per instance; it goes with the instance (a WeakMap). */
export function instanceSlot<T>(): InstanceSlot<T> {
  const values = new WeakMap<Core, T>();
  return {
    get: (cy) => values.get(cy),
    set: (cy, value) => {
      values.set(cy, value);
    },
    delete: (cy) => {
      values.delete(cy);
    },
  };
}
