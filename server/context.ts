/** What every route module receives: the store, the resolved options, the search index; and the shape of a route module. */
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { GraphStore } from '../store/graph-store.ts';
import type { ResolvedOptions } from './options.ts';
import type { SearchIndex } from './search-index.ts';
import type { CachedJson, ViewCache } from './view-cache.ts';

export interface AppContext {
  store: GraphStore;
  options: ResolvedOptions;
  search: SearchIndex;
  /** Entity views by id, as JSON text with its ETag (see view-cache.ts). */
  entities: ViewCache<CachedJson>;
  /** Call after loading into the store: drops the search index and the cached views. */
  graphChanged(): void;
}

export interface RouteModule {
  /** The OpenAPI description of the module's routes (paths in OpenAPI `{param}` form). */
  docs: RouteConfig[];
  mount(router: Router, ctx: AppContext): void;
}
