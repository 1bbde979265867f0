/**
 * first_render_ms_seed / _2k / _10k: time from navigation to a drawn, laid-out graph in Chromium
 * (window.__confgraphRendered, performance.now() relative to navigation start), for the seed post and
 * generated graphs of about 2,000 and 10,000 nodes (the latter with about 40,000 edges), served by the
 * real app over the embedded store. frame_ms_10k_p95: frame times while the 10k graph is panned as first
 * shown; frame_ms_10k_zoomed_p95: the same once zoomed in to where edges are drawn.
 *
 * What was drawn is reported next to each time (nodes_*, edges_drawn_*): graphs over 1,500 nodes open
 * as an overview of their nodes, whose edges join the graph when needed (web/src/graph/overview.ts).
 * The phases (from the last run) split the time at the page's marks: fetch (navigation to the graph parsed),
 * setup (elements and style set up), layout, draw (layout end to the drawn frame), and draw's two parts:
 * fit (the viewport fit, where Cytoscape styles every node, and the bounding boxes measured before the first frame
 * so that frame's texture is kept: web/src/graph/first-frame-cache.ts) and frame (the fit to the drawn frame).
 * Panning starts right after the first frame, as a user could: the frames it takes to settle count.
 */
import type { Browser, Page } from 'playwright-core';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { seedGraph } from '../test/e2e/support/seed-graph.ts';
import { startTestServer } from '../test/e2e/support/server.ts';
import type { BenchOptions, BenchResults } from './bench-module.ts';
import { round } from './bench-module.ts';
import { generateCorpus } from './store-corpus.ts';

/** The generated corpus with the talk count that gives closest to `target` nodes. */
export function graphOfAbout(target: number, mentionsPerTalk = 5): KnowledgeGraph {
  let lo = 1;
  let hi = target;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (generateCorpus(mid, mentionsPerTalk).elements.nodes.length < target) lo = mid + 1;
    else hi = mid;
  }
  return generateCorpus(lo, mentionsPerTalk);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Loads the explorer `runs` times in fresh pages and returns each time to the first drawn layout. */
interface RenderTimes {
  ms: number[];
  /** Frame times while panning, from the last run (when asked for). */
  frames: number[];
  /** Frame times while panning zoomed in, where edges are drawn (from the last run, when asked for). */
  zoomedFrames: number[];
  /** Nodes drawn at the first frame (in the graph and not hidden). */
  drawn: number;
  /** Edges drawn at the first frame, and edges in the graph then (an overview holds its edges back). */
  edgesDrawn: number;
  edgesLoaded: number;
  /** From the last run: ms to the graph fetched, to the layout start (elements and style set up), layout duration. */
  phases: Record<string, number>;
}

/** Frame-to-frame times (ms) while the view is panned a little every frame, as a drag would. */
async function panFrames(page: Page, frames: number): Promise<number[]> {
  // A string, not a function: tsx would wrap a named arrow in a helper the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const times = [];
    let last = performance.now();
    let i = 0;
    function step() {
      const now = performance.now();
      if (i > 0) times.push(now - last);
      last = now;
      if (i++ >= ${Math.max(1, Math.floor(frames))}) return resolve(times);
      window.cy.panBy({ x: i % 60 < 30 ? 6 : -6, y: 3 });
      requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  })`);
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

async function timeFirstRender(browser: Browser, graph: KnowledgeGraph, runs: number, measureFrames = false): Promise<RenderTimes> {
  const server = await startTestServer(graph);
  try {
    const ms: number[] = [];
    let drawn = 0;
    let edgesDrawn = 0;
    let edgesLoaded = 0;
    let phases: Record<string, number> = {};
    let frames: number[] = [];
    let zoomedFrames: number[] = [];
    // One warm-up load: the first request pays for the store's reader start and the HTTP cache.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
      const at = await page.evaluate(() => window.__confgraphRendered ?? Promise.reject(new Error('no __confgraphRendered')));
      [drawn, edgesDrawn, edgesLoaded] = await page.evaluate(() => [
        window.cy?.nodes(':visible').length ?? 0,
        window.cy?.edges(':visible').length ?? 0,
        window.cy?.edges().length ?? 0,
      ]);
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      const fetched = marks['cg:graph-fetched'] ?? Number.NaN;
      const start = marks['cg:layout-start'] ?? Number.NaN;
      const stop = marks['cg:layout-stop'] ?? Number.NaN;
      const fitted = marks['cg:fitted'] ?? Number.NaN;
      phases = {
        fetch_ms: round(fetched, 0),
        setup_ms: round(start - fetched, 0),
        layout_ms: round(stop - start, 0),
        draw_ms: round(at - stop, 0),
        fit_ms: round(fitted - stop, 0),
        frame_ms: round(at - fitted, 0),
      };
      if (i > 0) ms.push(at);
      if (measureFrames && i === runs) {
        frames = await panFrames(page, 120);
        // Zoomed in on the middle of the map, where the overview draws edges: they join once the view rests.
        await page.evaluate(() => window.cy?.zoom({ level: 0.6, renderedPosition: { x: 720, y: 450 } }));
        await page.waitForTimeout(1500);
        zoomedFrames = await panFrames(page, 120);
      }
      await context.close();
    }
    return { ms, drawn, edgesDrawn, edgesLoaded, phases, frames, zoomedFrames };
  } finally {
    await server.close();
  }
}

export async function run({ quick }: BenchOptions): Promise<BenchResults> {
  const runs = quick ? 1 : 3;
  const browser = await launchBrowser();
  try {
    const seed = await timeFirstRender(browser, await seedGraph(), runs);
    const big = graphOfAbout(2000);
    const large = await timeFirstRender(browser, big, runs);
    // About 10,000 nodes and 40,000 edges: four mentions per talk.
    const huge = graphOfAbout(10_000, 4);
    const corpus = await timeFirstRender(browser, huge, runs, true);
    return {
      first_render_ms_seed: round(median(seed.ms), 0),
      first_render_ms_2k: round(median(large.ms), 0),
      first_render_ms_10k: round(median(corpus.ms), 0),
      frame_ms_10k_p95: round(p95(corpus.frames), 1),
      frame_ms_10k_median: round(median(corpus.frames), 1),
      frame_ms_10k_zoomed_p95: round(p95(corpus.zoomedFrames), 1),
      phases_10k: corpus.phases,
      nodes_10k: corpus.drawn,
      edges_10k: huge.elements.edges.length,
      edges_drawn_10k: corpus.edgesDrawn,
      edges_loaded_10k: corpus.edgesLoaded,
      render_runs: runs,
      seed_phases: seed.phases,
      phases_2k: large.phases,
      seed_nodes: seed.drawn,
      generated_nodes: large.drawn,
      generated_edges: big.elements.edges.length,
      edges_drawn_2k: large.edgesDrawn,
    };
  } finally {
    await browser.close();
  }
}
