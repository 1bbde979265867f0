// The graph the store suites load: the extractor's output for the seed post once extractor/index.ts exists, the mini fixture until then.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeGraph } from '../../extractor/schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Extract = (markdown: string, options: Record<string, unknown>) => KnowledgeGraph | Promise<KnowledgeGraph>;

let cached: Promise<KnowledgeGraph> | null = null;

async function build(): Promise<KnowledgeGraph> {
  if (existsSync(`${root}extractor/index.ts`)) {
    const mod = (await import(`${root}extractor/index.ts`)) as { extract?: Extract };
    if (mod.extract) {
      const markdown = readFileSync(`${root}data/posts/KubeCon-2017-Austin.md`, 'utf8');
      return KnowledgeGraph.parse(await mod.extract(markdown, { source: 'KubeCon-2017-Austin.md' }));
    }
  }
  console.warn('store suites: extractor/index.ts not there yet, using test/fixtures/mini-graph.json');
  return KnowledgeGraph.parse(JSON.parse(readFileSync(`${root}test/fixtures/mini-graph.json`, 'utf8')));
}

export function seedGraph(): Promise<KnowledgeGraph> {
  cached ??= build();
  return cached;
}

/** Nodes and edges sorted by id: the order-free form two graphs are compared in. */
export function sortedGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const byId = <T extends { data: { id: string } }>(a: T, b: T): number => a.data.id.localeCompare(b.data.id);
  return { elements: { nodes: [...graph.elements.nodes].sort(byId), edges: [...graph.elements.edges].sort(byId) }, warnings: [] };
}
