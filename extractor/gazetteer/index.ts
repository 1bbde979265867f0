/** The gazetteer compiled once at module load: entities with ids, a token trie over every form, host and repo indexes. */
import data from '../../data/gazetteer.json' with { type: 'json' };
import type { EntityType } from '../schema.ts';
import { nodeId } from '../ids.ts';
import type { GazetteerEntry, MatchRule } from './entry.ts';
import { isCommonWord, isNonEntity } from './lexicon.ts';
import { matchRuleFor } from './match-rule.ts';
import { nameKey, tokenize } from './tokenize.ts';

export interface GazEntity {
  id: string;
  type: EntityType;
  name: string;
  homepage: string | null;
  repo: string | null;
  maturity: string | null;
  category: string | null;
  makers: string[];
  /** CNCF-hosted or hand-listed: known well enough to be trusted at a sentence start or as a typo target. */
  prominent: boolean;
  /** From the general brand list: it never vetoes a person's name ("Max Feldman", "Dan Vega"). */
  brand: boolean;
}

export interface FormRef {
  entity: GazEntity;
  form: string;
  /** The form's tokens as written (for case-sensitive rules). */
  tokens: string[];
  rule: MatchRule;
  canonical: boolean;
  /** Kept for lookups and links, never matched in prose (a lowercase everyday or rare word). */
  linkOnly: boolean;
  /** A rarer English word ("Superset"): the name only as written, never the word in lowercase. */
  rareWord: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  forms: FormRef[];
}

const entries = (data as { entries: GazetteerEntry[] }).entries;

export const ENTITIES: GazEntity[] = entries.map((e) => ({
  id: nodeId(e.type, e.name),
  type: e.type,
  name: e.name,
  homepage: e.homepage,
  repo: e.repo,
  maturity: e.maturity,
  category: e.subcategory ? `${e.category ?? ''} / ${e.subcategory}` : e.category,
  makers: e.makers,
  prominent: e.maturity === 'graduated' || e.maturity === 'incubating' || Boolean(e.curated),
  brand: Boolean(e.brand),
}));

export const TRIE: TrieNode = { next: new Map(), forms: [] };
/** Every form by its lowercase key, best first. */
export const BY_KEY = new Map<string, FormRef[]>();
export const BY_HOST = new Map<string, GazEntity>();
export const BY_REPO = new Map<string, GazEntity>();
export const BY_ID = new Map<string, GazEntity>();
/**
 * Companies whose one-word name is also a platform's, never an entity in prose ("on Twitter", "a LinkedIn post"):
 * by that name as written, matched only where it names someone's employer.
 */
export const EMPLOYER_ONLY = new Map<string, GazEntity>();

const rank = (f: FormRef): number => (f.canonical ? 0 : 4) + (f.entity.maturity ? 0 : 2) + (f.entity.prominent ? 0 : 1);

function addForm(ref: FormRef): void {
  const key = nameKey(ref.form);
  if (!key) return;
  // A lowercase everyday word ("kind", "flux") names a project only in links and lookups, never in prose.
  if (!key.includes(' ') && ref.form === key && isCommonWord(key)) ref.linkOnly = true;
  const list = BY_KEY.get(key) ?? [];
  if (list.some((f) => f.entity === ref.entity && f.form === ref.form)) return;
  list.push(ref);
  list.sort((a, b) => rank(a) - rank(b));
  BY_KEY.set(key, list);
  if (ref.linkOnly) return;
  let node = TRIE;
  for (const part of key.split(' ')) {
    let child = node.next.get(part);
    if (!child) {
      child = { next: new Map(), forms: [] };
      node.next.set(part, child);
    }
    node = child;
  }
  node.forms = list;
}

export function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m?.[1]?.toLowerCase() ?? null;
}

/** "https://github.com/heptio/ark/tree/x" -> "heptio/ark" (GitHub and GitLab only). */
export function repoPathOf(url: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com)\/([\w.-]+)\/([\w.-]+)/i.exec(url);
  return m?.[1] && m[2] ? `${m[1]}/${m[2].replace(/\.git$/, '')}`.toLowerCase() : null;
}

const hostClash = new Set<string>();

entries.forEach((e, i) => {
  const entity = ENTITIES[i];
  if (!entity) return;
  BY_ID.set(entity.id, entity);
  for (const form of [e.name, ...e.aliases]) {
    if (isNonEntity(form)) {
      if (entity.type === 'Organization' && /^\p{Lu}[\p{L}\d]+$/u.test(form)) EMPLOYER_ONLY.set(form, entity);
      continue;
    }
    const rare = e.casedForms?.includes(form) ?? false;
    const rule = rare ? 'cased' : matchRuleFor(form, e.match, e.brand);
    // A rare word in lowercase ("coder") is that word, not the name.
    addForm({ entity, form, tokens: tokenize(form).map((t) => t.text), rule, canonical: form === e.name, linkOnly: rare && form === form.toLowerCase(), rareWord: rare });
  }
  const repo = e.repo ? repoPathOf(e.repo) : null;
  if (repo && !BY_REPO.has(repo)) BY_REPO.set(repo, entity);
  // Homepages on a shared host (github.com, a vendor's product page) do not identify one entity.
  const host = e.homepage ? hostOf(e.homepage) : null;
  const path = e.homepage ? (e.homepage.split(host ?? '')[1] ?? '') : '';
  if (host && /^\/?$/.test(path) && host !== 'github.com' && host !== 'gitlab.com') {
    if (BY_HOST.has(host) || hostClash.has(host)) {
      BY_HOST.delete(host);
      hostClash.add(host);
    } else BY_HOST.set(host, entity);
  }
});
