// The explorer: loads the graph, builds every part of the page and routes view-state changes to them.
import type { Core } from 'cytoscape';
import { errorMessage, getGraph } from './api.ts';
import type { KnowledgeGraph } from './api.ts';
import { mountExport } from './export-mount.ts';
import { createGraph } from './graph/create-graph.ts';
import { graphElements } from './graph/graph-elements.ts';
import { byEventTime, entityDetails } from './graph/entity-details.ts';
import { buildIndex, resolveName, topProjects } from './graph/graph-index.ts';
import type { GraphIndex } from './graph/graph-index.ts';
import { ResultView } from './graph/result-view.ts';
import { projectRows } from './graph/projects-table-model.ts';
import { talkRows } from './graph/talks-table-model.ts';
import { applyInitialView, GraphSync } from './graph-sync.ts';
import { ViewStore } from './state/store.ts';
import { DEFAULT_VIEW, formatViewport, parseView, parseViewport } from './state/view-state-url.ts';
import type { ThemeName, ViewState } from './state/view-state-url.ts';
import { renderChips } from './ui/chips.ts';
import { createConsole } from './ui/cypher-console.ts';
import { renderDetails, renderEmptyPanel } from './ui/details/details-panel.ts';
import { pathSection } from './ui/details/path-steps.ts';
import { byId } from './ui/dom.ts';
import { installKeyboard } from './ui/keyboard.ts';
import { renderLegend } from './ui/legend.ts';
import { createTabs } from './ui/tabs.ts';
import { createTalksTable } from './ui/talks-table.ts';
import type { TableProps } from './ui/talks-table.ts';
import { setupToolbar } from './ui/toolbar.ts';
import { viewChips } from './ui/view-chips.ts';

let markRendered: (t: number) => void = () => {};
window.__confgraphRendered = new Promise<number>((resolve) => {
  markRendered = resolve;
});

function preferredTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setDocumentTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  const button = byId('theme-button');
  button.textContent = theme === 'dark' ? 'Light' : 'Dark';
  button.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** Sets the viewport a link carries (centre and zoom); false when it carries none. */
function restoreViewport(cy: Core, vp: string | null): boolean {
  const v = parseViewport(vp);
  if (!v) return false;
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), v.zoom));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - v.x * zoom, y: cy.height() / 2 - v.y * zoom } });
  return true;
}

function viewportCentre(cy: Core): string {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return formatViewport({ x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom });
}

/** With every type unticked the graph is empty on purpose: say so, instead of a blank canvas. */
function showEmptyTypes(types: readonly string[]): void {
  const status = byId('graph-status');
  const message = 'No node types are shown: tick one in the legend.';
  if (types.length === 0) {
    status.textContent = message;
    status.dataset.reason = 'no-types';
  } else if (status.dataset.reason === 'no-types') {
    status.textContent = '';
    delete status.dataset.reason;
  }
}

export async function startExplorer(): Promise<void> {
  const store = new ViewStore(parseView(location.search, preferredTheme()));
  const view = store.get();
  setDocumentTheme(view.theme);
  const status = byId('graph-status');
  status.textContent = 'Loading the graph…';
  let graph: KnowledgeGraph;
  try {
    graph = await getGraph();
  } catch (error) {
    status.textContent = `The graph could not be loaded: ${errorMessage(error)}`;
    status.classList.add('error');
    markRendered(performance.now());
    return;
  }
  performance.mark('cg:graph-fetched');
  status.textContent = graph.elements.nodes.length === 0 ? 'The graph is empty: add a post to data/posts/ and restart.' : '';
  const index = buildIndex(graph);
  const handle = createGraph(byId('cy'), graphElements(graph), {
    overview: true,
    theme: view.theme,
    layout: view.layout,
    prepare: (c) => applyInitialView(c, view),
    // A link with a viewport opens exactly there.
    viewport: (c) => restoreViewport(c, view.vp),
  });
  const cy = handle.cy;
  performance.mark('cg:cy-created');
  window.cy = cy;
  document.body.dataset.nodeCount = String(cy.nodes().length);
  void handle.rendered.then((t) => {
    document.body.dataset.rendered = 'true';
    markRendered(t);
  });
  wire(cy, store, index);
}

