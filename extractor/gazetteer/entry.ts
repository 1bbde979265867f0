/** The shape of one gazetteer entry as written to data/gazetteer.json. */
export type GazetteerType = 'Project' | 'Organization';

/**
 * How strictly a name may match:
 * `any` case-insensitive; `cased` only as written (capitals matter, e.g. common English words);
 * `context` like `cased` and never as the first word of a sentence unless the post also uses it mid-sentence.
 */
export type MatchRule = 'any' | 'cased' | 'context';

export interface GazetteerEntry {
  name: string;
  type: GazetteerType;
  aliases: string[];
  homepage: string | null;
  repo: string | null;
  maturity: string | null;
  category: string | null;
  subcategory: string | null;
  /** Organizations that make the item (from the landscape's crunchbase slugs), as canonical names. */
  makers: string[];
  /** Explicit match rule from data/aliases.yml; otherwise decided from the name at load time. */
  match?: MatchRule;
  /** Forms that are rare English words ("coder", "traversal"): they match only as written. */
  casedForms?: string[];
  /** Listed in data/aliases.yml: a name people in this ecosystem know (may match at a sentence start). */
  curated?: boolean;
  /** From the general brand list (data/simple-icons.json), not this ecosystem's: a person's name around it wins. */
  brand?: boolean;
}

export interface GazetteerFile {
  source: string;
  license: string;
  entries: GazetteerEntry[];
}
