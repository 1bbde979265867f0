// The chips that say what limits the graph view: focus (with its depth), path (with its status), query result.
import type { GraphIndex } from '../graph/graph-index.ts';
import { nodeName } from '../graph/graph-index.ts';
import type { PathStatus } from '../graph-sync.ts';
import type { ViewState } from '../state/view-state-url.ts';
import type { Chip } from './chips.ts';
import { h } from './dom.ts';

export interface ChipInputs {
  view: ViewState;
  index: GraphIndex;
  path: PathStatus;
  resultNodes: number | null;
  set: (change: Partial<ViewState>, options?: { push?: boolean }) => void;
  clearResult: () => void;
}

function pathTail(ps: PathStatus): string {
  if (ps.state === 'found') return ` (${ps.hops} hop${ps.hops === 1 ? '' : 's'})`;
  if (ps.state === 'error') return `: ${ps.message}`;
  return ps.state === 'loading' ? ' …' : '';
}

export function viewChips({ view, index, path, resultNodes, set, clearResult }: ChipInputs): Chip[] {
  const chips: Chip[] = [];
  if (view.focus) {
    const depth = h('select', { 'aria-label': 'Focus depth' });
    for (const k of [1, 2, 3, 4]) depth.append(h('option', { value: k }, `${k} hop${k > 1 ? 's' : ''}`));
    depth.value = String(view.depth);
    depth.addEventListener('change', () => set({ depth: Number(depth.value) }));
    chips.push({ id: 'chip-focus', label: `Focus: ${nodeName(index, view.focus)}`, control: depth, onClear: () => set({ focus: null }, { push: true }) });
  }
  if (view.from && view.to) {
    const label = `Path: ${nodeName(index, view.from)} → ${nodeName(index, view.to)}${pathTail(path)}`;
    chips.push({ id: 'chip-path', label, onClear: () => set({ from: null, to: null }) });
  }
  if (resultNodes !== null) chips.push({ id: 'chip-result', label: `Query result: ${resultNodes} nodes`, onClear: clearResult });
  return chips;
}
