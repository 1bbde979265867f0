/** Schemas of GET /api/graph: the type and event filters and the node cap. */
import { EntityId, TypeList } from './common.ts';
import { z } from './zod.ts';

export const GraphQuery = z.object({
  types: TypeList.optional(),
  event: EntityId.optional().openapi({ description: 'Only talks of this event (an Event id) and what they touch', example: 'event:kubecon-2017' }),
  limit: z.coerce.number().int().min(1).max(1_000_000).optional().openapi({ description: 'At most this many nodes (by id; the server has its own cap, 20000 by default)', example: 500 }),
});
