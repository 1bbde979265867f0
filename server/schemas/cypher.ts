/** Schemas of POST /api/cypher: the request and the result. */
import { Elements, Row } from './common.ts';
import { z } from './zod.ts';

export const CypherRequest = z
  .object({
    query: z.string().trim().min(1, 'query must not be empty').max(20_000).openapi({ example: 'MATCH (p:Project) RETURN p.name AS name LIMIT 5' }),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
  .openapi('CypherRequest');

export const CypherResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(Row),
    truncated: z.boolean().openapi({ description: 'True when the row cap cut the result' }),
    elements: Elements,
  })
  .openapi('CypherResult');
