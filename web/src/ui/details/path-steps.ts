// The path between two nodes as steps in the panel: each node (a button that selects it) and how it links to the next.
import type { PathStep } from '../../graph/find-path.ts';
import type { GraphIndex } from '../../graph/graph-index.ts';
import { nodeName } from '../../graph/graph-index.ts';
import { h } from '../dom.ts';
import { entityButton } from './entity-button.ts';
import type { Navigate } from './entity-button.ts';

/** [read from source to target, read from target to source] */
const VERBS: Record<string, [string, string]> = {
  MENTIONS: ['mentions', 'is mentioned by'],
  PRESENTED: ['presented', 'was presented by'],
  WORKS_FOR: ['works for', 'employs'],
  PART_OF: ['is part of', 'includes'],
  COVERS: ['covers', 'is covered by'],
  IMPLEMENTS: ['implements', 'is implemented by'],
  INTEGRATES_WITH: ['integrates with', 'integrates with'],
  ALTERNATIVE_TO: ['is an alternative to', 'is an alternative to'],
  MAINTAINS: ['maintains', 'is maintained by'],
  HOSTED_BY: ['is hosted by', 'hosts'],
};

export function pathSection(steps: readonly PathStep[], index: GraphIndex, navigate: Navigate, throughHidden: boolean): HTMLElement {
  const list = h('ol', { class: 'path-steps', id: 'path-steps' });
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    const item = h('li', { 'data-id': step.node }, entityButton({ id: step.node, name: nodeName(index, step.node) }, navigate), h('span', { class: 'path-type' }, index.nodes.get(step.node)?.type ?? ''));
    if (next?.edge) {
      const forward = next.edge.source === step.node;
      const verb = VERBS[next.edge.type]?.[forward ? 0 : 1] ?? next.edge.type;
      item.append(h('div', { class: 'path-verb' }, `↓ ${verb}`));
    }
    list.append(item);
  });
  const hops = steps.length - 1;
  const section = h('section', { class: 'panel-section path-section' }, h('h3', {}, `Path (${hops} hop${hops === 1 ? '' : 's'})`), list);
  if (throughHidden) section.append(h('p', { class: 'panel-empty' }, 'No path runs through the node types shown; this one passes through hidden ones, shown for it.'));
  return section;
}
