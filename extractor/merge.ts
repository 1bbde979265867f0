/**
 * Several posts -> one graph. The same talk (same YouTube id, or the same title at the same event) and the
 * same entity (same canonical id) become one node; edges merge their evidence (no duplicates) and add counts,
 * so each mention keeps its own post and section through its evidence URL.
 */
import { edgeId, type KnowledgeGraph, type TalkNode } from './schema.ts';
import { GraphBuilder } from './graph-builder.ts';
import { slugify } from './ids.ts';
import { sanitizeGraph } from './sanitize.ts';

function titleKey(talk: TalkNode): string {
  return `${talk.event ?? ''}|${slugify(talk.title)}`;
}

/** Old talk id -> merged talk id: a talk without a video joins a same-titled talk at the same event that has one. */
function talkIdMap(graphs: KnowledgeGraph[]): Map<string, string> {
  const talks = graphs.flatMap((g) => g.elements.nodes.map((n) => n.data).filter((d): d is TalkNode => d.type === 'Talk'));
  const withVideo = new Map<string, string>();
  for (const t of talks) if (t.videoId && !withVideo.has(titleKey(t))) withVideo.set(titleKey(t), t.id);
  const map = new Map<string, string>();
  for (const t of talks) map.set(t.id, t.videoId ? t.id : (withVideo.get(titleKey(t)) ?? t.id));
  return map;
}

export function mergeGraphs(graphs: KnowledgeGraph[]): KnowledgeGraph {
  const ids = talkIdMap(graphs);
  // One graph whose talks all keep their ids is already merged (extract builds it with the same builder):
  // rebuilding it would only copy every edge and its evidence again (seconds and GBs on a 20 MB post).
  const [only] = graphs;
  if (graphs.length === 1 && only && [...ids].every(([from, to]) => from === to)) return only;
  const remap = (id: string): string => ids.get(id) ?? id;
  const builder = new GraphBuilder();
  for (const graph of graphs) {
    for (const { data } of graph.elements.nodes) builder.addNode({ ...data, id: remap(data.id) });
    for (const { data } of graph.elements.edges) {
      const source = remap(data.source);
      const target = remap(data.target);
      builder.addEdge({ ...data, id: edgeId(data.type, source, target), source, target });
    }
    builder.warnings.push(...graph.warnings);
  }
  return sanitizeGraph(builder.build());
}
