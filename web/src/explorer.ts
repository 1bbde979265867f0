// The explorer: loads the graph, builds every part of the page and routes view-state changes to them.
import type { Core, ElementDefinition, ElementsDefinition } from 'cytoscape';
import { errorMessage, getGraph } from './api.ts';
import type { CypherResult, KnowledgeGraph } from './api.ts';
import { mountExport } from './export-mount.ts';
import { createGraph, relayout } from './graph/create-graph.ts';
import { entityDetails } from './graph/entity-details.ts';
import { buildIndex, nodeName, topProjects } from './graph/graph-index.ts';
import type { GraphIndex } from './graph/graph-index.ts';
import { LAYOUT_NAMES } from './graph/layouts.ts';
import { talkRows } from './graph/talks-table-model.ts';
import { applySubset } from './graph/view-state.ts';
import { applyInitialView, GraphSync } from './graph-sync.ts';
import { ViewStore } from './state/store.ts';
import { DEFAULT_VIEW, parseView } from './state/view-state-url.ts';
import type { ThemeName, ViewState } from './state/view-state-url.ts';
import { createAutocomplete } from './ui/autocomplete.ts';
import { renderChips } from './ui/chips.ts';
import type { Chip } from './ui/chips.ts';
import { createConsole } from './ui/cypher-console.ts';
import { renderDetails, renderEmptyPanel } from './ui/details/details-panel.ts';
import { h } from './ui/dom.ts';
import { installKeyboard } from './ui/keyboard.ts';
import { renderLegend } from './ui/legend.ts';
import { createTabs } from './ui/tabs.ts';
import { createTalksTable } from './ui/talks-table.ts';
import type { TableProps } from './ui/talks-table.ts';

let markRendered: (t: number) => void = () => {};
window.__confgraphRendered = new Promise<number>((resolve) => {
  markRendered = resolve;
});

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el as T;
}

function preferredTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setDocumentTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  const button = byId('theme-button');
  button.textContent = theme === 'dark' ? 'Light' : 'Dark';
  button.setAttribute('aria-pressed', String(theme === 'dark'));
}

