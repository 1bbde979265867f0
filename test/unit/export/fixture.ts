// Export inputs for the unit tests: the mini graph laid out by headless Cytoscape, plus one hostile node and edge.
import { readFileSync } from 'node:fs';
import { KnowledgeGraph } from '../../../extractor/schema.ts';
import { headlessView } from '../../../web/src/export/headless-view.ts';
import type { ViewSpec } from '../../../web/src/export/headless-view.ts';
import type { ExportInput } from '../../../export/export-input.ts';

export const HOSTILE_NAME = '=HYPERLINK("x") </script><script>alert(1)</script> & "quotes", commas\nnewline <b>&amp;';
export const HOSTILE_EVIDENCE = 'It said "</text><script>x</script>", then, =cmd|\'/C calc\'!A0';

export function miniGraph(): KnowledgeGraph {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../fixtures/mini-graph.json', import.meta.url), 'utf8'));
  return KnowledgeGraph.parse(raw);
}

/** The mini graph plus a project whose name and evidence hold markup, quotes, commas, newlines and formulas. */
export function hostileGraph(): KnowledgeGraph {
  const g = miniGraph();
  g.elements.nodes.push({
    data: { id: 'project:evil', name: HOSTILE_NAME, aliases: [HOSTILE_NAME], type: 'Project', homepage: 'javascript:alert(1)', repo: null, maturity: null, category: null },
  });
  g.elements.edges.push({
    data: {
      id: 'MENTIONS:talk:NVa8xR4Eyj8->project:evil',
      source: 'talk:NVa8xR4Eyj8',
      target: 'project:evil',
      type: 'MENTIONS',
      evidence: [{ text: HOSTILE_EVIDENCE, url: 'https://example.org/p/#a"b' }],
      count: 2,
      role: null,
    },
  });
  return g;
}

export function viewOf(graph: KnowledgeGraph, spec: Partial<ViewSpec> = {}): ExportInput {
  return headlessView(graph, {
    focus: null,
    depth: 1,
    types: [],
    theme: 'light',
    layout: 'fcose',
    labels: true,
    caption: null,
    title: 'test view',
    ...spec,
  });
}
