/** Schemas shared by several routes: the error body, ids, the graph elements JSON. */
import { NODE_TYPES } from '../../extractor/schema.ts';
import { z } from './zod.ts';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'No entity with id "project:nope".' }),
    }),
  })
  .openapi('Error');

export const EntityId = z
  .string()
  .min(1)
  .max(300)
  .openapi({ description: 'A node id such as project:kubernetes', example: 'project:rook' });

/** Cytoscape elements JSON; node/edge data are described in extractor/schema.ts. */
const DataRecord = z.record(z.string(), z.unknown());
export const Elements = z
  .object({
    // GET /api/graph places every node on the map (server/map-layout/stable-layout.ts).
    nodes: z.array(z.object({ data: DataRecord, position: z.object({ x: z.number(), y: z.number() }).optional() })),
    edges: z.array(z.object({ data: DataRecord })),
  })
  .openapi('Elements');

export const GraphBody = z.object({ elements: Elements, warnings: z.array(z.string()) }).openapi('Graph');

/** `?types=Project,Talk`: a comma-separated list of node types. */
export const TypeList = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const types = value.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
    const unknown = types.filter((t) => !(NODE_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown type(s) ${unknown.join(', ')}; use ${NODE_TYPES.join(', ')}` });
      return z.NEVER;
    }
    return types;
  })
  .openapi({ type: 'string', description: `Comma-separated node types: ${NODE_TYPES.join(', ')}`, example: 'Project,Talk' });

/** A query-string integer with bounds (query values arrive as strings). */
export function intParam(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

/** A row as returned by the store: column name -> JSON value. */
export const Row = z.record(z.string(), z.unknown()).openapi('Row');

export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorBody } } },
  503: { description: 'The graph store is unavailable', content: { 'application/json': { schema: ErrorBody } } },
} as const;
