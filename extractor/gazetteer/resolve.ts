/** Name resolution against the gazetteer (placeholder until the gazetteer lands). */
import type { EntityType } from '../schema.ts';
import { nodeId } from '../ids.ts';

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  homepage: string | null;
  repo: string | null;
  maturity: string | null;
  category: string | null;
}

/** Resolves a surface form (e.g. a speaker's organization) to a canonical entity, or null if unknown. */
export function resolveName(_surface: string, _hint?: EntityType): ResolvedEntity | null {
  return null;
}

/** A canonical entity for a name the gazetteer does not know. */
export function unknownEntity(surface: string, type: EntityType): ResolvedEntity {
  return { id: nodeId(type, surface), type, name: surface.trim(), homepage: null, repo: null, maturity: null, category: null };
}
