/**
 * The web module's public face for programs outside the browser (the CLI's `export`): the same view of a graph the
 * explorer draws (layout, theme, focus, filters) rendered headless, and the names a caller may choose from. Nothing
 * else of web/src is for use outside it.
 */
export { FocusNotFoundError, headlessView } from '../export/headless-view.ts';
export { DEFAULT_LAYOUT, LAYOUT_NAMES, isLayoutName } from '../graph/layouts.ts';
export { EMBED_THEMES } from '../embed/embed-params.ts';
