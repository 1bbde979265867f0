/** createApp({ store, options }): the Express app, thin — security, routes (one module each), static web, JSON errors. */
import express from 'express';
import type { Express } from 'express';
import type { GraphStore } from '../store/graph-store.ts';
import type { AppContext, RouteModule } from './context.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { resolveOptions, type AppOptions } from './options.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { embedRoutes } from './routes/embed.ts';
import { entitiesRoutes } from './routes/entities.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { pathRoutes } from './routes/path.ts';
import { postsRoutes } from './routes/posts.ts';
import { postPageRoutes } from './routes/post-page.ts';
import { queriesRoutes } from './routes/queries.ts';
import { searchRoutes } from './routes/search.ts';
import { talksRoutes } from './routes/talks.ts';
import { SearchIndex } from './search-index.ts';
import { ViewCache, type CachedJson } from './view-cache.ts';
import { securityHeaders } from './security.ts';
import { requireWriteToken } from './write-auth.ts';

/** Every route module, in mount order; the OpenAPI document lists exactly these. */
export const ROUTE_MODULES: RouteModule[] = [
  healthRoutes,
  graphRoutes,
  entitiesRoutes,
  talksRoutes,
  searchRoutes,
  pathRoutes,
  queriesRoutes,
  cypherRoutes,
  postsRoutes,
  postPageRoutes,
  embedRoutes,
];

export interface CreateAppInput {
  store: GraphStore;
  options?: AppOptions;
}

export interface ConfgraphApp extends Express {
  /** Call after loading into the store outside the API: the search index and cached views are rebuilt. */
  graphChanged(): void;
}

export function createApp({ store, options }: CreateAppInput): ConfgraphApp {
  const resolved = resolveOptions(options, store.kind);
  const search = new SearchIndex(() => store.exportGraph(), resolved.cache.searchMaxAgeMs);
  const entities = new ViewCache<CachedJson>(resolved.cache.entityTtlMs);
  const graphChanged = () => {
    search.invalidate();
    entities.clear();
  };
  const ctx: AppContext = { store, options: resolved, search, entities, graphChanged };
  const app = express() as ConfgraphApp;
  app.graphChanged = graphChanged;
  app.disable('x-powered-by');
  app.use(securityHeaders(resolved.frameAncestors));

  app.post('/api/posts', requireWriteToken(resolved.writeAuth));
  const router = express.Router();
  for (const mod of ROUTE_MODULES) mod.mount(router, ctx);
  router.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  app.use(router);
  app.use('/api', notFoundHandler);

  if (resolved.webDist) app.use(express.static(resolved.webDist, { index: 'index.html', fallthrough: true }));
  app.use(notFoundHandler);
  app.use(errorHandler(resolved.logError));
  return app;
}

let openapi: Record<string, unknown> | null = null;

/** Built on first request (~25 ms) and shared: the routes, hence the document, are the same for every app. */
function openApiDocument(): Record<string, unknown> {
  openapi ??= buildOpenApiDocument([...ROUTE_MODULES, { docs: [openApiDoc], mount: () => undefined }]);
  return openapi;
}

const openApiDoc: RouteModule['docs'][number] = {
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This OpenAPI document',
  responses: { 200: { description: 'OpenAPI 3.1 JSON', content: { 'application/json': { schema: { type: 'object' } } } } },
};
