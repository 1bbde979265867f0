/** GET /api/entities/:id: one node, its neighbours, the talks that mention it (evidence, speakers, organizations) and who is behind them. */
import type { RouteModule } from '../context.ts';
import { loadEntityView } from '../load-entity-view.ts';
import { withEtag } from '../view-cache.ts';
import { notFound } from '../http-error.ts';
import { ErrorBody, errorResponses } from '../schemas/common.ts';
import { EntityParams, EntityView } from '../schemas/entities.ts';

export const entitiesRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/entities/{id}',
      summary: "A node's details, neighbours and the talks that mention it (with evidence)",
      request: { params: EntityParams },
      responses: {
        200: { description: 'The entity view', content: { 'application/json': { schema: EntityView } } },
        ...errorResponses,
        404: { description: 'No node with that id', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  ],
  mount(router, { store, entities }) {
    router.get('/api/entities/:id', async (req, res) => {
      const { id } = EntityParams.parse(req.params);
      // Cached as JSON text with its ETag: a well-connected node's view is 100+ kB, and serializing and
      // hashing it again was most of a cached request. Express answers 304 itself when the ETag matches.
      const { json, etag } = await entities.get(id, async () => {
        const view = await loadEntityView(store, id);
        if (!view) throw notFound(`No entity with id "${id}".`);
        return withEtag(JSON.stringify(view));
      });
      res.set('ETag', etag).type('application/json').send(json);
    });
  },
};
