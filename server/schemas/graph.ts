/** Schemas of GET /api/graph: the type and event filters. */
import { EntityId, TypeList } from './common.ts';
import { z } from './zod.ts';

export const GraphQuery = z.object({
  types: TypeList.optional(),
  event: EntityId.optional().openapi({ description: 'Only talks of this event (an Event id) and what they touch', example: 'event:kubecon-2017' }),
});
