// Chips over the graph that say what limits the view (focus, path, query result), each with a clear button.
import { clear, h } from './dom.ts';

export interface Chip {
  id: string;
  label: string;
  /** Optional extra control shown inside the chip (e.g. the focus depth select). */
  control?: HTMLElement;
  onClear: () => void;
}

export function renderChips(root: HTMLElement, chips: Chip[]): void {
  clear(root);
  for (const chip of chips) {
    const x = h('button', { type: 'button', 'aria-label': `Clear: ${chip.label}`, title: 'Clear' }, '×');
    x.addEventListener('click', chip.onClear);
    root.append(h('div', { class: 'chip', id: chip.id }, h('span', {}, chip.label), chip.control ?? null, x));
  }
}
