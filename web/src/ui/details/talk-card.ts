// One talk in a panel: title (selects it), day/kind/speakers, evidence sentences, links to the post section and video.
import type { TalkSummary } from '../../graph/entity-details.ts';
import { h, link } from '../dom.ts';
import { evidenceBlock } from './evidence.ts';
import { entityButton } from './entity-button.ts';
import type { Navigate } from './entity-button.ts';

export function talkMeta(summary: TalkSummary, navigate: Navigate): HTMLElement {
  const t = summary.talk;
  const meta = h('div', { class: 'talk-meta' });
  // The event first: with several conferences in the graph, "Day 1" alone says little.
  if (summary.event) meta.append(h('span', { class: 'talk-event' }, summary.event.name), t.day !== null || t.kind !== 'talk' || t.level ? ' · ' : '');
  const bits = [t.day !== null ? `Day ${t.day}` : null, t.kind !== 'talk' ? t.kind : null, t.level].filter((b): b is string => !!b);
  if (bits.length > 0) meta.append(bits.join(' · '));
  if (summary.speakers.length > 0) {
    meta.append(bits.length > 0 || summary.event ? ' · ' : '');
    summary.speakers.forEach((s, i) => {
      if (i > 0) meta.append(', ');
      meta.append(entityButton(s, navigate));
      const orgs = s.organizations.map((o) => o.name).join(', ');
      if (orgs) meta.append(` (${orgs})`);
    });
  }
  return meta;
}

export function talkCard(summary: TalkSummary, names: readonly string[], navigate: Navigate): HTMLElement {
  const t = summary.talk;
  const card = h('article', { class: 'talk-card', 'data-talk-id': t.id });
  card.append(h('h4', {}, entityButton({ id: t.id, name: t.title || t.name }, navigate)));
  card.append(talkMeta(summary, navigate));
  for (const ev of summary.evidence.slice(0, 3)) card.append(evidenceBlock(ev, names));
  const more = summary.evidence.length - 3;
  if (more > 0) {
    const button = h('button', { type: 'button', class: 'more-evidence', 'aria-expanded': 'false' }, `+ ${more} more sentence${more === 1 ? '' : 's'}`);
    button.addEventListener('click', () => {
      button.replaceWith(...summary.evidence.slice(3).map((ev) => evidenceBlock(ev, names)));
    });
    card.append(button);
  }
  const links = h('div', { class: 'talk-links' }, link(t.url, 'Post section', 'post-link'));
  if (t.videoUrl) links.append(link(t.videoUrl, '▶ Video', 'video-link'));
  card.append(links);
  return card;
}
