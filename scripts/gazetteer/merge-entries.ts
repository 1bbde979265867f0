/** Merges gazetteer entries that name the same thing and applies the hand-kept overlay (data/aliases.yml). */
import type { GazetteerEntry, GazetteerType, MatchRule } from '../../extractor/gazetteer/entry.ts';

export const normName = (s: string): string => s.toLowerCase().replace(/[\s_.-]+/g, ' ').trim();

/**
 * One entry per normalised name. A CNCF-hosted project keeps its name against a same-named member company
 * (Cortex); otherwise the Organization listing wins over its eponymous product (Elastic, Tigera).
 */
export function mergeDuplicates(entries: GazetteerEntry[]): GazetteerEntry[] {
  const byName = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const key = normName(e.name);
    const prev = byName.get(key);
    if (!prev) {
      byName.set(key, { ...e, aliases: [...e.aliases], makers: [...e.makers] });
      continue;
    }
    const hosted = (x: GazetteerEntry): boolean => x.type === 'Project' && x.maturity !== null;
    if (hosted(e)) prev.type = 'Project';
    else if (e.type === 'Organization' && !hosted(prev)) prev.type = 'Organization';
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
    prev.makers = [...new Set([...prev.makers, ...e.makers])];
    prev.homepage ??= e.homepage;
    prev.repo ??= e.repo;
    prev.maturity ??= e.maturity;
    if (prev.category === null || prev.category === 'CNCF Members') {
      prev.category = e.category ?? prev.category;
      prev.subcategory = e.subcategory ?? prev.subcategory;
    }
  }
  return [...byName.values()];
}

/** One record of data/aliases.yml. */
export interface AliasOverlay {
  name: string;
  /** Existing gazetteer name this record renames/extends (defaults to `name`). */
  from?: string;
  type?: GazetteerType;
  aliases?: string[];
  homepage?: string;
  repo?: string;
  makers?: string[];
  match?: MatchRule;
  /** Drop the entry entirely (a landscape listing that is not a nameable thing in prose). */
  drop?: boolean;
}

export function applyOverlay(entries: GazetteerEntry[], overlay: AliasOverlay[]): GazetteerEntry[] {
  const index = new Map<string, GazetteerEntry>();
  for (const e of entries) index.set(normName(e.name), e);
  const dropped = new Set<GazetteerEntry>();
  for (const o of overlay) {
    const found = index.get(normName(o.from ?? o.name)) ?? index.get(normName(o.name));
    const target: GazetteerEntry = found ?? {
      name: o.name, type: o.type ?? 'Organization', aliases: [], homepage: null, repo: null,
      maturity: null, category: null, subcategory: null, makers: [],
    };
    if (!found) {
      entries.push(target);
      index.set(normName(o.name), target);
    }
    if (o.drop) {
      dropped.add(target);
      continue;
    }
    if (target.name !== o.name) {
      target.aliases.push(target.name);
      target.name = o.name;
      index.set(normName(o.name), target);
    }
    target.curated = true;
    if (o.type) target.type = o.type;
    if (o.aliases) target.aliases = [...new Set([...target.aliases, ...o.aliases])];
    if (o.homepage) target.homepage = o.homepage;
    if (o.repo) target.repo = o.repo;
    if (o.makers) target.makers = [...new Set([...target.makers, ...o.makers])];
    if (o.match) target.match = o.match;
  }
  // Hand-kept aliases are authoritative: no derived alias elsewhere may claim the same name.
  const owner = new Map<string, GazetteerEntry>();
  for (const o of overlay) {
    const target = index.get(normName(o.name));
    if (target && !o.drop) for (const a of [o.name, ...(o.aliases ?? [])]) owner.set(normName(a), target);
  }
  for (const e of entries) e.aliases = e.aliases.filter((a) => (owner.get(normName(a)) ?? e) === e);
  return entries.filter((e) => !dropped.has(e));
}
