// Node outlines as polygons (unit box -1..1) for the Cytoscape shapes that are not ellipses or rectangles.
type Pt = readonly [number, number];

function star(points: number, inner: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? 1 : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    out.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return out;
}

function regular(sides: number): Pt[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / sides;
    return [Math.cos(a), Math.sin(a)] as Pt;
  });
}

const POLYGONS: Record<string, Pt[]> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  'round-triangle': [[0, -1], [1, 1], [-1, 1]],
  star: star(5, 0.45),
  tag: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  'round-tag': [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  pentagon: regular(5),
  hexagon: regular(6),
  'round-hexagon': regular(6),
  octagon: regular(8),
  'round-octagon': regular(8),
  vee: [[-1, -1], [0, -0.33], [1, -1], [0, 1]],
  rhomboid: [[-0.33, -1], [1, -1], [0.33, 1], [-1, 1]],
};

export type ShapeKind = { kind: 'ellipse' } | { kind: 'rect'; rounded: boolean } | { kind: 'polygon'; points: Pt[] };

export function shapeKind(shape: string): ShapeKind {
  if (shape === 'rectangle' || shape === 'square') return { kind: 'rect', rounded: false };
  if (shape.includes('rectangle')) return { kind: 'rect', rounded: true };
  const points = POLYGONS[shape];
  return points ? { kind: 'polygon', points } : { kind: 'ellipse' };
}

/** The polygon's points placed on a node centred at (x, y) with size w x h. */
export function placePolygon(points: readonly Pt[], x: number, y: number, w: number, h: number): Array<[number, number]> {
  return points.map(([px, py]) => [x + (px * w) / 2, y + (py * h) / 2]);
}

/** Distance from a node's centre to its outline in direction (dx, dy), approximated by the inscribed ellipse. */
export function radiusToward(w: number, h: number, dx: number, dy: number): number {
  const a = w / 2;
  const b = h / 2;
  const len = Math.hypot(dx, dy);
  if (len === 0 || a === 0 || b === 0) return 0;
  const c = dx / len;
  const s = dy / len;
  return (a * b) / Math.hypot(b * c, a * s);
}
