// The Talks x Projects table: one row per talk with its speakers and the projects it mentions; sortable, filterable.
import { filterRows, sortRows } from '../graph/talks-table-model.ts';
import type { SortKey, TalkRow } from '../graph/talks-table-model.ts';
import { clear, h, link } from './dom.ts';

export interface TableProps {
  rows: readonly TalkRow[];
  filter: string;
  sort: string;
  onFilter: (text: string) => void;
  onSort: (sort: string) => void;
  navigate: (id: string) => void;
}

const COLUMNS: Array<{ key: SortKey; label: string; num?: boolean }> = [
  { key: 'title', label: 'Talk' },
  { key: 'day', label: 'Day', num: true },
  { key: 'speakers', label: 'Speakers' },
  { key: 'projects', label: 'Projects', num: false },
];

export function createTalksTable(root: HTMLElement, initial: TableProps): (props: TableProps) => void {
  const input = h('input', { type: 'search', id: 'table-filter', placeholder: 'Filter talks, speakers, projects…', 'aria-label': 'Filter the talks table' });
  input.value = initial.filter;
  const count = h('span', { class: 'table-count', 'aria-live': 'polite' });
  const table = h('table', { class: 'data', id: 'talks-table' });
  root.append(h('div', { class: 'table-tools' }, input, count), table);
  let props = initial;
  input.addEventListener('input', () => props.onFilter(input.value));

  const update = (next: TableProps) => {
    props = next;
    if (document.activeElement !== input) input.value = next.filter;
    const rows = sortRows(filterRows(next.rows, next.filter), next.sort);
    count.textContent = `${rows.length} of ${next.rows.length} talks`;
    clear(table);
    const head = h('tr');
    for (const col of COLUMNS) {
      const active = next.sort.replace(/^-/, '') === col.key;
      const desc = next.sort.startsWith('-');
      const sortState = active ? (desc ? 'descending' : 'ascending') : 'none';
      const b = h('button', { type: 'button', 'data-sort': col.key }, col.label, active ? (desc ? ' ▾' : ' ▴') : '');
      b.addEventListener('click', () => next.onSort(active && !desc ? `-${col.key}` : col.key));
      head.append(h('th', { scope: 'col', 'aria-sort': sortState }, b));
    }
    table.append(h('thead', {}, head));
    const body = h('tbody');
    for (const r of rows) body.append(rowFor(r, next.navigate));
    table.append(body);
  };
  update(initial);
  return update;
}

function chips(items: Array<{ id: string; name: string }>, navigate: (id: string) => void): HTMLElement {
  const wrap = h('div', { class: 'mini-chips' });
  for (const item of items) {
    const b = h('button', { type: 'button', 'data-id': item.id }, item.name);
    b.addEventListener('click', () => navigate(item.id));
    wrap.append(b);
  }
  return wrap;
}

/** Speakers as a comma-separated list of links (chips would wrap badly in a narrow column). */
function names(items: Array<{ id: string; name: string }>, navigate: (id: string) => void): HTMLElement {
  const wrap = h('div');
  items.forEach((item, i) => {
    if (i > 0) wrap.append(', ');
    const b = h('button', { type: 'button', class: 'entity-link', 'data-id': item.id }, item.name);
    b.addEventListener('click', () => navigate(item.id));
    wrap.append(b);
  });
  return wrap;
}

function rowFor(r: TalkRow, navigate: (id: string) => void): HTMLTableRowElement {
  const title = h('button', { type: 'button', class: 'entity-link', 'data-id': r.talk.id }, r.talk.title || r.talk.name);
  title.addEventListener('click', () => navigate(r.talk.id));
  const links = h('div', { class: 'talk-links' }, link(r.talk.url, 'post', 'post-link'));
  if (r.talk.videoUrl) links.append(link(r.talk.videoUrl, 'video', 'video-link'));
  return h(
    'tr',
    {},
    h('td', {}, title, links),
    h('td', { class: 'num' }, r.talk.day ?? ''),
    h('td', { class: 'speakers' }, names(r.speakers, navigate)),
    h('td', {}, chips(r.projects, navigate)),
  );
}
