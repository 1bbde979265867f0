// A node name that selects the node when clicked (a real button: keyboard reachable).
import { h } from '../dom.ts';

export type Navigate = (id: string) => void;

export function entityButton(target: { id: string; name: string }, navigate: Navigate): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'entity-link', 'data-id': target.id }, target.name);
  b.addEventListener('click', () => navigate(target.id));
  return b;
}
