/**
 * Exported files leave the app: a link stored relative to it (/posts/<slug>/#anchor, the app's own page of a post)
 * would open nothing from a slide or a Gephi file. Every relative url of the view is made absolute against the app's origin.
 */
import type { KnowledgeGraph } from '../extractor/schema.ts';
import type { ExportInput } from './export-input.ts';

const absolute = (url: string, origin: string): string => (url.startsWith('/') && !url.startsWith('//') ? `${origin.replace(/\/+$/, '')}${url}` : url);

export function withAbsoluteUrls(input: ExportInput, origin: string): ExportInput {
  const graph: KnowledgeGraph = {
    ...input.graph,
    elements: {
      nodes: input.graph.elements.nodes.map((node) => {
        const data = node.data as typeof node.data & { url?: unknown };
        return typeof data.url === 'string' ? { ...node, data: { ...node.data, url: absolute(data.url, origin) } } : node;
      }),
      edges: input.graph.elements.edges.map((edge) => ({
        ...edge,
        data: { ...edge.data, evidence: edge.data.evidence.map((e) => ({ ...e, url: absolute(e.url, origin) })) },
      })),
    },
  };
  return { ...input, graph };
}