function toElements(graph: KnowledgeGraph): ElementsDefinition {
  return {
    nodes: graph.elements.nodes.map((n) => ({ data: { ...n.data } })),
    edges: graph.elements.edges.map((e) => ({ data: { ...e.data } })),
  };
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
  const handle = createGraph(byId('cy'), toElements(graph), {
    theme: view.theme,
    layout: view.layout,
    prepare: (c) => applyInitialView(c, view),
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
  let result: { nodes: number } | null = null;
  const sync = new GraphSync(cy, () => renderAllChips());

  // Toolbar: search, layout, fit, theme, share.
  const searchBox = createAutocomplete({
    id: 'search-input',
    label: 'Search projects, organizations, people and talks',
    placeholder: 'Search projects, people, talks…  ( / )',
    initial: store.get().q,
    onPick: (hit) => store.set({ sel: hit.id, q: hit.name, tab: 'details' }, { push: true }),
    onText: (q) => store.set({ q }),
  });
  byId('search-slot').append(searchBox.root);
  const layoutSelect = byId<HTMLSelectElement>('layout-select');
  for (const name of LAYOUT_NAMES) layoutSelect.append(h('option', { value: name }, name));
  layoutSelect.value = store.get().layout;
  layoutSelect.addEventListener('change', () => store.set({ layout: layoutSelect.value as ViewState['layout'] }));
  byId('fit-button').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 300 }));
  byId('theme-button').addEventListener('click', () => store.set({ theme: store.get().theme === 'dark' ? 'light' : 'dark' }));
  const share = byId('share-button');
  share.addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => flash(share, 'Copied'),
      () => flash(share, 'Copy failed'),
    );
  });

  // Side pane.
  const tabs = createTabs(byId('tabs'), (tab) => store.set({ tab }));
  const counts: Record<string, number> = {};
  for (const n of index.nodes.values()) counts[n.type] = (counts[n.type] ?? 0) + 1;
  const overview = { nodes: index.nodes.size, talks: counts.Talk ?? 0, projects: counts.Project ?? 0, top: topProjects(index, 12) };
  // The table is built when its tab is first shown: on big graphs it is thousands of DOM rows.
  let rows: ReturnType<typeof talkRows> | null = null;
  let updateTable: ((props: TableProps) => void) | null = null;
  const tableProps = (v: ViewState): TableProps => ({
    rows: (rows ??= talkRows(index)),
    filter: v.tq,
    sort: v.sort,
    onFilter: (tq: string) => store.set({ tq }),
    onSort: (sort: string) => store.set({ sort }),
    navigate,
  });
  const consoleHandle = createConsole(byId('panel-console'), {
    initial: { query: store.get().query, params: store.get().params, cypher: store.get().cypher },
    onState: (s) => store.set({ query: s.query, params: s.params, cypher: s.query ? null : s.cypher }),
    onResult: (res) => showResult(res),
    navigate,
    knownParams: (): Record<string, string> => {
      const v = store.get();
      // limit/depth: sensible starting values for the library's integer params.
      return { limit: '20', depth: '2', ...(v.sel ? { id: v.sel } : {}), ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}) };
    },
  });

  const showResult = (res: CypherResult | null) => {
    if (!res) {
      if (result) clearResult();
      return;
    }
    // Results may hold elements the loaded graph lacks (e.g. added since): add them, nodes before edges.
    const newNodes: ElementDefinition[] = res.elements.nodes
      .filter((n) => !cy.hasElementWithId(n.data.id))
      .map((n) => ({ group: 'nodes', data: { ...n.data } }));
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
    sync.subsetActive = true;
    applySubset(cy, ids);
    result = { nodes: res.elements.nodes.length };
    void relayout(cy, store.get().layout);
    renderAllChips();
  };
  const clearResult = () => {
    result = null;
    sync.subsetActive = false;
    applySubset(cy, null);
    void relayout(cy, store.get().layout);
    renderAllChips();
  };

  const renderAllChips = () => {
    const v = store.get();
    const chips: Chip[] = [];
    if (v.focus) {
      const depth = h('select', { 'aria-label': 'Focus depth' });
      for (const k of [1, 2, 3, 4]) depth.append(h('option', { value: k }, `${k} hop${k > 1 ? 's' : ''}`));
      depth.value = String(v.depth);
      depth.addEventListener('change', () => store.set({ depth: Number(depth.value) }));
      chips.push({ id: 'chip-focus', label: `Focus: ${nodeName(index, v.focus)}`, control: depth, onClear: () => store.set({ focus: null }, { push: true }) });
    }
    if (v.from && v.to) {
      const ps = sync.pathStatus;
      const tail = ps.state === 'found' ? ` (${ps.hops} hop${ps.hops === 1 ? '' : 's'})` : ps.state === 'error' ? `: ${ps.message}` : ps.state === 'loading' ? ' …' : '';
      chips.push({ id: 'chip-path', label: `Path: ${nodeName(index, v.from)} → ${nodeName(index, v.to)}${tail}`, onClear: () => store.set({ from: null, to: null }) });
    }
    if (result) chips.push({ id: 'chip-result', label: `Query result: ${result.nodes} nodes`, onClear: clearResult });
    renderChips(chipsRoot, chips);
  };

  const renderLegendNow = (v: ViewState) =>
    renderLegend(byId('legend'), { theme: v.theme, types: v.types, counts, onChange: (types) => store.set({ types }) });

  const renderPanel = (v: ViewState) => {
    const root = byId('panel-details');
    const details = v.sel ? entityDetails(index, v.sel) : null;
    if (!details) {
      renderEmptyPanel(root, overview, navigate, v.sel ?? undefined);
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
  };

  const render = (v: ViewState, prev: ViewState | null) => {
    if (!prev || v.theme !== prev.theme) {
      setDocumentTheme(v.theme);
      renderLegendNow(v);
    } else if (v.types.join() !== prev.types.join()) renderLegendNow(v);
    sync.update(v, prev);
    if (!prev || v.sel !== prev.sel || v.focus !== prev.focus || v.depth !== prev.depth) renderPanel(v);
    if (!prev || v.tab !== prev.tab) tabs.show(v.tab);
    if (v.tab === 'table' && !updateTable) updateTable = createTalksTable(byId('panel-table'), tableProps(v));
    else if (updateTable && prev && (v.tq !== prev.tq || v.sort !== prev.sort)) updateTable(tableProps(v));
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
  installKeyboard({
    focusSearch: () => searchBox.input.focus(),
    escape: () => {
      const v = store.get();
      searchBox.close();
      if (result) clearResult();
      if (v.sel || v.from || v.q) store.set({ sel: null, from: null, to: null, q: '' });
      else if (v.focus) store.set({ focus: null, depth: DEFAULT_VIEW.depth });
    },
  });
  if (consoleHandle.hasQuery()) void consoleHandle.run();
  // A link with a selection opens zoomed on it, once the first layout has placed it.
  if (store.get().sel) void window.__confgraphRendered?.then(() => sync.reveal(store.get().sel));
  void mountExport(byId('export-controls'), { cy: () => cy, viewUrl: () => location.href, getView: () => store.get() });
}

function flash(button: HTMLElement, text: string): void {
  const old = button.textContent;
  button.textContent = text;
  setTimeout(() => {
    button.textContent = old;
  }, 1200);
}
