// What the side panel shows for a node, read from the loaded graph: talks with evidence, speakers, orgs, relations.
import type { EdgeData, Evidence, NodeData, TalkNode } from '../../../extractor/schema.ts';
import { inEdges, outEdges } from './graph-index.ts';
import type { GraphIndex } from './graph-index.ts';

export interface Ref {
  id: string;
  name: string;
  type: string;
}

export interface SpeakerRef extends Ref {
  organizations: Array<Ref & { role: string | null }>;
}

export interface EventRef {
  id: string;
  name: string;
  year: number | null;
}

export interface TalkSummary {
  talk: TalkNode;
  /** The conference the talk was given at (several posts may cover several events). */
  event: EventRef | null;
  speakers: SpeakerRef[];
  /** Sentences of the talk that mention the entity (empty when not about a mention). */
  evidence: Evidence[];
  count: number | null;
}

export interface RelationRef {
  type: string;
  direction: 'out' | 'in';
  other: Ref;
  evidence: Evidence[];
}

export interface EntityDetails {
  node: NodeData;
  /** Project/Org/Person: talks mentioning it; Person: also talks presented; Org: talks by its people. */
  talks: TalkSummary[];
  /** Talk: its speakers with organizations. */
  speakers: SpeakerRef[];
  /** Talk/Post: the entities it mentions, most mentioned first. */
  mentions: Array<Ref & { count: number | null; evidence: Evidence[] }>;
  /** Sentence-stated relations (IMPLEMENTS, MAINTAINS, ...) plus WORKS_FOR. */
  relations: RelationRef[];
  /** Post-level mentions (outside any talk section). */
  postMentions: Array<{ post: Ref; evidence: Evidence[] }>;
  /** Person: talks presented. Organization: talks presented by its people. */
  presented: TalkSummary[];
  /** Talks mentioning the node, per event, oldest event first: how its mentions change from one conference to the next. */
  perEvent: Array<EventRef & { talks: number }>;
}

/** The event a talk belongs to, from its `event` field (an Event node id). */
export function eventOf(index: GraphIndex, talk: TalkNode): EventRef | null {
  const node = talk.event ? index.nodes.get(talk.event) : undefined;
  if (!node || node.type !== 'Event') return null;
  return { id: node.id, name: node.name, year: node.year };
}

/** Oldest first; events without a year last; then by name. */
export function byEventTime(a: EventRef, b: EventRef): number {
  return (a.year ?? 9999) - (b.year ?? 9999) || a.name.localeCompare(b.name);
}

function perEvent(talks: readonly TalkSummary[]): EntityDetails['perEvent'] {
  const counts = new Map<string, EventRef & { talks: number }>();
  for (const t of talks) {
    if (!t.event) continue;
    const entry = counts.get(t.event.id) ?? { ...t.event, talks: 0 };
    entry.talks++;
    counts.set(t.event.id, entry);
  }
  return [...counts.values()].sort(byEventTime);
}

const STRUCTURAL = new Set(['MENTIONS', 'PRESENTED', 'PART_OF', 'COVERS']);

function ref(index: GraphIndex, id: string): Ref {
  const n = index.nodes.get(id);
  return { id, name: n?.name ?? id, type: n?.type ?? 'Unknown' };
}

export function speakersOf(index: GraphIndex, talkId: string): SpeakerRef[] {
  return inEdges(index, talkId, 'PRESENTED').map((e) => ({
    ...ref(index, e.source),
    organizations: outEdges(index, e.source, 'WORKS_FOR').map((w) => ({ ...ref(index, w.target), role: w.role })),
  }));
}

function talkSummary(index: GraphIndex, talkId: string, edge: EdgeData | null): TalkSummary | null {
  const talk = index.nodes.get(talkId);
  if (!talk || talk.type !== 'Talk') return null;
  return { talk, event: eventOf(index, talk), speakers: speakersOf(index, talkId), evidence: edge?.evidence ?? [], count: edge?.count ?? null };
}

function byDay(a: TalkSummary, b: TalkSummary): number {
  return (a.talk.day ?? 99) - (b.talk.day ?? 99) || a.talk.title.localeCompare(b.talk.title);
}

export function entityDetails(index: GraphIndex, id: string): EntityDetails | null {
  const node = index.nodes.get(id);
  if (!node) return null;
  const mentionsIn = inEdges(index, id, 'MENTIONS');
  const talks = mentionsIn
    .map((e) => talkSummary(index, e.source, e))
    .filter((t): t is TalkSummary => t !== null)
    .sort(byDay);
  const postMentions = mentionsIn
    .filter((e) => index.nodes.get(e.source)?.type === 'Post' && e.evidence.length > 0)
    .map((e) => ({ post: ref(index, e.source), evidence: e.evidence }));
  const mentions = outEdges(index, id, 'MENTIONS')
    .map((e) => ({ ...ref(index, e.target), count: e.count, evidence: e.evidence }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.name.localeCompare(b.name));
  const relations: RelationRef[] = [
    ...outEdges(index, id)
      .filter((e) => !STRUCTURAL.has(e.type))
      .map((e) => ({ type: e.type, direction: 'out' as const, other: ref(index, e.target), evidence: e.evidence })),
    ...inEdges(index, id)
      .filter((e) => !STRUCTURAL.has(e.type))
      .map((e) => ({ type: e.type, direction: 'in' as const, other: ref(index, e.source), evidence: e.evidence })),
  ];
  let presented: TalkSummary[] = [];
  if (node.type === 'Person') presented = presentedBy(index, [id]);
  if (node.type === 'Organization') presented = presentedBy(index, inEdges(index, id, 'WORKS_FOR').map((e) => e.source));
  return {
    node,
    talks,
    speakers: node.type === 'Talk' ? speakersOf(index, id) : [],
    mentions,
    relations,
    postMentions,
    presented,
    perEvent: perEvent(talks),
  };
}

function presentedBy(index: GraphIndex, personIds: string[]): TalkSummary[] {
  const seen = new Set<string>();
  const out: TalkSummary[] = [];
  for (const pid of personIds) {
    for (const e of outEdges(index, pid, 'PRESENTED')) {
      if (seen.has(e.target)) continue;
      seen.add(e.target);
      const t = talkSummary(index, e.target, null);
      if (t) out.push(t);
    }
  }
  return out.sort(byDay);
}
