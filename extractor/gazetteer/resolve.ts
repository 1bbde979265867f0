/** Name resolution against the gazetteer: a surface form (e.g. a speaker's organization) to its canonical entity. */
import type { EntityType } from '../schema.ts';
import { nodeId } from '../ids.ts';
import { BY_KEY, type GazEntity } from './index.ts';
import { nameKey } from './tokenize.ts';

/** What callers outside the gazetteer need of an entity: its identity and landscape facts, not the matching hints. */
export type ResolvedEntity = Omit<GazEntity, 'makers' | 'prominent' | 'brand'>;

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

/**
 * Does the word name a project or company of its own, so that it cannot be part of a person's name ("Kubernetes
 * Basics")? Names from the general brand list do not count: "Max", "Vega" and "Jordan" are people's names too.
 */
export function namesAThing(word: string): boolean {
  return BY_KEY.get(nameKey(word.trim()))?.some((f) => !f.entity.brand) ?? false;
}

/**
 * Is the name a project rather than a possible employer ("a co-author of Helm")? Brand-list names do not count:
 * their type is a guess, and "Tesla" is a company as well as a car.
 */
export function namesAProject(surface: string): boolean {
  const best = BY_KEY.get(nameKey(surface.trim()))?.[0]?.entity;
  return best?.type === 'Project' && !best.brand;
}

/** A canonical entity for a name the gazetteer does not know. */
export function unknownEntity(surface: string, type: EntityType): ResolvedEntity {
  return { id: nodeId(type, surface), type, name: surface.trim(), homepage: null, repo: null, maturity: null, category: null };
}
