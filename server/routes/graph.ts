/**
 * GET /api/graph: the stored graph as Cytoscape elements JSON, optionally only some node types and
 * one event. Bounded so a big graph cannot starve the other routes: types are filtered in the query,
 * nodes and edges are capped (the answer says when it was cut), every node carries its map position,
 * answers are cached per store version with an ETag (304 on a match), exports run one at a time, and
 * clients are rate-limited.
 */
import type { RouteModule } from '../context.ts';
import { withPositions } from '../map-layout/with-positions.ts';
import { limiter } from '../rate-limit.ts';
import { ErrorBody, GraphBody, errorResponses } from '../schemas/common.ts';
import { GraphQuery } from '../schemas/graph.ts';
import { ViewCache, withEtag, type CachedJson } from '../view-cache.ts';

export const graphRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/graph',
      summary: 'The graph (Cytoscape elements JSON), filterable by node types and event, capped in size, with an ETag',
      request: { query: GraphQuery },
      responses: {
        200: { description: 'The graph; `warnings` says when it was cut at the node or edge cap', content: { 'application/json': { schema: GraphBody } } },
        304: { description: 'Not modified since the ETag in If-None-Match' },
        ...errorResponses,
        429: { description: 'Rate limit hit', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  ],
  mount(router, { store, options }) {
    const answers = new ViewCache<CachedJson>(options.graph.ttlMs, 64);
    // Exports of different filters wait for each other: twenty at once made Neo4j run out of memory.
    let exporting: Promise<unknown> = Promise.resolve();
    const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
      const result = exporting.then(work, work);
      exporting = result.catch(() => undefined);
      return result;
    };
    router.get('/api/graph', limiter(options.rateLimit.windowMs, options.rateLimit.graphMax, 'graph'), async (req, res) => {
      const { types, event, limit } = GraphQuery.parse(req.query);
      // `?types=` (empty) means no type filter, not "no types".
      const filter = {
        ...(types?.length ? { types } : {}),
        ...(event ? { event } : {}),
        maxNodes: Math.min(limit ?? options.graph.maxNodes, options.graph.maxNodes),
        maxEdges: options.graph.maxEdges,
      };
      const key = JSON.stringify([store.dataVersion, filter]);
      // Each node comes at its map position, so browsers skip the layout (about a second for 10,000 nodes).
      const { json, etag } = await answers.get(key, () => oneAtATime(async () => withEtag(JSON.stringify(withPositions(await store.exportGraph(filter))))));
      // Express answers 304 itself when If-None-Match carries this ETag.
      res.set('ETag', etag).type('application/json').send(json);
    });
  },
};