function wire(cy: Core, store: ViewStore, index: GraphIndex): void {
  const navigate = (id: string) => store.set({ sel: id, tab: 'details' }, { push: true });
  const chipsRoot = byId('graph-chips');
  const sync = new GraphSync(cy, index, () => {
    renderAllChips();
    renderPanel(store.get());
  });
  const results = new ResultView(
    cy,
    () => store.get().layout,
    (active) => {
      // While a result is shown, filter/focus changes wait (the result decides what is visible).
      sync.subsetActive = active;
      renderAllChips();
    },
  );

  const { search: searchBox, layoutSelect } = setupToolbar(cy, store);

  // Side pane.
  const tabs = createTabs(byId('tabs'), (tab) => store.set({ tab }));
  const counts: Record<string, number> = {};
  for (const n of index.nodes.values()) counts[n.type] = (counts[n.type] ?? 0) + 1;
  const overview = { nodes: index.nodes.size, talks: counts.Talk ?? 0, projects: counts.Project ?? 0, top: topProjects(index, 12) };
  const events = [...index.nodes.values()]
    .filter((n) => n.type === 'Event')
    .map((n) => ({ id: n.id, name: n.name, year: n.type === 'Event' ? n.year : null }))
    .sort(byEventTime);
  // The table is built when its tab is first shown: on big graphs it is thousands of DOM rows.
  let rows: ReturnType<typeof talkRows> | null = null;
  let updateTable: ((props: TableProps) => void) | null = null;
  let byProject: ReturnType<typeof projectRows> | null = null;
  const tableProps = (v: ViewState): TableProps => ({
    by: v.rows,
    rows: (rows ??= talkRows(index)),
    projectRows: () => (byProject ??= projectRows(index)),
    // Each side has its own sort keys: switching starts from that side's natural order.
    onBy: (by) => store.set({ rows: by, sort: by === 'projects' ? '-talks' : 'day' }),
    filter: v.tq,
    sort: v.sort,
    onFilter: (tq: string) => store.set({ tq }),
    onSort: (sort: string) => store.set({ sort }),
    navigate,
    events,
    event: v.event,
    onEvent: (event) => store.set({ event }),
  });
  const consoleHandle = createConsole(byId('panel-console'), {
    initial: { query: store.get().query, params: store.get().params, cypher: store.get().cypher },
    onState: (s) => store.set({ query: s.query, params: s.params, cypher: s.query ? null : s.cypher }),
    onResult: (res) => (res ? results.show(res) : results.clear()),
    navigate,
    knownParams: (): Record<string, string> => {
      const v = store.get();
      // limit/depth: sensible starting values for the library's integer params.
      return { limit: '20', depth: '2', ...(v.sel ? { id: v.sel } : {}), ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}) };
    },
    nameOf: (id) => index.nodes.get(id)?.name ?? null,
    resolveEntity: (text) => resolveName(index, text),
  });

  const renderAllChips = () =>
    renderChips(
      chipsRoot,
      viewChips({ view: store.get(), index, path: sync.pathStatus, resultNodes: results.shown, set: (c, o) => store.set(c, o), clearResult: () => results.clear() }),
    );

  const renderLegendNow = (v: ViewState) =>
    renderLegend(byId('legend'), { theme: v.theme, types: v.types, counts, onChange: (types) => store.set({ types }), events, event: v.event, onEvent: (event) => store.set({ event }) });

  const renderPanel = (v: ViewState) => {
    const root = byId('panel-details');
    const details = v.sel ? entityDetails(index, v.sel) : null;
    const path = sync.pathStatus;
    const pathSteps = path.state === 'found' && v.from && v.to ? pathSection(path.steps, index, navigate, path.throughHidden) : null;
    if (!details) {
      renderEmptyPanel(root, overview, navigate, v.sel ?? undefined);
      if (pathSteps) root.prepend(pathSteps);
      return;
    }
    renderDetails(root, details, {
      navigate,
      focus: (id, depth) => store.set({ focus: id, depth }, { push: true }),
      focusedId: v.focus,
      depth: v.depth,
      pathTo: (from, hit) => store.set({ from, to: hit.id }),
      close: () => store.set({ sel: null }, { push: true }),
    });
    if (pathSteps) root.querySelector('.panel-actions')?.after(pathSteps);
  };

  const render = (v: ViewState, prev: ViewState | null) => {
    showEmptyTypes(v.types);
    if (!prev || v.theme !== prev.theme) {
      setDocumentTheme(v.theme);
      renderLegendNow(v);
    } else if (v.types.join() !== prev.types.join() || v.event !== prev.event) renderLegendNow(v);
    sync.update(v, prev);
    if (!prev || v.sel !== prev.sel || v.focus !== prev.focus || v.depth !== prev.depth) renderPanel(v);
    if (!prev || v.tab !== prev.tab) tabs.show(v.tab);
    if (v.tab === 'table' && !updateTable) updateTable = createTalksTable(byId('panel-table'), tableProps(v));
    else if (updateTable && prev && (v.tq !== prev.tq || v.sort !== prev.sort || v.rows !== prev.rows || v.event !== prev.event)) updateTable(tableProps(v));
    if (prev && v.layout !== prev.layout) layoutSelect.value = v.layout;
    if (prev && v.q !== prev.q && document.activeElement !== searchBox.input) searchBox.input.value = v.q;
    renderAllChips();
  };
  store.subscribe(render);
  // First pass with no previous state: draws every part; the graph needs no relayout (createGraph laid it out).
  render(store.get(), null);

  cy.on('tap', 'node', (ev) => {
    sync.zoomOnNextSelection = false;
    navigate(ev.target.id() as string);
  });
  cy.on('dbltap', 'node', (ev) => store.set({ focus: ev.target.id() as string }, { push: true }));
  cy.on('tap', (ev) => {
    if (ev.target === cy) store.set({ sel: null });
  });
  window.addEventListener('popstate', () => store.reload(preferredTheme()));
  // The viewport is part of the URL (replaced, not pushed), written once the view stops moving.
  let vpTimer: ReturnType<typeof setTimeout> | undefined;
  const writeViewport = () => {
    clearTimeout(vpTimer);
    const vp = viewportCentre(cy);
    if (vp !== store.get().vp) store.set({ vp });
  };
  cy.on('viewport', () => {
    clearTimeout(vpTimer);
    vpTimer = setTimeout(writeViewport, 250);
  });
  byId('share-button').addEventListener('pointerdown', writeViewport);
  installKeyboard({
    focusSearch: () => searchBox.input.focus(),
    escape: () => {
      const v = store.get();
      searchBox.close();
      results.clear();
      if (v.sel || v.from || v.q) store.set({ sel: null, from: null, to: null, q: '' });
      else if (v.focus) store.set({ focus: null, depth: DEFAULT_VIEW.depth });
    },
  });
  if (consoleHandle.hasQuery()) void consoleHandle.run();
  // A link with a selection (and no viewport of its own) opens zoomed on it, once the first frame is drawn.
  if (store.get().sel && !store.get().vp) void window.__confgraphRendered?.then(() => sync.reveal(store.get().sel));
  // After the first frame: the export chunk (about 116 KB and its stylesheet) would otherwise be compiled and run
  // just before it, on big graphs while the nodes are being styled.
  void window.__confgraphRendered?.then(() =>
    mountExport(byId('export-controls'), { cy: () => cy, viewUrl: () => location.href, getView: () => store.get() }),
  );
}
