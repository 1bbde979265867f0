// Shows a Cypher result on the graph: exactly its elements (plus the edges among its nodes), until cleared.
import type { Core, ElementDefinition } from 'cytoscape';
import type { CypherResult } from '../api.ts';
import { relayout } from './create-graph.ts';
import { ensureEdgesOf } from './deferred-edges.ts';
import { lateNodeClasses } from './graph-elements.ts';
import { applySubset } from './view-state.ts';

export class ResultView {
  /** Node count of the result shown, or null when the whole graph is shown. */
  shown: number | null = null;

  constructor(
    private readonly cy: Core,
    private readonly layout: () => string,
    private readonly onChange: (active: boolean) => void,
  ) {}

  show(res: CypherResult): void {
    const cy = this.cy;
    // The result nodes' loaded edges first (graph/deferred-edges.ts), so the result's own edges are recognised as already there.
    ensureEdgesOf(cy, res.elements.nodes.map((n) => n.data.id));
    // Results may hold elements the loaded graph lacks (e.g. added since): add them, nodes before edges.
    const newNodes: ElementDefinition[] = res.elements.nodes
      .filter((n) => !cy.hasElementWithId(n.data.id))
      .map((n) => ({ group: 'nodes', data: { ...n.data }, classes: lateNodeClasses(n.data.type) }));
    cy.add(newNodes);
    const newEdges: ElementDefinition[] = res.elements.edges
      .filter((e) => !cy.hasElementWithId(e.data.id) && cy.hasElementWithId(e.data.source) && cy.hasElementWithId(e.data.target))
      .map((e) => ({ group: 'edges', data: { ...e.data } }));
    cy.add(newEdges);
    const ids = new Set([...res.elements.nodes.map((n) => n.data.id), ...res.elements.edges.map((e) => e.data.id)]);
    // Rows that return nodes only still show how those nodes connect: add the edges among them.
    const nodes = cy.nodes().filter((n) => ids.has(n.id()));
    nodes.edgesWith(nodes).forEach((e) => {
      ids.add(e.id());
    });
    applySubset(cy, ids);
    this.shown = res.elements.nodes.length;
    void relayout(cy, this.layout());
    this.onChange(true);
  }

  clear(): void {
    if (this.shown === null) return;
    this.shown = null;
    applySubset(this.cy, null);
    void relayout(this.cy, this.layout());
    this.onChange(false);
  }
}
