/** Accumulates nodes and edges by id: the same node merges its aliases, the same edge its evidence and counts. */
import type { EdgeData, Evidence, KnowledgeGraph, NodeData } from './schema.ts';

/** Evidence seen per edge, sentence first, then url: no key string built (and hashed) per sighting of a long sentence. */
class EvidenceSeen {
  private byText = new Map<string, string | Set<string>>();

  /** True the first time this (text, url) pair is offered. */
  add(e: Evidence): boolean {
    const urls = this.byText.get(e.text);
    if (urls === undefined) {
      this.byText.set(e.text, e.url);
      return true;
    }
    if (typeof urls === 'string') {
      if (urls === e.url) return false;
      this.byText.set(e.text, new Set([urls, e.url]));
      return true;
    }
    if (urls.has(e.url)) return false;
    urls.add(e.url);
    return true;
  }
}

/** Evidence an edge holds before its pairs are indexed: a shorter list is searched (most edges have one sighting). */
const SHORT_EVIDENCE = 8;

/** An edge being built and the evidence pairs it holds. */
class EdgeEntry {
  /** Indexed once the list outgrows SHORT_EVIDENCE, so that adding evidence stays linear however often an edge recurs. */
  private seen: EvidenceSeen | null = null;

  constructor(readonly data: EdgeData) {}

  /** Adds the pairs the edge does not hold yet (its evidence list holds each pair it was offered, once). */
  addEvidence(evidence: readonly Evidence[]): void {
    const held = this.data.evidence;
    for (const e of evidence) {
      if (this.seen === null && held.length >= SHORT_EVIDENCE) {
        this.seen = new EvidenceSeen();
        for (const h of held) this.seen.add(h);
      }
      if (this.seen === null ? !holds(held, e) : this.seen.add(e)) held.push(e);
    }
  }
}

function holds(list: readonly Evidence[], e: Evidence): boolean {
  for (const h of list) if (h.text === e.text && h.url === e.url) return true;
  return false;
}

export class GraphBuilder {
  private nodes = new Map<string, NodeData>();
  private edges = new Map<string, EdgeEntry>();
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
      const aliases = new Set<string>();
      if (node.name.trim() !== '') aliases.add(node.name);
      for (const a of node.aliases) if (a.trim() !== '') aliases.add(a);
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
    const entry = this.edges.get(edge.id);
    if (!entry) {
      const added = new EdgeEntry({ ...edge, evidence: [] });
      this.edges.set(edge.id, added);
      added.addEvidence(edge.evidence);
      return;
    }
    entry.addEvidence(edge.evidence);
    const existing = entry.data;
    if (edge.count !== null) existing.count = (existing.count ?? 0) + edge.count;
    existing.role ??= edge.role;
  }

  /** The graph; edges whose endpoints are missing are dropped (with a warning), never left dangling. */
  build(): KnowledgeGraph {
    const edges: EdgeData[] = [];
    for (const { data: edge } of this.edges.values()) {
      if (this.nodes.has(edge.source) && this.nodes.has(edge.target)) edges.push(edge);
      else this.warnings.push(`edge ${edge.id} dropped: an endpoint is missing`);
    }
    return {
      elements: { nodes: [...this.nodes.values()].map((data) => ({ data })), edges: edges.map((data) => ({ data })) },
      warnings: [...new Set(this.warnings)],
    };
  }
}
