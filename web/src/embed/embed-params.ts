// The /embed URL parameters: parsed leniently (bad values fall back to defaults) and written back minimally.
import { isLayoutName, DEFAULT_LAYOUT } from '../graph/layouts.ts';
import type { LayoutName } from '../graph/layouts.ts';

export const EMBED_THEMES = ['light', 'dark', 'transparent', 'slides'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
const NODE_TYPES = ['Project', 'Organization', 'Person', 'Talk', 'Event', 'Post'];

export interface EmbedParams {
  /** Entity id or name whose neighbourhood is shown; null shows the whole graph (or the query result). */
  focus: string | null;
  /** k for the focus, 1..5. */
  depth: number;
  /** Visible node types; empty shows every type. */
  types: string[];
  /** A named query (cypher/<name>.cypher) whose result is shown instead of the whole graph. */
  query: string | null;
  /** The named query's params (`p.<name>=value` in the URL). */
  params: Record<string, string>;
  layout: LayoutName;
  theme: EmbedTheme;
  labels: boolean;
  /** A line of text under the graph, shown as text. */
  caption: string | null;
}

export const DEFAULT_EMBED: EmbedParams = {
  focus: null,
  depth: 1,
  types: [],
  query: null,
  params: {},
  layout: DEFAULT_LAYOUT,
  theme: 'light',
  labels: true,
  caption: null,
};

const MAX_CAPTION = 300;

export function parseEmbedParams(search: string): EmbedParams {
  const p = new URLSearchParams(search);
  const depth = Number(p.get('depth'));
  const theme = p.get('theme');
  const layout = p.get('layout');
  const params: Record<string, string> = {};
  for (const [key, value] of p) if (key.startsWith('p.') && key.length > 2) params[key.slice(2)] = value;
  const caption = (p.get('caption') ?? '').trim().slice(0, MAX_CAPTION);
  return {
    focus: p.get('focus')?.trim() || null,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 5 ? depth : DEFAULT_EMBED.depth,
    types: (p.get('types') ?? '').split(',').filter((t) => NODE_TYPES.includes(t)),
    query: p.get('query')?.trim() || null,
    params,
    layout: isLayoutName(layout) ? layout : DEFAULT_EMBED.layout,
    theme: (EMBED_THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : DEFAULT_EMBED.theme,
    labels: !['off', '0', 'false', 'no'].includes((p.get('labels') ?? '').toLowerCase()),
    caption: caption || null,
  };
}

/** The query string (with `?`, or '' for all defaults) that parseEmbedParams reads back to `e`. */
export function serializeEmbedParams(e: EmbedParams): string {
  const p = new URLSearchParams();
  if (e.focus) {
    p.set('focus', e.focus);
    p.set('depth', String(e.depth));
  }
  if (e.types.length > 0) p.set('types', e.types.join(','));
  if (e.query) {
    p.set('query', e.query);
    for (const [key, value] of Object.entries(e.params)) if (value !== '') p.set(`p.${key}`, value);
  }
  if (e.layout !== DEFAULT_EMBED.layout) p.set('layout', e.layout);
  if (e.theme !== DEFAULT_EMBED.theme) p.set('theme', e.theme);
  if (!e.labels) p.set('labels', 'off');
  if (e.caption) p.set('caption', e.caption);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The absolute /embed URL for `e` on the app at `origin` (e.g. location.origin). */
export function embedUrl(origin: string, e: EmbedParams): string {
  return `${origin.replace(/\/+$/, '')}/embed${serializeEmbedParams(e)}`;
}
