// A small bar chart of a node's talks per event, oldest first: how its mentions rise and fall from one conference to the next.
import type { EntityDetails } from '../../graph/entity-details.ts';
import { h } from '../dom.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The chart section, or null when the node's talks span fewer than two events (nothing to compare). */
export function eventChartSection(perEvent: EntityDetails['perEvent'], navigate: (id: string) => void): HTMLElement | null {
  if (perEvent.length < 2) return null;
  const max = Math.max(...perEvent.map((e) => e.talks));
  const barW = 28;
  const gap = 14;
  const chartH = 70;
  const width = perEvent.length * (barW + gap) + gap;
  const chart = svg('svg', { width, height: chartH + 18, viewBox: `0 0 ${width} ${chartH + 18}`, role: 'img', class: 'event-chart', 'aria-label': `Talks per event: ${perEvent.map((e) => `${e.name} ${e.talks}`).join(', ')}` });
  perEvent.forEach((e, i) => {
    const x = gap + i * (barW + gap);
    const hgt = Math.max(2, Math.round((e.talks / max) * (chartH - 4)));
    const bar = svg('rect', { x, y: chartH - hgt + 14, width: barW, height: hgt, rx: 3, class: 'event-bar', 'data-event': e.id, 'data-talks': e.talks });
    bar.append(svg('title', {}, `${e.name}: ${e.talks} talk${e.talks === 1 ? '' : 's'}`));
    chart.append(bar, svg('text', { x: x + barW / 2, y: chartH - hgt + 10, 'text-anchor': 'middle', class: 'event-count' }, String(e.talks)));
  });
  const legend = h('ol', { class: 'event-legend' });
  for (const e of perEvent) {
    const b = h('button', { type: 'button', class: 'entity-link', 'data-id': e.id }, e.name);
    b.addEventListener('click', () => navigate(e.id));
    legend.append(h('li', {}, b, h('span', { class: 'count' }, ` ${e.talks}`)));
  }
  return h('section', { class: 'panel-section event-trend', id: 'event-trend' }, h('h3', {}, 'Talks per event'), chart, legend);
}
