/** Schemas of GET /api/search: the query and the ranked hits. */
import { TypeList, intParam } from './common.ts';
import { z } from './zod.ts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200).openapi({ example: 'rook' }),
  limit: intParam(1, 100, 10).openapi({ type: 'integer', example: 10 }),
  types: TypeList.optional(),
});

export const SearchHit = z
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

export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) }).openapi('SearchResult');
