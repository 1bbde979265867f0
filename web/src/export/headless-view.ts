// A view computed without a browser (Node or a worker): headless Cytoscape with the shared style, focus and layout.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { KnowledgeGraph } from '../../../extractor/schema.ts';
import { graphElements } from '../graph/graph-elements.ts';
import { registerFcose, registerLayouts, rememberMap, runLayout } from '../graph/layouts.ts';
import { getTheme } from '../graph/style.ts';
import { applyViewState, pictureTypes, visibleElements } from '../graph/view-state.ts';
import { applyTheme, registerExportThemes } from '../embed/slides-theme.ts';
import type { ExportInput } from '../../../export/export-input.ts';
import { resolveFocus } from './focus.ts';
import { inputFromCy } from './input-from-cy.ts';
import { spreadOverlaps } from '../../../export/spread-labels.ts';

export interface ViewSpec {
  /** Entity id or name; null for the whole graph. */
  focus: string | null;
  depth: number;
  /** Node types to keep; empty keeps all. */
  types: string[];
  theme: string;
  layout: string;
  labels: boolean;
  caption: string | null;
  title: string;
}

export class FocusNotFoundError extends Error {
  constructor(readonly focus: string) {
    super(`no entity named or with id "${focus}" in the graph`);
    this.name = 'FocusNotFoundError';
  }
}

export function headlessView(graph: KnowledgeGraph, spec: ViewSpec): ExportInput {
  registerLayouts();
  // Exports lay out synchronously (headless fcose runs at once): fcose must be there already, not loaded on demand.
  registerFcose(fcose);
  registerExportThemes();
  // The map positions of the whole graph, so an export shows nodes where the explorer and the embed put them.
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: graphElements(graph), layout: { name: 'preset', fit: false } });
  rememberMap(cy);
  try {
    const focus = spec.focus ? resolveFocus(cy, spec.focus) : null;
    if (spec.focus && !focus) throw new FocusNotFoundError(spec.focus);
    applyViewState(cy, { types: pictureTypes(spec.types), focus, depth: spec.depth, selected: null, path: [], labels: spec.labels });
    applyTheme(cy, spec.theme);
    void runLayout(cy, visibleElements(cy), spec.layout, false);
    const theme = getTheme(spec.theme);
    const input = inputFromCy(cy, { title: spec.title, caption: spec.caption, background: theme.background });
    spreadOverlaps(input);
    return input;
  } finally {
    cy.destroy();
  }
}
