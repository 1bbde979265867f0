/** Schemas of GET /api/health: the answer. */
import { z } from './zod.ts';

export const Health = z
  .object({
    ok: z.boolean(),
    store: z.enum(['embedded', 'neo4j']),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('Health');
