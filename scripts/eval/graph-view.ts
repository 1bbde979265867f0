/** Read helpers over an extracted KnowledgeGraph for scoring. */
import type { EdgeData, KnowledgeGraph, NodeData, TalkNode } from '../../extractor/schema.ts';

export class GraphView {
  readonly nodes = new Map<string, NodeData>();
  readonly edges: EdgeData[];

  constructor(graph: KnowledgeGraph) {
    for (const n of graph.elements.nodes) this.nodes.set(n.data.id, n.data);
    this.edges = graph.elements.edges.map((e) => e.data);
  }

  talks(): TalkNode[] {
    return [...this.nodes.values()].filter((n): n is TalkNode => n.type === 'Talk');
  }

  ofType(type: NodeData['type']): NodeData[] {
    return [...this.nodes.values()].filter((n) => n.type === type);
  }

  edgesOf(type: EdgeData['type']): EdgeData[] {
    return this.edges.filter((e) => e.type === type);
  }

  /** Every name a node goes by. */
  names(id: string): string[] {
    const n = this.nodes.get(id);
    return n ? [n.name, ...n.aliases] : [id];
  }
}
