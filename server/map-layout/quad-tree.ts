// Barnes-Hut quadtree for the map layout's repulsion (stable-layout.ts): typed arrays, rebuilt every step.
/**
 * A quadtree over the nodes (Barnes-Hut): far groups of nodes repel as one body at their centre of
 * mass, so every node feels every other one in O(log n). Arrays, not objects: it is rebuilt every step.
 */
export class QuadTree {
  readonly child: Int32Array;
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly mass: Float64Array;
  readonly comX: Float64Array;
  readonly comY: Float64Array;
  readonly minX: Float64Array;
  readonly minY: Float64Array;
  readonly side: Float64Array;
  count = 0;

  constructor(private readonly n: number) {
    const cap = 6 * n + 16;
    this.child = new Int32Array(cap * 4);
    this.head = new Int32Array(cap);
    this.next = new Int32Array(n);
    this.mass = new Float64Array(cap);
    this.comX = new Float64Array(cap);
    this.comY = new Float64Array(cap);
    this.minX = new Float64Array(cap);
    this.minY = new Float64Array(cap);
    this.side = new Float64Array(cap);
  }

  private make(x0: number, y0: number, side: number): number {
    const q = this.count++;
    this.child.fill(-1, q * 4, q * 4 + 4);
    this.head[q] = -1;
    this.minX[q] = x0;
    this.minY[q] = y0;
    this.side[q] = side;
    return q;
  }

  private quadrant(q: number, px: number, py: number): number {
    const half = (this.side[q] ?? 0) / 2;
    const right = px >= (this.minX[q] ?? 0) + half ? 1 : 0;
    const down = py >= (this.minY[q] ?? 0) + half ? 2 : 0;
    let c = this.child[q * 4 + right + down] ?? -1;
    if (c < 0) {
      c = this.make((this.minX[q] ?? 0) + right * half, (this.minY[q] ?? 0) + (down ? half : 0), half);
      this.child[q * 4 + right + down] = c;
    }
    return c;
  }

  build(x: Float64Array, y: Float64Array): void {
    const n = this.n;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i] ?? 0);
      x1 = Math.max(x1, x[i] ?? 0);
      y0 = Math.min(y0, y[i] ?? 0);
      y1 = Math.max(y1, y[i] ?? 0);
    }
    this.count = 0;
    this.make(x0, y0, Math.max(x1 - x0, y1 - y0, 1) * 1.0001);
    const isLeaf = (q: number) => this.child[q * 4] === -1 && this.child[q * 4 + 1] === -1 && this.child[q * 4 + 2] === -1 && this.child[q * 4 + 3] === -1;
    for (let i = 0; i < n; i++) {
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      let q = 0;
      for (let depth = 0; ; depth++) {
        if (isLeaf(q)) {
          const first = this.head[q] ?? -1;
          // An empty leaf takes the body; a full one splits, unless it is already tiny (same spot): then it keeps a list.
          if (first < 0 || depth > 30 || this.count > this.head.length - 8) {
            this.next[i] = first;
            this.head[q] = i;
            break;
          }
          this.head[q] = -1;
          const moved = this.quadrant(q, x[first] ?? 0, y[first] ?? 0);
          this.next[first] = -1;
          this.head[moved] = first;
        }
        q = this.quadrant(q, px, py);
      }
    }
    // Children are always made after their parent: one backwards sweep sums the masses.
    for (let q = this.count - 1; q >= 0; q--) {
      let m = 0;
      let sx = 0;
      let sy = 0;
      for (let b = this.head[q] ?? -1; b >= 0; b = this.next[b] ?? -1) {
        m += 1;
        sx += x[b] ?? 0;
        sy += y[b] ?? 0;
      }
      for (let k = 0; k < 4; k++) {
        const c = this.child[q * 4 + k] ?? -1;
        if (c < 0) continue;
        const cm = this.mass[c] ?? 0;
        m += cm;
        sx += (this.comX[c] ?? 0) * cm;
        sy += (this.comY[c] ?? 0) * cm;
      }
      this.mass[q] = m;
      this.comX[q] = m > 0 ? sx / m : 0;
      this.comY[q] = m > 0 ? sy / m : 0;
    }
  }
}
