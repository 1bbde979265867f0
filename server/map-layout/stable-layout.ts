/**
 * The "map" layout: positions computed once per graph from its nodes and edges alone, with no
 * randomness, so the explorer, an embed and an export place every node at the same spot on every
 * load, and a focused or filtered view keeps nodes where they were. Pure (no DOM, no Cytoscape):
 * the server computes it once per answer of GET /api/graph (routes/graph.ts, cached with the answer)
 * and the browser runs the same arithmetic for graphs that come without positions. A force-directed pass (Fruchterman-Reingold with
 * a grid for repulsion, typed arrays, O(n + m) per step) is fast enough for 10,000 nodes.
 */
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { sizeFor, talkCounts } from './talk-metrics.ts';
import { QuadTree } from './quad-tree.ts';

export interface Point {
  x: number;
  y: number;
}

/** The types the force pass lays out; posts and events (hubs that link to everything) are placed after, among their neighbours. */
const MAP_TYPES = new Set(['Project', 'Organization', 'Person', 'Talk']);
/** Ideal edge length in model px. */
const K = 70;
/** Horizontal distances count for less: labels are wide, so nodes keep more room side by side. */
const ANISOTROPY = 1.6;
const GOLDEN_ANGLE = 2.399963229728653;
/** Graphs up to this size also get a pass that pulls label boxes apart (O(n^2) per step). */
const LABEL_PASS_MAX = 700;

interface Arrays {
  n: number;
  x: Float64Array;
  y: Float64Array;
  radius: Float64Array;
  /** Half width and height of node + label box (label under the node), for the label pass. */
  halfW: Float64Array;
  below: Float64Array;
  /** CSR adjacency among laid-out nodes. */
  start: Int32Array;
  adj: Int32Array;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function labelSizeOf(type: string, size: number): number {
  if (type === 'Talk') return 9;
  return Math.round(11 * Math.min(2.4, Math.max(1, size / 24)));
}

/** Positions for every node of the graph (rounded to 0.1 px); the same graph always gives the same map, whatever its element order. */
export function stablePositions(graph: Pick<KnowledgeGraph, 'elements'>): Map<string, Point> {
  const nodes = graph.elements.nodes.map((n) => n.data).sort((a, b) => byCode(a.id, b.id));
  const talks = talkCounts(graph);
  const anyMapType = nodes.some((n) => MAP_TYPES.has(n.type));
  const core = nodes.filter((n) => !anyMapType || MAP_TYPES.has(n.type));
  const index = new Map<string, number>();
  core.forEach((n, i) => index.set(n.id, i));
  const n = core.length;

  // Adjacency among core nodes, neighbours in index order (the order every later step relies on).
  const lists: number[][] = core.map(() => []);
  for (const { data } of graph.elements.edges) {
    const a = index.get(data.source);
    const b = index.get(data.target);
    if (a === undefined || b === undefined || a === b) continue;
    lists[a]?.push(b);
    lists[b]?.push(a);
  }
  const start = new Int32Array(n + 1);
  lists.forEach((l, i) => {
    l.sort((p, q) => p - q);
    start[i + 1] = (start[i] ?? 0) + l.length;
  });
  const adj = new Int32Array(start[n] ?? 0);
  lists.forEach((l, i) => adj.set(l, start[i] ?? 0));

  const radius = new Float64Array(n);
  const halfW = new Float64Array(n);
  const below = new Float64Array(n);
  core.forEach((node, i) => {
    const size = sizeFor(node.type, talks.get(node.id) ?? 0);
    const font = labelSizeOf(node.type, size);
    const maxWidth = node.type === 'Talk' ? 120 : Math.max(140, font * 8);
    const text = node.type === 'Talk' && 'title' in node && node.title ? node.title : node.name;
    radius[i] = size / 2;
    halfW[i] = Math.max(size, Math.min(maxWidth, text.length * font * 0.55)) / 2 + 4;
    below[i] = size / 2 + 4 + font * 1.25;
  });
  const arrays: Arrays = { n, x: new Float64Array(n), y: new Float64Array(n), radius, halfW, below, start, adj };
  initialPlacement(arrays);
  forcePass(arrays, n <= 300 ? 300 : n <= 2500 ? 120 : 45);
  if (n <= LABEL_PASS_MAX) labelPass(arrays, 80);

  const out = new Map<string, Point>();
  const round = (v: number) => Math.round(v * 10) / 10;
  core.forEach((node, i) => out.set(node.id, { x: round(arrays.x[i] ?? 0), y: round(arrays.y[i] ?? 0) }));
  placeTheRest(graph, nodes, out);
  return out;
}

/** Each connected component grows from its best-connected node outwards, children around their parent. */
function initialPlacement(a: Arrays): void {
  const { n, x, y, start, adj } = a;
  const degree = (i: number) => (start[i + 1] ?? 0) - (start[i] ?? 0);
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => degree(q) - degree(p) || p - q);
  const placed = new Uint8Array(n);
  const children = new Int32Array(n);
  const queue = new Int32Array(n);
  let placedCount = 0;
  let component = 0;
  for (const root of order) {
    if (placed[root]) continue;
    // Later components start on a spiral around what is already placed; the force pass packs them.
    const r = component === 0 ? 0 : K * 1.2 * Math.sqrt(placedCount + 4);
    x[root] = r * Math.cos(component * GOLDEN_ANGLE);
    y[root] = r * Math.sin(component * GOLDEN_ANGLE);
    placed[root] = 1;
    placedCount++;
    component++;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const u = queue[head++] ?? 0;
      for (let e = start[u] ?? 0; e < (start[u + 1] ?? 0); e++) {
        const v = adj[e] ?? 0;
        if (placed[v]) continue;
        const c = children[u] ?? 0;
        children[u] = c + 1;
        const angle = u * 0.7 + c * GOLDEN_ANGLE;
        const len = K * (1 + 0.25 * (c % 4));
        x[v] = (x[u] ?? 0) + len * Math.cos(angle);
        y[v] = (y[u] ?? 0) + len * Math.sin(angle);
        placed[v] = 1;
        placedCount++;
        queue[tail++] = v;
      }
    }
  }
}

