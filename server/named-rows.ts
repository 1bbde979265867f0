/** Turns shortest-path rows (columns in cypher/queries/shortest-path.cypher) into the path's elements. */
import { EDGE_TYPES, edgeId, type EdgeType } from '../extractor/schema.ts';
import type { RowValue } from '../store/graph-store.ts';
import type { FoundElements } from './elements-from-rows.ts';

type Row = Record<string, RowValue>;
type Data = Record<string, unknown>;

/** Which node types each relationship starts from (extractor/schema.ts); how a path step is oriented. */
const SOURCE_TYPES: Record<EdgeType, string[]> = {
  PRESENTED: ['Person'],
  WORKS_FOR: ['Person'],
  MENTIONS: ['Talk', 'Post'],
  PART_OF: ['Talk'],
  COVERS: ['Post'],
  MAINTAINS: ['Organization'],
  IMPLEMENTS: ['Project'],
  INTEGRATES_WITH: ['Project'],
  ALTERNATIVE_TO: ['Project'],
  HOSTED_BY: ['Project'],
};

/**
 * shortest-path rows (nodeIds, names, types, relTypes): the path as elements. The query is undirected,
 * so each step is oriented by its relationship's source type; Project-Project steps keep path order
 * and carry `undirected: true` because their direction is not known from the row (orient-path.ts settles it).
 */
export function elementsFromPath(row: Row | undefined): FoundElements & { nodeIds: string[] } {
  const ids = Array.isArray(row?.nodeIds) ? row.nodeIds.filter((v): v is string => typeof v === 'string') : [];
  const names = Array.isArray(row?.names) ? row.names : [];
  const types = Array.isArray(row?.types) ? row.types : [];
  const rels = Array.isArray(row?.relTypes) ? row.relTypes : [];
  const nodes = ids.map((id, i) => ({ data: { id, name: names[i] ?? id, type: types[i] ?? null } as Data }));
  const edges: Array<{ data: Data }> = [];
  for (let i = 0; i + 1 < ids.length; i++) {
    const rel = rels[i];
    if (typeof rel !== 'string' || !(EDGE_TYPES as readonly string[]).includes(rel)) continue;
    const type = rel as EdgeType;
    const a = ids[i] as string;
    const b = ids[i + 1] as string;
    const aType = String(types[i] ?? '');
    const bType = String(types[i + 1] ?? '');
    const forward = SOURCE_TYPES[type].includes(aType);
    const backward = SOURCE_TYPES[type].includes(bType);
    const [source, target] = forward || !backward ? [a, b] : [b, a];
    edges.push({ data: { id: edgeId(type, source, target), type, source, target, pathIndex: i, ...(forward && backward ? { undirected: true } : {}) } });
  }
  return { nodes, edges, nodeIds: ids };
}
