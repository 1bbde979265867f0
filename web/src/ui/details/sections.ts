// The panel's lists: talks (with evidence), speakers, mentions, stated relations, post-level mentions.
import type { EntityDetails, RelationRef, SpeakerRef, TalkSummary } from '../../graph/entity-details.ts';
import { h } from '../dom.ts';
import { entityButton } from './entity-button.ts';
import type { Navigate } from './entity-button.ts';
import { evidenceBlock } from './evidence.ts';
import { talkCard } from './talk-card.ts';

function section(title: string, className = ''): HTMLElement {
  return h('section', { class: `panel-section ${className}`.trim() }, h('h3', {}, title));
}

export function talksSection(title: string, talks: TalkSummary[], names: readonly string[], navigate: Navigate, className = ''): HTMLElement {
  const s = section(`${title} (${talks.length})`, className);
  if (talks.length === 0) s.append(h('p', { class: 'panel-empty' }, 'None in this graph.'));
  for (const t of talks) s.append(talkCard(t, names, navigate));
  return s;
}

export function speakersSection(speakers: SpeakerRef[], navigate: Navigate): HTMLElement {
  const s = section(`Speakers (${speakers.length})`);
  const ul = h('ul', { class: 'entity-list' });
  for (const sp of speakers) {
    const li = h('li', {}, entityButton(sp, navigate));
    for (const org of sp.organizations) li.append(' · ', entityButton(org, navigate), org.role ? ` (${org.role})` : '');
    ul.append(li);
  }
  s.append(ul);
  return s;
}

export function mentionsSection(mentions: EntityDetails['mentions'], navigate: Navigate, title: string): HTMLElement {
  const s = section(`${title} (${mentions.length})`);
  const ul = h('ul', { class: 'entity-list' });
  for (const m of mentions) {
    ul.append(h('li', { title: m.type }, entityButton(m, navigate), m.count && m.count > 1 ? h('span', { class: 'count' }, `×${m.count}`) : null));
  }
  s.append(ul);
  return s;
}

const VERB: Record<string, [string, string]> = {
  IMPLEMENTS: ['implements', 'is implemented by'],
  INTEGRATES_WITH: ['integrates with', 'integrates with'],
  ALTERNATIVE_TO: ['is an alternative to', 'is an alternative to'],
  MAINTAINS: ['maintains', 'is maintained by'],
  HOSTED_BY: ['is hosted by', 'hosts'],
  WORKS_FOR: ['works for', 'employs'],
};

export function relationsSection(relations: RelationRef[], navigate: Navigate): HTMLElement {
  const s = section(`Relations (${relations.length})`);
  for (const r of relations) {
    const verb = VERB[r.type]?.[r.direction === 'out' ? 0 : 1] ?? r.type;
    const row = h('div', { class: 'talk-card' }, h('div', {}, `${verb} `, entityButton(r.other, navigate)));
    for (const ev of r.evidence.slice(0, 2)) row.append(evidenceBlock(ev, [r.other.name]));
    s.append(row);
  }
  return s;
}

export function postMentionsSection(items: EntityDetails['postMentions'], names: readonly string[]): HTMLElement {
  const s = section('Also mentioned in the post');
  for (const item of items) for (const ev of item.evidence.slice(0, 3)) s.append(evidenceBlock(ev, names));
  return s;
}
