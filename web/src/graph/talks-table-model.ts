// Rows of the Talks x Projects table from the loaded graph, with text filtering and column sorting (pure).
import type { TalkNode } from '../../../extractor/schema.ts';
import { eventOf } from './entity-details.ts';
import type { EventRef } from './entity-details.ts';
import type { GraphIndex } from './graph-index.ts';
import { inEdges, outEdges } from './graph-index.ts';

export interface TalkRow {
  talk: TalkNode;
  event: EventRef | null;
  speakers: Array<{ id: string; name: string }>;
  organizations: Array<{ id: string; name: string }>;
  /** Projects the talk mentions, most mentioned first. */
  projects: Array<{ id: string; name: string; count: number }>;
}

export const SORT_KEYS = ['title', 'event', 'day', 'speakers', 'projects'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function talkRows(index: GraphIndex): TalkRow[] {
  const rows: TalkRow[] = [];
  for (const node of index.nodes.values()) {
    if (node.type !== 'Talk') continue;
    const speakers = inEdges(index, node.id, 'PRESENTED').map((e) => ({ id: e.source, name: index.nodes.get(e.source)?.name ?? e.source }));
    const orgIds = new Set(speakers.flatMap((s) => outEdges(index, s.id, 'WORKS_FOR').map((e) => e.target)));
    const projects = outEdges(index, node.id, 'MENTIONS')
      .filter((e) => index.nodes.get(e.target)?.type === 'Project')
      .map((e) => ({ id: e.target, name: index.nodes.get(e.target)?.name ?? e.target, count: e.count ?? 1 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    rows.push({
      talk: node,
      event: eventOf(index, node),
      speakers,
      organizations: [...orgIds].map((id) => ({ id, name: index.nodes.get(id)?.name ?? id })),
      projects,
    });
  }
  return rows;
}

/** Keeps rows whose title, speakers, organizations or projects contain every word of the query. */
export function filterRows(rows: readonly TalkRow[], query: string): TalkRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = [r.talk.title, r.event?.name ?? '', ...r.speakers.map((s) => s.name), ...r.organizations.map((o) => o.name), ...r.projects.map((p) => p.name)]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** `sort` is a key, optionally prefixed with '-' for descending. Unknown keys sort by day. */
export function sortRows(rows: readonly TalkRow[], sort: string): TalkRow[] {
  const desc = sort.startsWith('-');
  const key = (SORT_KEYS as readonly string[]).includes(sort.replace(/^-/, '')) ? (sort.replace(/^-/, '') as SortKey) : 'day';
  const cmp = (a: TalkRow, b: TalkRow): number => {
    switch (key) {
      case 'title':
        return a.talk.title.localeCompare(b.talk.title);
      case 'speakers':
        return (a.speakers[0]?.name ?? '\uffff').localeCompare(b.speakers[0]?.name ?? '\uffff');
      case 'projects':
        return a.projects.length - b.projects.length;
      case 'day':
        // Day 1 of one conference and day 1 of the next are different days: the event comes first.
        return compareEvents(a.event, b.event) || (a.talk.day ?? 99) - (b.talk.day ?? 99);
      case 'event':
        return compareEvents(a.event, b.event);
    }
  };
  return [...rows].sort((a, b) => (desc ? -cmp(a, b) : cmp(a, b)) || a.talk.title.localeCompare(b.talk.title));
}

function compareEvents(a: EventRef | null, b: EventRef | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return (a.year ?? 9999) - (b.year ?? 9999) || a.name.localeCompare(b.name);
}

/** Only the talks of one event (null: all). */
export function rowsOfEvent(rows: readonly TalkRow[], eventId: string | null): TalkRow[] {
  return eventId ? rows.filter((r) => r.event?.id === eventId) : [...rows];
}
