/** Schemas of GET /api/path: the two ends and the path. */
import { EntityId, Elements } from './common.ts';
import { z } from './zod.ts';

export const PathQuery = z.object({ from: EntityId, to: EntityId });
export const PathResult = z
  .object({ from: z.string(), to: z.string(), found: z.boolean(),
    length: z.number().int().nullable(),
    nodes: z.array(z.string()).openapi({ description: 'Node ids in path order, from `from` to `to`' }),
    edges: z.array(z.string()).openapi({ description: 'Edge ids in path order' }),
    elements: Elements.openapi({ description: 'Path nodes and edges (real edge ids and directions); edges carry pathIndex' }),
  })
  .openapi('PathResult');
