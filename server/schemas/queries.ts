/** Schemas of GET /api/queries[/:name]: the library entries, the name and params, the result. */
import { Elements, Row } from './common.ts';
import { z } from './zod.ts';

export const QueryInfoSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    params: z.array(z.object({ name: z.string(), type: z.string().openapi({ example: 'integer 1..500' }) })),
    columns: z.array(z.string()),
    cypher: z.string().openapi({ description: 'The statement (read-only), for the console' }),
  })
  .openapi('NamedQuery');

export const QueryName = z.object({ name: z.string().regex(/^[a-z0-9-]{1,80}$/, 'a query name is lowercase words joined by dashes') });
export const QueryParams = z.record(z.string(), z.string().max(500)).openapi({ description: 'The query parameters, e.g. ?id=project:rook&limit=5' });
/** For the document: the parameters the named queries use (each query takes a subset, see GET /api/queries). */
export const QueryParamsDoc = z.object(
  Object.fromEntries(['id', 'from', 'to', 'q', 'event', 'limit', 'depth'].map((p) => [p, z.string().optional()])),
);
export const NamedResult = z
  .object({
    name: z.string(),
    params: z.record(z.string(), z.unknown()),
    columns: z.array(z.string()),
    rows: z.array(Row),
    truncated: z.boolean().openapi({ description: 'Always false: named queries bound their own results' }),
    elements: Elements,
  })
  .openapi('NamedQueryResult');
