// A Cypher result as a table: node-like values become buttons that select the node, the rest is JSON text.
import type { CypherResult, RowValue } from '../api.ts';
import { h } from './dom.ts';

function nodeLike(value: RowValue): { id: string; name: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const props = (typeof value.properties === 'object' && value.properties !== null && !Array.isArray(value.properties) ? value.properties : value) as Record<string, RowValue>;
  const id = props.id;
  if (typeof id !== 'string') return null;
  const name = props.name ?? props.title;
  return { id, name: typeof name === 'string' ? name : id };
}

function cell(value: RowValue, navigate: (id: string) => void): Node {
  const node = nodeLike(value);
  if (node) {
    const b = h('button', { type: 'button', class: 'entity-link', 'data-id': node.id }, node.name);
    b.addEventListener('click', () => navigate(node.id));
    return b;
  }
  if (Array.isArray(value) && value.every((v) => nodeLike(v) !== null)) {
    const wrap = h('div', { class: 'mini-chips' });
    for (const v of value) wrap.append(cell(v, navigate));
    return wrap;
  }
  if (value === null) return h('span', { class: 'panel-empty' }, 'null');
  if (typeof value === 'object') return h('span', { class: 'cell-json' }, JSON.stringify(value));
  return document.createTextNode(String(value));
}

export function resultTable(result: CypherResult, navigate: (id: string) => void): HTMLElement {
  const table = h('table', { class: 'data', id: 'result-table' });
  table.append(h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody');
  for (const row of result.rows) {
    body.append(h('tr', {}, ...result.columns.map((c) => h('td', {}, cell(row[c] ?? null, navigate)))));
  }
  table.append(body);
  return table;
}
