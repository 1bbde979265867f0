/** Accumulates nodes and edges by id: the same node merges its aliases, the same edge its evidence and counts. */
import type { EdgeData, Evidence, KnowledgeGraph, NodeData } from './schema.ts';

export function evidenceKey(e: Evidence): string {
  return `${e.text}\u0000${e.url}`;
}

export class GraphBuilder {
  private nodes = new Map<string, NodeData>();
  private edges = new Map<string, EdgeData>();
  /** Evidence keys per edge, so that adding evidence stays linear however often an edge recurs. */
  private evidenceKeys = new Map<string, Set<string>>();
  private aliasSets = new Map<string, Set<string>>();
  warnings: string[] = [];

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  getNode(id: string): NodeData | undefined {
    return this.nodes.get(id);
  }

  /** Adds a surface form to a node that exists. */
  addAlias(id: string, alias: string): void {
    const node = this.nodes.get(id);
    const aliases = this.aliasSets.get(id);
    if (!node || !aliases || alias.trim() === '' || aliases.has(alias)) return;
    aliases.add(alias);
    node.aliases.push(alias);
  }

  /** Adds a node; a second node with the same id adds its aliases and fills fields the first left null. */
  addNode(node: NodeData): void {
    const existing = this.nodes.get(node.id);
    if (!existing) {
      const aliases = new Set([node.name, ...node.aliases].filter((a) => a.trim() !== ''));
      this.aliasSets.set(node.id, aliases);
      this.nodes.set(node.id, { ...node, aliases: [...aliases] });
      return;
    }
    const aliases = this.aliasSets.get(node.id) ?? new Set(existing.aliases);
    for (const alias of [node.name, ...node.aliases]) {
      if (alias.trim() !== '' && !aliases.has(alias)) {
        aliases.add(alias);
        existing.aliases.push(alias);
      }
    }
    // Same id, same type: fields the first sighting left null are filled by later ones (the node is our copy).
    const target = existing as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) if (target[key] === null && value !== null) target[key] = value;
  }

  /** Adds an edge; the same edge again merges evidence without duplicates and adds counts. */
  addEdge(edge: EdgeData): void {
    const existing = this.edges.get(edge.id);
    const target = existing ?? { ...edge, evidence: [] };
    if (!existing) this.edges.set(edge.id, target);
    let keys = this.evidenceKeys.get(edge.id);
    if (!keys) this.evidenceKeys.set(edge.id, (keys = new Set()));
    for (const e of edge.evidence) {
      const key = evidenceKey(e);
      if (keys.has(key)) continue;
      keys.add(key);
      target.evidence.push(e);
    }
    if (!existing) return;
    if (edge.count !== null) existing.count = (existing.count ?? 0) + edge.count;
    existing.role ??= edge.role;
  }

  /** The graph; edges whose endpoints are missing are dropped (with a warning), never left dangling. */
  build(): KnowledgeGraph {
    const edges: EdgeData[] = [];
    for (const edge of this.edges.values()) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) edges.push(edge);
      else this.warnings.push(`edge ${edge.id} dropped: an endpoint is missing`);
    }
    return {
      elements: { nodes: [...this.nodes.values()].map((data) => ({ data })), edges: edges.map((data) => ({ data })) },
      warnings: [...new Set(this.warnings)],
    };
  }
}
