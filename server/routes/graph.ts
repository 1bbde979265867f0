/** GET /api/graph: the stored graph as Cytoscape elements JSON, optionally only some node types and one event. */
import type { RouteModule } from '../context.ts';
import { GraphBody, errorResponses } from '../schemas/common.ts';
import { GraphQuery } from '../schemas/graph.ts';

export const graphRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/graph',
      summary: 'The graph (Cytoscape elements JSON), filterable by node types and event',
      request: { query: GraphQuery },
      responses: { 200: { description: 'The graph', content: { 'application/json': { schema: GraphBody } } }, ...errorResponses },
    },
  ],
  mount(router, { store }) {
    router.get('/api/graph', async (req, res) => {
      const { types, event } = GraphQuery.parse(req.query);
      // `?types=` (empty) means no type filter, not "no types".
      res.json(await store.exportGraph({ ...(types?.length ? { types } : {}), ...(event ? { event } : {}) }));
    });
  },
};
