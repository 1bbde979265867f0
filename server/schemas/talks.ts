/** Schemas of GET /api/talks: the event filter and the list. */
import { EntityId, Row } from './common.ts';
import { z } from './zod.ts';

export const TalksQuery = z.object({ event: EntityId.optional().openapi({ example: 'event:kubecon-2017' }) });
export const TalkList = z.object({ talks: z.array(Row) }).openapi('TalkList');
