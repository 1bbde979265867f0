/** Validates a named query's params against the types its header declares (zod), filling optional ones with null. */
import { z } from 'zod';
import type { CypherFile } from './cypher-files.ts';
import { InvalidParamsError } from './errors.ts';

/** The zod schema for one declared param type; throws on a type the header grammar does not know. */
export function zodForParamType(type: string): z.ZodType {
  const int = /^integer\s+(-?\d+)\.\.(-?\d+)$/.exec(type);
  if (int) return z.number().int().min(Number(int[1])).max(Number(int[2]));
  switch (type) {
    case 'string':
      return z.string().min(1).max(1000);
    case 'string|null':
      return z.string().min(1).max(1000).nullable().default(null);
    default:
      throw new Error(`unknown param type "${type}"`);
  }
}

export function validateNamedParams(file: CypherFile, params: Record<string, unknown>): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const p of file.params) shape[p.name] = zodForParamType(p.type);
  const parsed = z.strictObject(shape).safeParse(params);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
    throw new InvalidParamsError(`invalid params for query "${file.name}": ${detail}`);
  }
  return parsed.data as Record<string, unknown>;
}
