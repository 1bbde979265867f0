// The other side of the Talks x Projects table: one row per project with the talks that mention it (pure).
import type { GraphIndex } from './graph-index.ts';
import { inEdges } from './graph-index.ts';

export interface ProjectRow {
  id: string;
  name: string;
  /** Talks mentioning the project, by day then title. */
  talks: Array<{ id: string; name: string; day: number | null; event: string | null }>;
}

export function projectRows(index: GraphIndex): ProjectRow[] {
  const rows: ProjectRow[] = [];
  for (const node of index.nodes.values()) {
    if (node.type !== 'Project') continue;
    const talks = inEdges(index, node.id, 'MENTIONS')
      .flatMap((e) => {
        const t = index.nodes.get(e.source);
        return t?.type === 'Talk' ? [{ id: t.id, name: t.title || t.name, day: t.day, event: t.event }] : [];
      })
      .sort((a, b) => (a.day ?? 99) - (b.day ?? 99) || a.name.localeCompare(b.name));
    if (talks.length > 0) rows.push({ id: node.id, name: node.name, talks });
  }
  return rows;
}

/** Keeps rows whose project name or talk titles contain every word of the query. */
export function filterProjectRows(rows: readonly ProjectRow[], query: string): ProjectRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = [r.name, ...r.talks.map((t) => t.name)].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** `name` or `talks`, '-' prefix for descending; anything else: most talks first. */
export function sortProjectRows(rows: readonly ProjectRow[], sort: string): ProjectRow[] {
  const key = sort.replace(/^-/, '');
  const desc = sort.startsWith('-');
  const byName = (a: ProjectRow, b: ProjectRow) => a.name.localeCompare(b.name);
  if (key === 'name') return [...rows].sort((a, b) => (desc ? -byName(a, b) : byName(a, b)));
  const byTalks = (a: ProjectRow, b: ProjectRow) => a.talks.length - b.talks.length;
  const ascending = key === 'talks' && !desc;
  return [...rows].sort((a, b) => (ascending ? byTalks(a, b) : -byTalks(a, b)) || byName(a, b));
}

/** Each project with only the talks of one event (null: all); projects left without talks drop out. */
export function projectRowsOfEvent(rows: readonly ProjectRow[], eventId: string | null): ProjectRow[] {
  if (!eventId) return [...rows];
  return rows.map((r) => ({ ...r, talks: r.talks.filter((t) => t.event === eventId) })).filter((r) => r.talks.length > 0);
}
