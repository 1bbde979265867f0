// Edges held back from a big graph's first frame: every view-state change that needs edges finds the same ones as with all edges loaded.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/store-corpus.ts';
import { deferEdges, ensureEdges, ensureEdgesOf, pendingEdgeCount } from '../../../web/src/graph/deferred-edges.ts';
import { graphElements } from '../../../web/src/graph/graph-elements.ts';
import { applyEventFilter, applyPath, applySelection, CLASSES, kHop, lateEdgeClasses } from '../../../web/src/graph/view-state.ts';

const corpus = generateCorpus(80, 4);
const elements = graphElements(corpus);

/** A headless graph with every edge, and one whose edges are all held back. */
function pair(): { full: Core; deferred: Core } {
  const full = cytoscape({ headless: true, styleEnabled: true, elements });
  const deferred = cytoscape({ headless: true, styleEnabled: true, elements: { nodes: elements.nodes, edges: [] } });
  deferEdges(deferred, elements.edges, () => lateEdgeClasses(deferred));
  return { full, deferred };
}

const ids = (c: { map: <T>(fn: (e: { id: () => string }) => T) => T[] }): string[] => c.map((e) => e.id()).sort();

describe('edges held back until needed', () => {
  it('adds exactly the edges that touch the asked nodes, once', () => {
    const { full, deferred } = pair();
    expect(deferred.edges().length).toBe(0);
    expect(pendingEdgeCount(deferred)).toBe(elements.edges.length);
    ensureEdgesOf(deferred, ['project:p0']);
    expect(ids(deferred.edges())).toEqual(ids(full.getElementById('project:p0').connectedEdges()));
    const before = deferred.edges().length;
    ensureEdgesOf(deferred, ['project:p0']);
    expect(deferred.edges().length).toBe(before);
    expect(pendingEdgeCount(deferred)).toBe(elements.edges.length - before);
    ensureEdges(deferred);
    expect(pendingEdgeCount(deferred)).toBe(0);
    expect(ids(deferred.edges())).toEqual(ids(full.edges()));
  });

  it('a focus finds the same k-hop neighbourhood as on the whole graph', () => {
    const { full, deferred } = pair();
    for (const depth of [1, 2, 3]) expect(ids(kHop(deferred, 'talk:t3', depth))).toEqual(ids(kHop(full, 'talk:t3', depth)));
  });

  it('a selection highlights the same neighbours and edges, and edges that join later are faded with the rest', () => {
    const { full, deferred } = pair();
    applySelection(full, 'person:u1');
    applySelection(deferred, 'person:u1');
    expect(ids(deferred.$(`.${CLASSES.highlight}`))).toEqual(ids(full.$(`.${CLASSES.highlight}`)));
    ensureEdgesOf(deferred, ['project:p1']);
    const late = deferred.getElementById('project:p1').connectedEdges().filter((e) => !e.hasClass(CLASSES.highlight));
    expect(late.nonempty()).toBe(true);
    expect(late.filter((e) => !e.hasClass(CLASSES.faded)).length).toBe(0);
  });

  it('a path and an event filter find their edges and neighbours', () => {
    const { full, deferred } = pair();
    const edge = elements.edges.find((e) => e.data.type === 'MENTIONS');
    if (!edge) throw new Error('the corpus has no MENTIONS edge');
    const path = [edge.data.source, edge.data.target];
    expect(ids(applyPath(deferred, path))).toEqual(ids(applyPath(full, path)));
    expect(applyPath(deferred, path).edges().length).toBe(1);
    applyEventFilter(full, 'event:e0');
    applyEventFilter(deferred, 'event:e0');
    expect(ids(deferred.nodes('.cg-by-event'))).toEqual(ids(full.nodes('.cg-by-event')));
  });
});
