/**
 * A small LRU cache of computed API answers, cleared whenever the app loads into the store. Concurrent
 * requests for the same key share one computation; failures are not cached.
 */
import { createHash } from 'node:crypto';

/** A serialized answer and its weak ETag (the form Express itself would compute). */
export interface CachedJson {
  json: string;
  etag: string;
}

export function withEtag(json: string): CachedJson {
  const hash = createHash('sha1').update(json, 'utf8').digest('base64').slice(0, 27);
  return { json, etag: `W/"${Buffer.byteLength(json, 'utf8').toString(16)}-${hash}"` };
}

export class ViewCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; at: number }>();

  /** ttlMs 0 disables the cache (every get computes); Infinity keeps entries until clear(). */
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 5_000,
  ) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) {
      // Re-insert so the Map's order stays least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const entry = { value, at: now };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
