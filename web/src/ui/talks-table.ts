// The Talks x Projects table: one row per talk with its speakers and the projects it mentions; sortable, filterable.
import type { EventRef } from '../graph/entity-details.ts';
import { filterProjectRows, projectRowsOfEvent, sortProjectRows } from '../graph/projects-table-model.ts';
import type { ProjectRow } from '../graph/projects-table-model.ts';
import { filterRows, rowsOfEvent, sortRows } from '../graph/talks-table-model.ts';
import type { SortKey, TalkRow } from '../graph/talks-table-model.ts';
import type { TableRows } from '../state/view-state-url.ts';
import { clear, h, link } from './dom.ts';

export interface TableProps {
  /** One row per talk or per project. */
  by: TableRows;
  rows: readonly TalkRow[];
  projectRows: () => readonly ProjectRow[];
  onBy: (by: TableRows) => void;
  filter: string;
  sort: string;
  onFilter: (text: string) => void;
  onSort: (sort: string) => void;
  navigate: (id: string) => void;
  /** The events of the graph, oldest first, and the one the table (and graph) is limited to. */
  events: readonly EventRef[];
  event: string | null;
  onEvent: (id: string | null) => void;
}

const PROJECT_COLUMNS: Array<{ key: string; label: string }> = [
  { key: 'name', label: 'Project' },
  { key: 'talks', label: 'Talks' },
];

const COLUMNS: Array<{ key: SortKey; label: string; num?: boolean }> = [
  { key: 'title', label: 'Talk' },
  { key: 'event', label: 'Event' },
  { key: 'day', label: 'Day', num: true },
  { key: 'speakers', label: 'Speakers' },
  { key: 'projects', label: 'Projects', num: false },
];

export function createTalksTable(root: HTMLElement, initial: TableProps): (props: TableProps) => void {
  const input = h('input', { type: 'search', id: 'table-filter', placeholder: 'Filter…', title: 'Filter by talk, speaker, organization or project', 'aria-label': 'Filter the talks table' });
  input.value = initial.filter;
  const count = h('span', { class: 'table-count', 'aria-live': 'polite' });
  const table = h('table', { class: 'data', id: 'talks-table' });
  const toggle = h('div', { class: 'rows-toggle', role: 'group', 'aria-label': 'One row per' });
  for (const by of ['talks', 'projects'] as const) {
    const b = h('button', { type: 'button', class: 'btn small', 'data-rows': by }, by === 'talks' ? 'By talk' : 'By project');
    b.addEventListener('click', () => props.onBy(by));
    toggle.append(b);
  }
  const eventSelect = h('select', { id: 'table-event', 'aria-label': 'Only the talks of one event' }, h('option', { value: '' }, 'All events'), ...initial.events.map((e) => h('option', { value: e.id }, e.name)));
  eventSelect.hidden = initial.events.length < 2;
  root.append(h('div', { class: 'table-tools' }, toggle, eventSelect, input, count), table);
  let props = initial;
  input.addEventListener('input', () => props.onFilter(input.value));
  eventSelect.addEventListener('change', () => props.onEvent(eventSelect.value || null));

  const update = (next: TableProps) => {
    props = next;
    if (document.activeElement !== input) input.value = next.filter;
    eventSelect.value = next.event ?? '';
    toggle.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.rows === next.by)));
    clear(table);
    if (next.by === 'projects') {
      renderProjects(table, count, next);
      return;
    }
    const rows = sortRows(filterRows(rowsOfEvent(next.rows, next.event), next.filter), next.sort);
    count.textContent = `${rows.length} of ${next.rows.length} talks`;
    const head = h('tr');
    for (const col of COLUMNS) {
      head.append(sortHeader(col.key, col.label, next));
    }
    table.append(h('thead', {}, head));
    const body = h('tbody');
    for (const r of rows) body.append(rowFor(r, next.navigate));
    table.append(body);
  };
  update(initial);
  return update;
}

function sortHeader(key: string, label: string, props: TableProps): HTMLTableCellElement {
  const active = props.sort.replace(/^-/, '') === key;
  const desc = props.sort.startsWith('-');
  const b = h('button', { type: 'button', 'data-sort': key }, label, active ? (desc ? ' ▾' : ' ▴') : '');
  b.addEventListener('click', () => props.onSort(active && !desc ? `-${key}` : key));
  return h('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' }, b);
}

function renderProjects(table: HTMLTableElement, count: HTMLElement, props: TableProps): void {
  const all = props.projectRows();
  const rows = sortProjectRows(filterProjectRows(projectRowsOfEvent(all, props.event), props.filter), props.sort);
  count.textContent = `${rows.length} of ${all.length} projects`;
  table.append(h('thead', {}, h('tr', {}, ...PROJECT_COLUMNS.map((c) => sortHeader(c.key, c.label, props)))));
  const body = h('tbody');
  for (const r of rows) {
    const name = h('button', { type: 'button', class: 'entity-link', 'data-id': r.id }, r.name);
    name.addEventListener('click', () => props.navigate(r.id));
    body.append(h('tr', {}, h('td', {}, name, ' ', h('span', { class: 'count' }, `(${r.talks.length})`)), h('td', {}, chips(r.talks, props.navigate))));
  }
  table.append(body);
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
    h('td', { class: 'event' }, r.event?.name ?? ''),
    h('td', { class: 'num' }, r.talk.day ?? ''),
    h('td', { class: 'speakers' }, names(r.speakers, navigate)),
    h('td', {}, chips(r.projects, navigate)),
  );
}
