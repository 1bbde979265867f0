/** Maps extracted names to gold entities: a match is any normalised name/alias in common (same type preferred). */
import type { GoldEntity } from './gold.ts';
import { norm } from './normalise.ts';

export class EntityIndex {
  private byName = new Map<string, GoldEntity[]>();

  constructor(readonly entities: GoldEntity[]) {
    for (const e of entities) {
      for (const n of new Set([e.name, ...e.aliases].map(norm))) {
        if (!n) continue;
        const list = this.byName.get(n) ?? [];
        list.push(e);
        this.byName.set(n, list);
      }
    }
  }

  /** The gold entity one of `names` denotes; of type `type` when one fits, else of any type when `anyType`. */
  find(names: string[], type: string | null, anyType = true): GoldEntity | null {
    const candidates = names.flatMap((n) => this.byName.get(norm(n)) ?? []);
    return candidates.find((e) => type === null || e.type === type) ?? (anyType ? (candidates[0] ?? null) : null);
  }

  /** The gold entity named exactly `name` (gold relations and mentions use canonical names). */
  byCanonical(name: string, type: string | null = null): GoldEntity | null {
    return this.find([name], type);
  }
}

export function entityKey(e: GoldEntity): string {
  return `${e.type}:${norm(e.name)}`;
}
