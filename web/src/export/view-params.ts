// Turns the explorer's view state (whatever shape the host passes) into embed parameters, defensively.
import { DEFAULT_EMBED, EMBED_THEMES } from '../embed/embed-params.ts';
import type { EmbedParams, EmbedTheme } from '../embed/embed-params.ts';
import type { Core } from 'cytoscape';
import { isLayoutName } from '../graph/layouts.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function embedParamsFromView(view: unknown, overrides: Partial<EmbedParams> = {}): EmbedParams {
  const v = (view && typeof view === 'object' ? view : {}) as Record<string, unknown>;
  const depth = typeof v.depth === 'number' && Number.isInteger(v.depth) && v.depth >= 1 && v.depth <= 5 ? v.depth : DEFAULT_EMBED.depth;
  const types = Array.isArray(v.types) ? v.types.filter((t): t is string => typeof t === 'string') : [];
  const params: Record<string, string> = {};
  if (v.params && typeof v.params === 'object') {
    for (const [key, value] of Object.entries(v.params as Record<string, unknown>)) if (typeof value === 'string') params[key] = value;
  }
  const theme = str(v.theme);
  return {
    ...DEFAULT_EMBED,
    focus: str(v.focus),
    depth,
    types,
    query: str(v.query),
    params,
    layout: isLayoutName(v.layout) ? v.layout : DEFAULT_EMBED.layout,
    theme: theme && (EMBED_THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : DEFAULT_EMBED.theme,
    ...overrides,
  };
}

/** A picture's title with the focus's name ("confgraph: around Rook"), not its id; the id stays when no node has it. */
export function pictureTitle(cy: Core | null, focus: string | null): string {
  if (!focus) return 'confgraph';
  const node = cy?.getElementById(focus);
  const name = node && node.nonempty() ? (node.data('name') as unknown) : null;
  return `confgraph: around ${typeof name === 'string' && name ? name : focus}`;
}
