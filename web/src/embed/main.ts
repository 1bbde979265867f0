// The /embed page: one graph view, no chrome, configured by URL parameters, following its iframe's size.
import './embed.css';
import type { Core } from 'cytoscape';
import { createGraph } from '../graph/create-graph.ts';
import { graphElements } from '../graph/graph-elements.ts';
import { fitTo } from '../graph/fit.ts';
import { applyViewState, pictureTypes, visibleElements } from '../graph/view-state.ts';
import { errorMessage } from '../api.ts';
import { resolveFocus } from '../export/focus.ts';
import { parseEmbedParams } from './embed-params.ts';
import { loadElements } from './load-elements.ts';
import { applyTheme, registerExportThemes } from './slides-theme.ts';
import { getTheme } from '../graph/style.ts';

const FIT_PADDING = 24;

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`embed.html lacks #${id}`);
  return el;
}

/** Keeps the graph fitted to the frame: slide tools resize iframes after load and on every zoom. */
function followSize(cy: Core, container: HTMLElement): void {
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      cy.resize();
      fitTo(cy, visibleElements(cy), FIT_PADDING);
    });
  }).observe(container);
}

async function start(): Promise<void> {
  const params = parseEmbedParams(location.search);
  registerExportThemes();
  const theme = getTheme(params.theme);
  document.body.dataset.theme = params.theme;
  document.body.style.background = theme.background;
  document.body.style.setProperty('--cg-caption', theme.label);
  const status = byId('embed-status');
  const caption = byId('embed-caption');
  if (params.caption) {
    caption.textContent = params.caption;
    caption.hidden = false;
  }
  const container = byId('cy');
  // Room for the caption, so it never covers nodes.
  if (params.caption) container.style.bottom = `${caption.offsetHeight}px`;
  status.textContent = 'Loading…';
  const elements = await loadElements(params);
  let focusMissing = false;
  const { cy, rendered } = createGraph(container, graphElements({ elements }), {
    theme,
    layout: params.layout,
    prepare: (core) => {
      const focus = params.focus ? resolveFocus(core, params.focus) : null;
      focusMissing = params.focus !== null && focus === null;
      applyViewState(core, { types: pictureTypes(params.types), focus, depth: params.depth, selected: null, path: [], labels: params.labels });
      applyTheme(core, params.theme);
    },
  });
  // Slides: a stray wheel over the frame must not zoom the picture away.
  cy.userZoomingEnabled(false);
  window.cy = cy;
  window.__confgraphRendered = rendered;
  status.textContent = focusMissing ? `"${params.focus ?? ''}" was not found; showing everything.` : '';
  if (visibleElements(cy).nodes().empty()) status.textContent = 'Nothing to show for these parameters.';
  await rendered;
  fitTo(cy, visibleElements(cy), FIT_PADDING);
  followSize(cy, container);
}

start().catch((error: unknown) => {
  const status = document.getElementById('embed-status');
  if (status) status.textContent = `The graph could not be loaded: ${errorMessage(error)}`;
  console.error(error);
});
