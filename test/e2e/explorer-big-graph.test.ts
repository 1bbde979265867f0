// A graph big enough to open as an overview (web/src/graph/overview.ts), in Chromium: every node is drawn, the edges
// join the graph when needed (a selection, zooming in) and are then the same as the API's.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer } from './support/explorer-page.ts';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { generateCorpus } from '../../bench/store-corpus.ts';
import { DEFAULT_TYPES } from '../../web/src/state/view-state-url.ts';
import { chromiumAvailable, launchBrowser } from './support/browser.ts';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';

describe.skipIf(!chromiumAvailable('big graph e2e'))('explorer on a big graph (overview)', () => {
  let browser: Browser;
  let server: TestServer;
  // About 1,800 nodes and 7,000 edges: over the overview threshold.
  const graph: KnowledgeGraph = generateCorpus(1000, 4);
  const edgesOf = (id: string) => graph.elements.edges.filter((e) => e.data.source === id || e.data.target === id).map((e) => e.data.id).sort();
  const typeOf = new Map(graph.elements.nodes.map((n) => [n.data.id, n.data.type]));
  const shownByDefault = (id: string) => DEFAULT_TYPES.includes(typeOf.get(id) ?? '');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(graph), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path = '/'): Promise<Page> => openExplorer(browser, `${server.url}${path}`);

  it('opens with every node drawn and no edge yet: the overview', async () => {
    const page = await open();
    const state = await page.evaluate(() => {
      const cy = window.cy!;
      return { nodes: cy.nodes().length, shown: cy.nodes(':visible').length, edges: cy.edges().length, zoom: cy.zoom() };
    });
    expect(state.nodes).toBe(graph.elements.nodes.length);
    expect(state.shown).toBe(graph.elements.nodes.filter((n) => shownByDefault(n.data.id)).length);
    expect(state.edges).toBe(0);
    await page.close();
  });

  it("keeps the first frame's drawing: drawing re-measures and restyles nothing, so panning starts from that texture", async () => {
    // Cytoscape throws its layer texture away for any element announced as changed ('bounds', 'style'): counted from
    // the fitted viewport on, through the first frame and a zoom that draws every node again at a new scale.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(`(() => {
      const counts = (window.__drawCounts = { bounds: 0, style: 0 });
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        if (name === 'cg:fitted') window.cy.on('bounds style', (e) => { if (e.target.isNode()) counts[e.type]++; });
        return mark(name, ...rest);
      };
    })()`);
    await page.goto(`${server.url}/`);
    await page.evaluate(() => window.__confgraphRendered);
    const frames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
    await frames();
    const first = await page.evaluate(() => ({ ...(window as unknown as { __drawCounts: Record<string, number> }).__drawCounts }));
    await page.evaluate(() => {
      window.cy!.zoom({ level: window.cy!.zoom() * 1.5, renderedPosition: { x: 720, y: 450 } });
    });
    await frames();
    const zoomed = await page.evaluate(() => ({ ...(window as unknown as { __drawCounts: Record<string, number> }).__drawCounts }));
    expect(first).toEqual({ bounds: 0, style: 0 });
    expect(zoomed).toEqual({ bounds: 0, style: 0 });
    await page.close();
  });

  it('a selection (here from a link) brings exactly its edges, highlighted', async () => {
    const page = await open('/?sel=project%3Ap1');
    const drawn = await page.evaluate(() =>
      window
        .cy!.getElementById('project:p1')
        .connectedEdges()
        .filter((e) => e.visible() && e.hasClass('cg-highlight'))
        .map((e) => e.id())
        .sort(),
    );
    expect(drawn).toEqual(edgesOf('project:p1'));
    await page.close();
  });

  it('zoomed in, the nodes in view have all their edges, drawn', async () => {
    const page = await open();
    await page.evaluate(() => {
      const cy = window.cy!;
      const node = cy.getElementById('talk:t5');
      cy.zoom({ level: 1, position: node.position() });
      cy.center(node);
    });
    await expect.poll(() => page.evaluate(() => window.cy!.getElementById('talk:t5').connectedEdges().length), { timeout: 10_000 }).toBe(edgesOf('talk:t5').length);
    const visible = await page.evaluate(() =>
      window
        .cy!.getElementById('talk:t5')
        .connectedEdges()
        .filter((e) => e.visible())
        .map((e) => e.id())
        .sort(),
    );
    // The talk's post and event are not shown by default, and neither are the edges to them.
    const toShown = graph.elements.edges.filter((e) => shownByDefault(e.data.source) && shownByDefault(e.data.target)).map((e) => e.data.id);
    expect(visible).toEqual(edgesOf('talk:t5').filter((id) => toShown.includes(id)));
    await page.close();
  });
});