/** Fruchterman-Reingold with Barnes-Hut repulsion, gravity to keep components together, and linear cooling. */
function forcePass(a: Arrays, iterations: number): void {
  const { n, x, y, radius, start, adj } = a;
  if (n < 2) return;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const tree = new QuadTree(n);
  const stack = new Int32Array(tree.head.length);
  const theta2 = n > 2500 ? 1.3 * 1.3 : 1;
  const gravity = 0.6;
  const t0 = K * Math.max(2, Math.sqrt(n) / 3);
  const k2 = K * K;
  for (let it = 0; it < iterations; it++) {
    const temperature = t0 * (1 - it / iterations) + K * 0.02;
    dx.fill(0);
    dy.fill(0);
    tree.build(x, y);
    for (let i = 0; i < n; i++) {
      const xi = x[i] ?? 0;
      const yi = y[i] ?? 0;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const q = stack[--top] ?? 0;
        const m = tree.mass[q] ?? 0;
        if (m === 0) continue;
        let ddx = xi - (tree.comX[q] ?? 0);
        let ddy = yi - (tree.comY[q] ?? 0);
        const d2 = ddx * ddx + ddy * ddy;
        const s = tree.side[q] ?? 0;
        if (tree.head[q] === -1 && s * s < theta2 * d2) {
          // Far group: one body of mass m at its centre.
          const ex = ddx / ANISOTROPY;
          const f = (k2 * m) / (ex * ex + ddy * ddy);
          fx += ddx * f;
          fy += ddy * f;
          continue;
        }
        for (let b = tree.head[q] ?? -1; b >= 0; b = tree.next[b] ?? -1) {
          if (b === i) continue;
          ddx = xi - (x[b] ?? 0);
          ddy = yi - (y[b] ?? 0);
          if (ddx === 0 && ddy === 0) {
            // Same spot: a fixed nudge by index keeps it deterministic.
            ddx = i < b ? -0.1 : 0.1;
            ddy = 0.05 * ((i % 5) - 2);
          }
          const real2 = ddx * ddx + ddy * ddy;
          const ex = ddx / ANISOTROPY;
          let f = k2 / (ex * ex + ddy * ddy);
          const real = Math.sqrt(real2);
          const gap = (radius[i] ?? 0) + (radius[b] ?? 0) + 6;
          if (real < gap) f += ((gap - real) * 4) / real;
          fx += ddx * f;
          fy += ddy * f;
        }
        for (let k = 0; k < 4; k++) {
          const c = tree.child[q * 4 + k] ?? -1;
          if (c >= 0) stack[top++] = c;
        }
      }
      dx[i] = fx;
      dy[i] = fy;
    }
    for (let i = 0; i < n; i++) {
      for (let e = start[i] ?? 0; e < (start[i + 1] ?? 0); e++) {
        const j = adj[e] ?? 0;
        if (j <= i) continue;
        const ddx = (x[i] ?? 0) - (x[j] ?? 0);
        const ddy = (y[i] ?? 0) - (y[j] ?? 0);
        const f = Math.sqrt(ddx * ddx + ddy * ddy) / K;
        dx[i] = (dx[i] ?? 0) - ddx * f;
        dy[i] = (dy[i] ?? 0) - ddy * f;
        dx[j] = (dx[j] ?? 0) + ddx * f;
        dy[j] = (dy[j] ?? 0) + ddy * f;
      }
    }
    for (let i = 0; i < n; i++) {
      // Linear pull to the centre: loose nodes and small components stay near the rest instead of drifting off.
      const fx = (dx[i] ?? 0) - gravity * (x[i] ?? 0);
      const fy = (dy[i] ?? 0) - gravity * (y[i] ?? 0);
      const len = Math.sqrt(fx * fx + fy * fy);
      if (len === 0) continue;
      const step = Math.min(len, temperature);
      x[i] = (x[i] ?? 0) + (fx / len) * step;
      y[i] = (y[i] ?? 0) + (fy / len) * step;
    }
  }
}

