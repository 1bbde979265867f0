// The side panel for the selected node: header, actions (focus, path), facts, then type-specific sections.
import type { EntityDetails } from '../../graph/entity-details.ts';
import type { SearchHit } from '../../api.ts';
import { createAutocomplete } from '../autocomplete.ts';
import { clear, h } from '../dom.ts';
import { entityButton } from './entity-button.ts';
import { eventChartSection } from './event-chart.ts';
import type { Navigate } from './entity-button.ts';
import { factsList } from './facts.ts';
import { mentionsSection, relationsSection, speakersSection, talksSection, postMentionsSection } from './sections.ts';

export interface PanelContext {
  navigate: Navigate;
  focus: (id: string, depth: number) => void;
  focusedId: string | null;
  depth: number;
  pathTo: (from: string, hit: SearchHit) => void;
  close: () => void;
}

export interface Overview {
  nodes: number;
  talks: number;
  projects: number;
  /** Most mentioned projects, with the number of talks mentioning each. */
  top: Array<{ id: string; name: string; talks: number }>;
}

export function renderEmptyPanel(root: HTMLElement, overview: Overview, navigate: Navigate, missingId?: string): void {
  clear(root);
  const box = h('div', { class: 'panel-empty' });
  if (missingId) box.append(h('p', { class: 'error-box' }, `No node with id "${missingId}" in this graph.`));
  box.append(
    h('h2', {}, 'Explore the ecosystem'),
    h('p', {}, `${overview.talks} talks, ${overview.projects} projects, ${overview.nodes} nodes in all.`),
  );
  if (overview.top.length > 0) {
    const list = h('ul', { class: 'entity-list top-list', 'aria-label': 'Most mentioned projects' });
    for (const p of overview.top) list.append(h('li', {}, entityButton(p, navigate), h('span', { class: 'count' }, String(p.talks))));
    box.append(h('h3', { class: 'panel-section' }, 'Most mentioned projects'), list);
  }
  box.append(
    h('p', {}, 'Click a node or search (', h('span', { class: 'kbd' }, '/'), ') to see the talks that mention it, with the sentence and links to the post section and the video.'),
    h('p', {}, 'Focus shows a node’s neighbourhood (double-click a node); “Path to…” highlights how two nodes connect; ', h('span', { class: 'kbd' }, 'Esc'), ' clears. Every view is a link you can share.'),
  );
  root.append(box);
}

export function renderDetails(root: HTMLElement, d: EntityDetails, ctx: PanelContext): void {
  clear(root);
  const node = d.node;
  const kind = node.type === 'Talk' ? `${node.kind}${node.day !== null ? ` · day ${node.day}` : ''}` : node.type;
  const title = node.type === 'Talk' || node.type === 'Post' ? node.title || node.name : node.name;
  root.append(
    h('div', { class: 'panel-head' }, h('div', {}, h('div', { class: 'panel-kind' }, kind), h('h2', { id: 'panel-title' }, title))),
    actions(d, ctx),
    factsList(node),
  );
  const names = [node.name, ...node.aliases];
  if (node.type === 'Talk') {
    root.append(speakersSection(d.speakers, ctx.navigate), mentionsSection(d.mentions, ctx.navigate, 'Mentions'));
  } else if (node.type === 'Post' || node.type === 'Event') {
    root.append(mentionsSection(d.mentions, ctx.navigate, 'Mentions'));
  } else {
    if (node.type === 'Person') root.append(talksSection('Presented', d.presented, [], ctx.navigate));
    if (node.type === 'Organization' && d.presented.length > 0) root.append(talksSection('Talks by its people', d.presented, [], ctx.navigate));
    const trend = eventChartSection(d.perEvent, ctx.navigate);
    if (trend) root.append(trend);
    root.append(talksSection(`Talks mentioning ${node.name}`, d.talks, names, ctx.navigate, 'mentioning-talks'));
    if (d.postMentions.length > 0) root.append(postMentionsSection(d.postMentions, names));
  }
  if (d.relations.length > 0) root.append(relationsSection(d.relations, ctx.navigate));
}

function actions(d: EntityDetails, ctx: PanelContext): HTMLElement {
  const id = d.node.id;
  const depth = h('select', { 'aria-label': 'Focus depth (hops)', id: 'focus-depth' });
  for (const k of [1, 2, 3, 4]) depth.append(h('option', { value: k }, `${k} hop${k > 1 ? 's' : ''}`));
  depth.value = String(ctx.depth);
  const focused = ctx.focusedId === id;
  const focusBtn = h('button', { type: 'button', class: 'btn', id: 'focus-button' }, focused ? 'Refocus' : 'Focus');
  focusBtn.addEventListener('click', () => ctx.focus(id, Number(depth.value)));
  depth.addEventListener('change', () => {
    if (focused) ctx.focus(id, Number(depth.value));
  });
  const path = createAutocomplete({
    id: 'path-input',
    label: `Path from ${d.node.name} to another node`,
    placeholder: 'Path to…',
    onPick: (hit) => ctx.pathTo(id, hit),
  });
  path.root.classList.add('path-box');
  const close = h('button', { type: 'button', class: 'btn small', title: 'Clear the selection (Esc)' }, '✕');
  close.addEventListener('click', ctx.close);
  return h('div', { class: 'panel-actions' }, focusBtn, depth, path.root, close);
}

export { entityButton };
