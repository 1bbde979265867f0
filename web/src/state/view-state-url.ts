// The explorer's whole view state and its URL form: every view is a shareable deep link.
import { isLayoutName, DEFAULT_LAYOUT } from '../graph/layouts.ts';
import type { LayoutName } from '../graph/layouts.ts';

export const TABS = ['details', 'table', 'console'] as const;
export type Tab = (typeof TABS)[number];
export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];
export const TABLE_ROWS = ['talks', 'projects'] as const;
export type TableRows = (typeof TABLE_ROWS)[number];
export const ALL_TYPES = ['Project', 'Organization', 'Person', 'Talk', 'Event', 'Post'] as const;
/** Shown at start: Post and Event nodes link to everything and mostly add clutter. */
export const DEFAULT_TYPES: readonly string[] = ['Project', 'Organization', 'Person', 'Talk'];

export interface ViewState {
  /** Selected node id (the side panel shows it). */
  sel: string | null;
  /** Node whose k-hop neighbourhood is shown. */
  focus: string | null;
  depth: number;
  /** Visible node types. */
  types: string[];
  /** Text in the search box. */
  q: string;
  tab: Tab;
  theme: ThemeName;
  layout: LayoutName;
  /** Path endpoints (node ids). */
  from: string | null;
  to: string | null;
  /** Named query picked in the console, its params, or a typed Cypher text. */
  query: string | null;
  params: Record<string, string>;
  cypher: string | null;
  /** Talks x Projects table: one row per talk or per project, filter text, sort column ('-' = descending). */
  rows: TableRows;
  tq: string;
  sort: string;
  /** The viewport: centre in model coordinates and zoom, `x,y,zoom` (null: fit what is shown). */
  vp: string | null;
  /** Only talks of this event (its node id) and what they link to; null: every event. */
  event: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  sel: null,
  focus: null,
  depth: 2,
  types: [...DEFAULT_TYPES],
  q: '',
  tab: 'details',
  theme: 'light',
  layout: DEFAULT_LAYOUT,
  from: null,
  to: null,
  query: null,
  params: {},
  cypher: null,
  rows: 'talks',
  tq: '',
  sort: 'day',
  vp: null,
  event: null,
};

export interface ViewportCentre {
  x: number;
  y: number;
  zoom: number;
}

/** `x,y,zoom` with finite numbers and a positive zoom, or null. */
export function parseViewport(value: string | null): ViewportCentre | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  const [x, y, zoom] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || zoom === undefined || !parts.every(Number.isFinite) || zoom <= 0) return null;
  return { x, y, zoom };
}

export function formatViewport(v: ViewportCentre): string {
  return `${Math.round(v.x * 10) / 10},${Math.round(v.y * 10) / 10},${Math.round(v.zoom * 10000) / 10000}`;
}

function clampDepth(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : DEFAULT_VIEW.depth;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseView(search: string, preferredTheme: ThemeName = 'light'): ViewState {
  const p = new URLSearchParams(search);
  const types = p.get('types');
  const params: Record<string, string> = {};
  for (const [key, value] of p) if (key.startsWith('p.')) params[key.slice(2)] = value;
  const layout = p.get('layout');
  return {
    sel: p.get('sel') || null,
    focus: p.get('focus') || null,
    depth: clampDepth(p.get('depth')),
    // An empty or unknown list means no type at all (the graph then says so), never "everything".
    types: types === null ? [...DEFAULT_TYPES] : types.split(',').filter((t) => (ALL_TYPES as readonly string[]).includes(t)),
    q: p.get('q') ?? '',
    tab: oneOf(p.get('tab'), TABS, DEFAULT_VIEW.tab),
    theme: oneOf(p.get('theme'), THEMES, preferredTheme),
    layout: isLayoutName(layout) ? layout : DEFAULT_LAYOUT,
    from: p.get('from') || null,
    to: p.get('to') || null,
    query: p.get('query') || null,
    params,
    cypher: p.get('cypher') || null,
    rows: oneOf(p.get('rows'), TABLE_ROWS, DEFAULT_VIEW.rows),
    tq: p.get('tq') ?? '',
    sort: p.get('sort') || DEFAULT_VIEW.sort,
    vp: parseViewport(p.get('vp')) ? p.get('vp') : null,
    event: p.get('event') || null,
  };
}

/** Writes only what differs from the defaults, so links stay short. */
export function serializeView(view: ViewState): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== '' && value !== fallback) p.set(key, value);
  };
  put('sel', view.sel);
  put('focus', view.focus);
  if (view.focus) put('depth', String(view.depth), String(DEFAULT_VIEW.depth));
  const types = view.types.join(',');
  if (types !== DEFAULT_TYPES.join(',')) p.set('types', types);
  put('q', view.q);
  put('tab', view.tab, DEFAULT_VIEW.tab);
  put('theme', view.theme, 'light');
  put('layout', view.layout, DEFAULT_LAYOUT);
  put('from', view.from);
  put('to', view.to);
  put('query', view.query);
  for (const [key, value] of Object.entries(view.params)) put(`p.${key}`, value);
  put('cypher', view.cypher);
  put('rows', view.rows, DEFAULT_VIEW.rows);
  put('tq', view.tq);
  put('sort', view.sort, DEFAULT_VIEW.sort);
  put('event', view.event);
  put('vp', view.vp);
  const s = p.toString();
  return s ? `?${s}` : '';
}
