/**
 * The other names the gazetteer knows for a project or organization ("k8s" for Kubernetes), by node id.
 * Nodes only carry the forms their posts wrote, so without these a search for a well-known
 * abbreviation finds nothing when no post happened to use it. Read-only use of data/gazetteer.json.
 */
import data from '../data/gazetteer.json' with { type: 'json' };
import type { GazetteerEntry } from '../extractor/gazetteer/entry.ts';
import { nodeId } from '../extractor/ids.ts';

let byId: Map<string, string[]> | null = null;

export function knownAliases(id: string): readonly string[] {
  if (!byId) {
    byId = new Map();
    for (const e of (data as { entries: GazetteerEntry[] }).entries) {
      if (e.aliases.length > 0) byId.set(nodeId(e.type, e.name), e.aliases);
    }
  }
  return byId.get(id) ?? [];
}
