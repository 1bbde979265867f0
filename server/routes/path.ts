/** GET /api/path?from=&to=: the elements of a shortest path between two nodes. */
import type { RouteModule } from '../context.ts';
import { nodeFromColumn } from '../entity-view.ts';
import { elementsFromPath } from '../named-rows.ts';
import { orientUndirectedSteps } from '../orient-path.ts';
import { notFound } from '../http-error.ts';
import { ErrorBody, errorResponses } from '../schemas/common.ts';
import { PathQuery, PathResult } from '../schemas/path.ts';

export const pathRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/path',
      summary: 'A shortest path between two nodes, as elements',
      request: { query: PathQuery },
      responses: {
        200: { description: 'The path (found=false when the nodes are not connected)', content: { 'application/json': { schema: PathResult } } },
        ...errorResponses,
        404: { description: 'An end does not exist', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  ],
  mount(router, { store }) {
    router.get('/api/path', async (req, res) => {
      const { from, to } = PathQuery.parse(req.query);
      // A path from a node to itself is that node (Neo4j's shortest path refuses equal ends).
      const [a, b, path] = await Promise.all([
        store.runNamed('entity-details', { id: from }),
        store.runNamed('entity-details', { id: to }),
        from === to ? null : store.runNamed('shortest-path', { from, to }),
      ]);
      for (const [id, result] of [[from, a], [to, b]] as const) {
        if (!nodeFromColumn(result.rows[0]?.entity, result.rows[0]?.type)) throw notFound(`No entity with id "${id}".`);
      }
      if (from === to) {
        const node = nodeFromColumn(a.rows[0]?.entity, a.rows[0]?.type);
        res.json({ from, to, found: true, length: 0, nodes: [from], edges: [], elements: { nodes: [{ data: node }], edges: [] } });
        return;
      }
      const { nodeIds, nodes, edges: steps } = elementsFromPath(path?.rows[0]);
      const edges = await orientUndirectedSteps(store, steps);
      const found = nodeIds.length > 0;
      res.json({ from, to, found, length: found ? nodeIds.length - 1 : null, nodes: nodeIds, edges: edges.map((e) => e.data.id), elements: { nodes, edges } });
    });
  },
};
