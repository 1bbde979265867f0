/** GET /api/search?q=: names and aliases, typo-tolerant, ranked exact > prefix > contains > fuzzy. */
import type { RouteModule } from '../context.ts';
import { errorResponses } from '../schemas/common.ts';
import { SearchQuery, SearchResult } from '../schemas/search.ts';

export const searchRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/search',
      summary: 'Search node names and aliases (typo-tolerant, ranked)',
      request: { query: SearchQuery },
      responses: { 200: { description: 'Ranked hits', content: { 'application/json': { schema: SearchResult } } }, ...errorResponses },
    },
  ],
  mount(router, { search }) {
    router.get('/api/search', async (req, res) => {
      const { q, limit, types } = SearchQuery.parse(req.query);
      res.json({ query: q, hits: await search.search(q, { limit, ...(types?.length ? { types } : {}) }) });
    });
  },
};
