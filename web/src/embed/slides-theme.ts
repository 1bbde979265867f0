/**
 * The export part's themes, registered next to light/dark in graph/style.ts: `transparent` (light
 * colours, no background) and `slides` (large bold labels, high contrast, thin edges dropped) for
 * a projector at 1280x720.
 */
import type { Core, EdgeSingular, StylesheetStyle } from 'cytoscape';
import { getTheme, graphStyle, themes } from '../graph/style.ts';
import type { GraphTheme } from '../graph/style.ts';

/** Class of the edges the slides theme leaves out; a stylesheet rule hides them (element data untouched). */
export const LOW_WEIGHT_CLASS = 'cg-low-weight';

export const slidesTheme: GraphTheme = {
  name: 'slides',
  background: '#ffffff',
  label: '#000000',
  labelOutline: '#ffffff',
  edge: '#5b6273',
  edgeLabel: '#1f2430',
  highlight: '#d97706',
  path: '#b91c1c',
  // Darker, more saturated than `light`: projectors wash colours out.
  nodeColors: {
    Project: '#1d4ed8',
    Organization: '#047857',
    Person: '#b45309',
    Talk: '#6d28d9',
    Event: '#be185d',
    Post: '#334155',
  },
  fontSize: 22,
  edgeWidth: 2.5,
};

export const transparentTheme: GraphTheme = { ...getTheme('light'), name: 'transparent', background: 'transparent' };

/** Adds `slides` and `transparent` to the shared theme registry; safe to call many times. */
export function registerExportThemes(): void {
  themes.slides ??= slidesTheme;
  themes.transparent ??= transparentTheme;
}

/** The whole stylesheet for a theme name: the shared rules plus what the export themes add. */
export function themeStylesheet(name: string): StylesheetStyle[] {
  registerExportThemes();
  const rules = graphStyle(getTheme(name));
  if (name !== 'slides') return rules;
  return [
    ...rules,
    {
      selector: 'node',
      style: { 'font-weight': 'bold', 'text-outline-width': 3, 'text-wrap': 'wrap', 'text-max-width': '260px', 'min-zoomed-font-size': 0 },
    },
    // Talk titles are long: shown whole, wrapped over a few lines.
    { selector: 'node[type = "Talk"]', style: { 'font-size': slidesTheme.fontSize - 4, 'text-wrap': 'wrap', 'text-max-width': '260px' } },
    // Relation names on edges are small print on a projector; the dashed line already marks them.
    { selector: 'edge', style: { opacity: 0.9, 'arrow-scale': 1.1, label: '' } },
    { selector: `edge.${LOW_WEIGHT_CLASS}`, style: { display: 'none' } },
  ];
}

const STRUCTURAL = new Set(['PART_OF', 'COVERS']);

/** How much an edge says: structural edges least, then MENTIONS by count; null = always kept. */
function lightness(edge: EdgeSingular): number | null {
  const type = edge.data('type') as string;
  if (STRUCTURAL.has(type)) return 0;
  if (type === 'MENTIONS') {
    const count = edge.data('count') as number | null;
    return count === null || count <= 1 ? 1 : null;
  }
  return null;
}

/**
 * Marks the low-weight visible edges (structural ones, MENTIONS seen once) to be hidden, lightest
 * first, but never the last visible edge of a node: a slide must not show stranded nodes.
 */
export function markLowWeightEdges(cy: Core): number {
  cy.edges().removeClass(LOW_WEIGHT_CLASS);
  const visible = cy.edges(':visible');
  const degree = new Map<string, number>();
  visible.forEach((e) => {
    // A self-loop counts once: it is one edge at one node.
    for (const id of new Set([e.data('source') as string, e.data('target') as string])) degree.set(id, (degree.get(id) ?? 0) + 1);
  });
  const candidates = visible
    .map((e) => ({ e, weight: lightness(e) }))
    .filter((c): c is { e: EdgeSingular; weight: number } => c.weight !== null)
    .sort((a, b) => a.weight - b.weight);
  let hidden = 0;
  for (const { e } of candidates) {
    const ends = [...new Set([e.data('source') as string, e.data('target') as string])];
    if (ends.every((id) => (degree.get(id) ?? 0) > 1)) {
      for (const id of ends) degree.set(id, (degree.get(id) ?? 0) - 1);
      e.addClass(LOW_WEIGHT_CLASS);
      hidden++;
    }
  }
  return hidden;
}

/** Applies a theme to a live graph: its stylesheet and, for slides, the low-weight edge marks. */
export function applyTheme(cy: Core, name: string): void {
  cy.style(themeStylesheet(name));
  if (name === 'slides') markLowWeightEdges(cy);
  else cy.edges().removeClass(LOW_WEIGHT_CLASS);
}
