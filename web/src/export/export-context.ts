// What the explorer hands to the export controls: the live graph, the page URL and its view state.
import type { Core } from 'cytoscape';

export interface ExportContext {
  cy: () => Core;
  viewUrl: () => string;
  /** The explorer's view state (focus, depth, types, theme, layout, query, params); read defensively. */
  getView: () => unknown;
}
