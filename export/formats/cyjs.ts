// Cytoscape desktop `.cyjs` writer and reader: element data plus positions; evidence as two parallel string lists (texts, urls) desktop can show as list columns.
import { KnowledgeGraph } from '../../extractor/schema.ts';
import type { ExportInput } from '../export-input.ts';
import { nodeLook } from '../export-input.ts';

export interface CyjsDocument {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; shared_name: string };
  elements: {
    nodes: Array<{ data: Record<string, unknown>; position: { x: number; y: number } }>;
    edges: Array<{ data: Record<string, unknown> }>;
  };
}

export function writeCyjs(input: ExportInput): string {
  const doc: CyjsDocument = {
    format_version: '1.0',
    generated_by: 'confgraph',
    target_cytoscapejs_version: '~2.1',
    data: { name: input.title, shared_name: input.title },
    elements: {
      nodes: input.graph.elements.nodes.map(({ data }) => {
        const look = nodeLook(input, data.id);
        return { data: { ...data, shared_name: data.name }, position: { x: look.x, y: look.y } };
      }),
      edges: input.graph.elements.edges.map(({ data }) => {
        const { evidence, ...rest } = data;
        const name = `${data.source} (${data.type}) ${data.target}`;
        return {
          data: {
            ...rest,
            interaction: data.type,
            shared_interaction: data.type,
            name,
            shared_name: name,
            evidence: evidence.map((e) => e.text),
            evidence_urls: evidence.map((e) => e.url),
          },
        };
      }),
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface ParsedCyjs {
  graph: KnowledgeGraph;
  positions: Record<string, { x: number; y: number }>;
}

/** Reads a .cyjs back into the one graph shape; throws with the reason when it is not one of ours. */
export function parseCyjs(text: string): ParsedCyjs {
  let doc: Partial<CyjsDocument>;
  try {
    doc = JSON.parse(text) as Partial<CyjsDocument>;
  } catch (error) {
    throw new Error(`not a .cyjs file: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const nodes = doc.elements?.nodes;
  const edges = doc.elements?.edges;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) throw new Error('not a .cyjs file: no elements.nodes/elements.edges lists');
  const positions: ParsedCyjs['positions'] = {};
  for (const n of nodes) if (n.position && typeof n.data.id === 'string') positions[n.data.id] = { x: n.position.x, y: n.position.y };
  const graph = {
    elements: {
      nodes: nodes.map((n) => ({ data: n.data })),
      edges: edges.map((e) => {
        const texts = Array.isArray(e.data.evidence) ? (e.data.evidence as unknown[]) : [];
        const urls = Array.isArray(e.data.evidence_urls) ? (e.data.evidence_urls as unknown[]) : [];
        return { data: { ...e.data, evidence: texts.map((t, i) => ({ text: t, url: urls[i] ?? '' })) } };
      }),
    },
    warnings: [],
  };
  // zod drops the desktop-only fields (shared_name, interaction, ...) and checks the rest.
  const parsed = KnowledgeGraph.safeParse(graph);
  if (!parsed.success) throw new Error(`the .cyjs does not hold a confgraph graph: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return { graph: parsed.data, positions };
}
