/** What every route module receives: the store, the resolved options, the search index; and the shape of a route module. */
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { GraphStore } from '../store/graph-store.ts';
import type { ResolvedOptions } from './options.ts';
import type { SearchIndex } from './search-index.ts';

export interface AppContext {
  store: GraphStore;
  options: ResolvedOptions;
  search: SearchIndex;
}

export interface RouteModule {
  /** The OpenAPI description of the module's routes (paths in OpenAPI `{param}` form). */
  docs: RouteConfig[];
  mount(router: Router, ctx: AppContext): void;
}
