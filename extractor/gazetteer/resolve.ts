/** Name resolution against the gazetteer: a surface form (e.g. a speaker's organization) to its canonical entity. */
import type { EntityType } from '../schema.ts';
import { nodeId } from '../ids.ts';
import { BY_KEY, type GazEntity } from './index.ts';
import { nameKey } from './tokenize.ts';

/** What callers outside the gazetteer need of an entity: its identity and landscape facts, not the matching hints. */
export type ResolvedEntity = Omit<GazEntity, 'makers' | 'prominent'>;

const LEGAL_SUFFIX = /,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.|ltd\.?|llc|gmbh|limited)$/i;

export function toResolved(e: GazEntity): ResolvedEntity {
  return { id: e.id, type: e.type, name: e.name, homepage: e.homepage, repo: e.repo, maturity: e.maturity, category: e.category };
}

function lookup(surface: string, hint?: EntityType): GazEntity | null {
  const forms = BY_KEY.get(nameKey(surface));
  if (!forms || forms.length === 0) return null;
  const typed = hint ? forms.find((f) => f.entity.type === hint) : undefined;
  return (typed ?? forms[0])?.entity ?? null;
}

/** Resolves a surface form to a canonical entity, or null if unknown ("Intel Corporation" -> Intel). */
export function resolveName(surface: string, hint?: EntityType): ResolvedEntity | null {
  const trimmed = surface.trim();
  if (!trimmed) return null;
  const found = lookup(trimmed, hint) ?? (LEGAL_SUFFIX.test(trimmed) ? lookup(trimmed.replace(LEGAL_SUFFIX, ''), hint) : null);
  return found ? toResolved(found) : null;
}

/** A canonical entity for a name the gazetteer does not know. */
export function unknownEntity(surface: string, type: EntityType): ResolvedEntity {
  return { id: nodeId(type, surface), type, name: surface.trim(), homepage: null, repo: null, maturity: null, category: null };
}
