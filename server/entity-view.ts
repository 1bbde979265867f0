/**
 * The side panel's view of one node, assembled from named-query rows: the node, its neighbours
 * (full node and edge data), and the talks that mention it with evidence, speakers and their organizations.
 */
import type { EdgeData, NodeData, TalkNode } from '../extractor/schema.ts';
import { edgeFromStored, nodeFromStored, type Props } from '../store/graph-codec.ts';
import type { RowValue } from '../store/graph-store.ts';

type Row = Record<string, RowValue>;

export interface Speaker {
  id: string;
  name: string;
  organizations: Array<{ id: string; name: string }>;
}
export interface TalkMention {
  talk: TalkNode;
  count: number | null;
  evidence: EdgeData['evidence'];
  speakers: Speaker[];
}
export interface Neighbour {
  node: NodeData;
  edge: EdgeData;
}

function isRecord(value: unknown): value is Record<string, RowValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node column (its properties plus `labels`) back in the schema shape. */
export function nodeFromColumn(value: RowValue | undefined, type?: RowValue): NodeData | null {
  if (!isRecord(value)) return null;
  const { labels, ...props } = value;
  const label = typeof type === 'string' ? type : Array.isArray(labels) && typeof labels[0] === 'string' ? labels[0] : null;
  return label ? nodeFromStored(label, props) : null;
}

/** entity-neighbours rows: one relationship each, with the node at its other end. */
export function neighboursFromRows(rows: Row[]): Neighbour[] {
  const out: Neighbour[] = [];
  for (const row of rows) {
    const node = nodeFromColumn(row.node, row.nodeType);
    if (!node || !isRecord(row.edge) || typeof row.type !== 'string' || typeof row.source !== 'string' || typeof row.target !== 'string') continue;
    const { type: _type, ...props } = row.edge;
    out.push({ node, edge: edgeFromStored(row.type, row.source, row.target, props as Props) });
  }
  return out;
}

/** entity-talk-speakers rows (one per talk x speaker x organization) grouped by talk, ordered by day then title. */
export function talkMentionsFromRows(rows: Row[]): TalkMention[] {
  const talks = new Map<string, TalkMention>();
  for (const row of rows) {
    const talk = nodeFromColumn(row.talk, 'Talk');
    if (!talk || talk.type !== 'Talk') continue;
    let mention = talks.get(talk.id);
    if (!mention) {
      const evidence = Array.isArray(row.evidence) ? (row.evidence as EdgeData['evidence']) : [];
      mention = { talk, count: typeof row.count === 'number' ? row.count : null, evidence, speakers: [] };
      talks.set(talk.id, mention);
    }
    if (typeof row.personId !== 'string') continue;
    let speaker = mention.speakers.find((s) => s.id === row.personId);
    if (!speaker) {
      speaker = { id: row.personId, name: typeof row.person === 'string' ? row.person : row.personId, organizations: [] };
      mention.speakers.push(speaker);
    }
    if (typeof row.organizationId === 'string') {
      speaker.organizations.push({ id: row.organizationId, name: typeof row.organization === 'string' ? row.organization : row.organizationId });
    }
  }
  return [...talks.values()].sort(byDayThenTitle);
}

function byDayThenTitle(a: { talk: TalkNode }, b: { talk: TalkNode }): number {
  return (a.talk.day ?? Infinity) - (b.talk.day ?? Infinity) || a.talk.title.localeCompare(b.talk.title) || a.talk.id.localeCompare(b.talk.id);
}

export interface PresentedTalk {
  talk: TalkNode;
  /** The presenters behind this entity: the person, or the organization's people. */
  speakers: Array<{ id: string; name: string }>;
}

/** entity-presented-talks rows (one per talk and presenter) grouped by talk, ordered by day then title. */
export function presentedFromRows(rows: Row[]): PresentedTalk[] {
  const talks = new Map<string, PresentedTalk>();
  for (const row of rows) {
    const talk = nodeFromColumn(row.talk, 'Talk');
    if (!talk || talk.type !== 'Talk' || typeof row.personId !== 'string') continue;
    const entry = talks.get(talk.id) ?? { talk, speakers: [] };
    talks.set(talk.id, entry);
    entry.speakers.push({ id: row.personId, name: typeof row.person === 'string' ? row.person : row.personId });
  }
  return [...talks.values()].sort(byDayThenTitle);
}

/** GET /api/entities/:id's answer (schema in routes/entities.ts). */
export interface EntityView {
  node: NodeData;
  talkCount: number;
  mentionCount: number;
  neighbours: Neighbour[];
  talks: TalkMention[];
  presented: PresentedTalk[];
  people: Row[];
  mentions: Row[];
}
