/** GET /api/entities/:id: one node, its neighbours, the talks that mention it (evidence, speakers, organizations) and who is behind them. */
import type { RouteModule } from '../context.ts';
import { loadEntityView } from '../load-entity-view.ts';
import { notFound } from '../http-error.ts';
import { ErrorBody, Elements, EntityId, Row, errorResponses } from '../schemas/common.ts';
import { z } from '../schemas/zod.ts';

const EntityParams = z.object({ id: EntityId });
const Data = z.record(z.string(), z.unknown());

const EntityView = z
  .object({
    node: Data.openapi({ description: 'The node data (see the graph schema)' }),
    talkCount: z.number().int().openapi({ description: 'How many talks mention it' }),
    mentionCount: z.number().int().openapi({ description: 'How many times those talks mention it' }),
    neighbours: z.array(z.object({ node: Data, edge: Data })).openapi({ description: 'Every relationship of the node with the node at its other end' }),
    elements: Elements.openapi({ description: 'The node, its neighbours and their edges, ready to draw' }),
    talks: z
      .array(
        z.object({
          talk: Data,
          count: z.number().int().nullable(),
          evidence: z.array(z.object({ text: z.string(), url: z.string() })),
          speakers: z.array(z.object({ id: z.string(), name: z.string(), organizations: z.array(z.object({ id: z.string(), name: z.string() })) })),
        }),
      )
      .openapi({ description: 'The talks that mention it, each with the sentences that say so and its speakers' }),
    presented: z
      .array(z.object({ talk: Data, speakers: z.array(z.object({ id: z.string(), name: z.string() })) }))
      .openapi({ description: "For a person, the talks they presented; for an organization, its people's talks" }),
    people: z.array(Row).openapi({ description: 'Rows of entity-people: the speakers (and organizations) behind the mentions, ranked' }),
    mentions: z.array(Row).openapi({ description: 'For a talk, rows of talk-mentions: what it mentions, with evidence' }),
  })
  .openapi('EntityView');

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
      // Cached as JSON text: a well-connected node's view is 100+ kB, and serializing it was most of a cached request.
      const json = await entities.get(id, async () => {
        const view = await loadEntityView(store, id);
        if (!view) throw notFound(`No entity with id "${id}".`);
        return JSON.stringify(view);
      });
      res.type('application/json').send(json);
    });
  },
};
