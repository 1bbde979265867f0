/** GET /api/talks: every talk (optionally of one event) with its speakers, video and post link. */
import type { RouteModule } from '../context.ts';
import { errorResponses } from '../schemas/common.ts';
import { TalksQuery, TalkList } from '../schemas/talks.ts';

export const talksRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/talks',
      summary: 'All talks (rows of the list-talks query), optionally of one event',
      request: { query: TalksQuery },
      responses: { 200: { description: 'The talks', content: { 'application/json': { schema: TalkList } } }, ...errorResponses },
    },
  ],
  mount(router, { store }) {
    router.get('/api/talks', async (req, res) => {
      const { event } = TalksQuery.parse(req.query);
      const result = await store.runNamed('list-talks', { event: event ?? null });
      res.json({ talks: result.rows });
    });
  },
};