/** Small graphs: pull apart nodes whose boxes (shape plus the label under it) overlap, along the cheaper axis. */
function labelPass(a: Arrays, rounds: number): void {
  const { n, x, y, radius, halfW, below } = a;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ox = (halfW[i] ?? 0) + (halfW[j] ?? 0) - Math.abs((x[i] ?? 0) - (x[j] ?? 0));
        if (ox <= 0) continue;
        // Box i spans [y - radius, y + below]; overlap of the two spans.
        const top = Math.max((y[i] ?? 0) - (radius[i] ?? 0), (y[j] ?? 0) - (radius[j] ?? 0));
        const bottom = Math.min((y[i] ?? 0) + (below[i] ?? 0), (y[j] ?? 0) + (below[j] ?? 0));
        const oy = bottom - top;
        if (oy <= 0) continue;
        moved = true;
        if (ox < oy * 1.5) {
          const dir = (x[i] ?? 0) < (x[j] ?? 0) || ((x[i] ?? 0) === (x[j] ?? 0) && i < j) ? -1 : 1;
          x[i] = (x[i] ?? 0) + (dir * ox) / 2;
          x[j] = (x[j] ?? 0) - (dir * ox) / 2;
        } else {
          const dir = (y[i] ?? 0) < (y[j] ?? 0) || ((y[i] ?? 0) === (y[j] ?? 0) && i < j) ? -1 : 1;
          y[i] = (y[i] ?? 0) + (dir * oy) / 2;
          y[j] = (y[j] ?? 0) - (dir * oy) / 2;
        }
      }
    }
    if (!moved) return;
  }
}

/** Posts and events: among the nodes they link to, a little off their centre; unlinked ones in a row under the map. */
function placeTheRest(graph: Pick<KnowledgeGraph, 'elements'>, nodes: ReadonlyArray<{ id: string }>, out: Map<string, Point>): void {
  const rest = nodes.filter((node) => !out.has(node.id));
  if (rest.length === 0) return;
  const neighbours = new Map<string, string[]>();
  for (const { data } of graph.elements.edges) {
    if (out.has(data.target) && !out.has(data.source)) (neighbours.get(data.source) ?? neighbours.set(data.source, []).get(data.source))?.push(data.target);
    if (out.has(data.source) && !out.has(data.target)) (neighbours.get(data.target) ?? neighbours.set(data.target, []).get(data.target))?.push(data.source);
  }
  let maxY = 0;
  let minX = 0;
  for (const p of out.values()) {
    maxY = Math.max(maxY, p.y);
    minX = Math.min(minX, p.x);
  }
  let row = 0;
  rest.forEach((node, i) => {
    const ids = [...new Set(neighbours.get(node.id) ?? [])].sort(byCode);
    if (ids.length === 0) {
      out.set(node.id, { x: Math.round(minX + row++ * K * 2), y: Math.round(maxY + K * 2) });
      return;
    }
    let sx = 0;
    let sy = 0;
    for (const id of ids) {
      const p = out.get(id) as Point;
      sx += p.x;
      sy += p.y;
    }
    const angle = i * GOLDEN_ANGLE;
    out.set(node.id, { x: Math.round((sx / ids.length + K * 0.6 * Math.cos(angle)) * 10) / 10, y: Math.round((sy / ids.length + K * 0.6 * Math.sin(angle)) * 10) / 10 });
  });
}
