/** Reads one node's side-panel view from the store: six named queries at once, assembled by entity-view.ts. */
import type { GraphStore } from '../store/graph-store.ts';
import { neighboursFromRows, nodeFromColumn, presentedFromRows, talkMentionsFromRows, type EntityView } from './entity-view.ts';

/** The view, or null when no node has this id. */
export async function loadEntityView(store: GraphStore, id: string): Promise<EntityView | null> {
  // All at once: a query about a talk that is not one (or the reverse) simply returns no rows.
  const [details, neighbourRows, talkRows, presentedRows, people, mentions] = await Promise.all([
    store.runNamed('entity-details', { id }),
    store.runNamed('entity-neighbours', { id }),
    store.runNamed('entity-talk-speakers', { id }),
    store.runNamed('entity-presented-talks', { id }),
    store.runNamed('entity-people', { id }),
    store.runNamed('talk-mentions', { id }),
  ]);
  const row = details.rows[0];
  const node = nodeFromColumn(row?.entity, row?.type);
  if (!node) return null;
  const neighbours = neighboursFromRows(neighbourRows.rows);
  return {
    node,
    talkCount: Number(row?.talks ?? 0),
    mentionCount: Number(row?.mentions ?? 0),
    neighbours,
    talks: talkMentionsFromRows(talkRows.rows),
    presented: presentedFromRows(presentedRows.rows),
    people: people.rows,
    mentions: mentions.rows,
  };
}
