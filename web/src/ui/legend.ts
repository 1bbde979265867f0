// The legend: one row per node type with its colour, shape and count; its checkboxes are the type filters.
import { getTheme } from '../graph/style.ts';
import type { NodeTypeName } from '../graph/style.ts';
import { ALL_TYPES } from '../state/view-state-url.ts';
import { clear, h } from './dom.ts';

// 14x14 glyphs that echo the Cytoscape node shapes of graph/style.ts.
const GLYPHS: Record<NodeTypeName, string> = {
  Project: 'M7 1a6 6 0 1 0 0.01 0Z',
  Organization: 'M3 2h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  Person: 'M7 1.5L13 12.5H1Z',
  Talk: 'M7 0.5L13.5 7L7 13.5L0.5 7Z',
  Event: 'M7 0.8l1.8 4.2 4.5.4-3.4 3 1 4.4L7 10.5l-3.9 2.3 1-4.4-3.4-3 4.5-.4Z',
  Post: 'M1 3h9l3 4-3 4H1Z',
};

const PLURAL: Record<NodeTypeName, string> = {
  Project: 'Projects',
  Organization: 'Organizations',
  Person: 'People',
  Talk: 'Talks',
  Event: 'Events',
  Post: 'Posts',
};

function glyph(type: NodeTypeName, color: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', GLYPHS[type]);
  path.setAttribute('fill', color);
  svg.append(path);
  return svg;
}

export interface LegendProps {
  theme: string;
  types: readonly string[];
  counts: Record<string, number>;
  onChange: (types: string[]) => void;
  /** The graph's events (oldest first) and the one shown; a choice appears when there are two or more. */
  events: ReadonlyArray<{ id: string; name: string }>;
  event: string | null;
  onEvent: (id: string | null) => void;
}

/** Narrow screens start with the legend folded: open, it would cover half the graph. */
function startsCollapsed(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(max-width: 600px)').matches;
}

export function renderLegend(root: HTMLElement, props: LegendProps): void {
  const theme = getTheme(props.theme);
  clear(root);
  // The folded state lives on the element, so re-rendering (a type ticked) keeps it.
  root.dataset.collapsed ??= String(startsCollapsed());
  const toggle = h('button', { type: 'button', class: 'legend-toggle', id: 'legend-toggle', 'aria-expanded': String(root.dataset.collapsed !== 'true'), 'aria-controls': 'legend-body' }, 'Show');
  toggle.addEventListener('click', () => {
    const collapsed = root.dataset.collapsed !== 'true';
    root.dataset.collapsed = String(collapsed);
    toggle.setAttribute('aria-expanded', String(!collapsed));
  });
  root.append(h('h2', { id: 'legend-title' }, toggle));
  const body = h('div', { id: 'legend-body', class: 'legend-body' });
  const group = h('div', { role: 'group', 'aria-labelledby': 'legend-title' });
  for (const type of ALL_TYPES) {
    const box = h('input', { type: 'checkbox', name: 'type-filter', value: type, 'data-type': type });
    box.checked = props.types.includes(type);
    box.addEventListener('change', () => {
      const next = ALL_TYPES.filter((t) => (t === type ? box.checked : props.types.includes(t)));
      props.onChange(next);
    });
    group.append(h('label', {}, box, glyph(type, theme.nodeColors[type]), PLURAL[type], h('span', { class: 'count' }, props.counts[type] ?? 0)));
  }
  body.append(group);
  if (props.events.length >= 2) {
    const select = h('select', { id: 'event-filter', 'aria-label': 'Show one event' }, h('option', { value: '' }, 'All events'), ...props.events.map((e) => h('option', { value: e.id }, e.name)));
    select.value = props.event ?? '';
    select.addEventListener('change', () => props.onEvent(select.value || null));
    body.append(h('label', { class: 'legend-event', for: 'event-filter' }, 'Event', select));
  }
  body.append(h('div', { class: 'legend-note' }, 'Size: number of talks'));
  root.append(body);
}
