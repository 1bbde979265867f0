/** GET /api/search?q=: names and aliases, typo-tolerant, ranked exact > prefix > contains > fuzzy. */
import type { RouteModule } from '../context.ts';
import { TypeList, errorResponses, intParam } from '../schemas/common.ts';
import { z } from '../schemas/zod.ts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200).openapi({ example: 'rook' }),
  limit: intParam(1, 100, 10).openapi({ type: 'integer', example: 10 }),
  types: TypeList.optional(),
});

const SearchHit = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    matched: z.string().openapi({ description: 'The name or alias that matched' }),
    match: z.enum(['exact', 'prefix', 'contains', 'fuzzy']),
    distance: z.number().int(),
    mentions: z.number().int(),
  })
  .openapi('SearchHit');

const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) }).openapi('SearchResult');

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
