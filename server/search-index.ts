/**
 * Typo-tolerant search over node names and aliases, held in memory and rebuilt (lazily) after each load.
 * Ranking: exact > prefix > contains > fuzzy (edit distance); ties go to the more-mentioned node.
 */
import { distance } from 'fastest-levenshtein';
import type { KnowledgeGraph, NodeType } from '../extractor/schema.ts';
import { knownAliases } from './known-aliases.ts';

export type MatchKind = 'exact' | 'prefix' | 'contains' | 'fuzzy';
const KIND_RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, contains: 2, fuzzy: 3 };

export interface SearchHit {
  id: string;
  name: string;
  type: NodeType;
  /** The name or alias that matched. */
  matched: string;
  match: MatchKind;
  /** Edit distance for fuzzy matches, 0 otherwise. */
  distance: number;
  /** How many MENTIONS point at the node (talks and posts). */
  mentions: number;
}

interface Candidate {
  id: string;
  name: string;
  type: NodeType;
  mentions: number;
  /** [surface form, its normalized key] */
  forms: Array<[string, string]>;
}

/** Case, accents and punctuation do not matter: "cri-o", "CRI O" and "crio" meet. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, '');
}

/** How many edits a query of this length may carry and still count as a fuzzy match. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

function bestMatch(query: string, forms: Array<[string, string]>): { kind: MatchKind; form: string; dist: number } | null {
  let best: { kind: MatchKind; form: string; dist: number } | null = null;
  const consider = (kind: MatchKind, form: string, dist: number) => {
    if (best === null || KIND_RANK[kind] < KIND_RANK[best.kind] || (kind === best.kind && dist < best.dist)) {
      best = { kind, form, dist };
    }
  };
  const budget = allowedEdits(query.length);
  for (const [form, key] of forms) {
    if (key.length === 0) continue;
    if (key === query) consider('exact', form, 0);
    else if (key.startsWith(query)) consider('prefix', form, 0);
    else if (key.includes(query)) consider('contains', form, 0);
    else if (budget > 0) {
      // Compare with the whole key and with its start, so "kuberntes" finds "Kubernetes" and "promethe" typos find prefixes.
      const whole = distance(query, key);
      const head = key.length > query.length ? distance(query, key.slice(0, query.length)) : whole;
      const dist = Math.min(whole, head);
      if (dist <= budget) consider('fuzzy', form, dist);
    }
  }
  return best;
}

export class SearchIndex {
  private candidates: Candidate[] | null = null;
  private building: Promise<Candidate[]> | null = null;
  private builtAt = 0;
  /** Answers by query, type filter and limit; autocomplete asks the same prefixes again and again. */
  private readonly answers = new Map<string, SearchHit[]>();

  /** maxAgeMs: rebuild after this long even without invalidate() (for stores others may write to). */
  constructor(
    private readonly source: () => Promise<KnowledgeGraph>,
    private readonly maxAgeMs = Infinity,
  ) {}

  /** Drop the index; the next search rebuilds it from the store. */
  invalidate(): void {
    this.candidates = null;
    this.building = null;
    this.answers.clear();
  }

  async search(text: string, options: { limit: number; types?: string[] }): Promise<SearchHit[]> {
    const query = normalize(text);
    if (query.length === 0) return [];
    const candidates = await this.load();
    const key = `${options.limit}|${options.types?.join(',') ?? ''}|${query}`;
    const known = this.answers.get(key);
    if (known) return known;
    const hits: SearchHit[] = [];
    for (const c of candidates) {
      if (options.types && !options.types.includes(c.type)) continue;
      const m = bestMatch(query, c.forms);
      if (m) hits.push({ id: c.id, name: c.name, type: c.type, matched: m.form, match: m.kind, distance: m.dist, mentions: c.mentions });
    }
    hits.sort(
      (a, b) =>
        KIND_RANK[a.match] - KIND_RANK[b.match] ||
        a.distance - b.distance ||
        b.mentions - a.mentions ||
        a.name.length - b.name.length ||
        a.name.localeCompare(b.name),
    );
    const answer = hits.slice(0, options.limit);
    if (this.answers.size >= 2_000) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }

  private async load(): Promise<Candidate[]> {
    if (this.candidates && Date.now() - this.builtAt > this.maxAgeMs) this.invalidate();
    if (this.candidates) return this.candidates;
    if (!this.building) {
      const building = this.source().then((graph) => buildCandidates(graph));
      this.building = building;
      building.then(
        (c) => {
          if (this.building === building) {
            this.candidates = c;
            this.builtAt = Date.now();
          }
        },
        () => {
          if (this.building === building) this.building = null;
        },
      );
    }
    return this.building;
  }
}

function buildCandidates(graph: KnowledgeGraph): Candidate[] {
  const mentions = new Map<string, number>();
  for (const { data } of graph.elements.edges) {
    if (data.type === 'MENTIONS') mentions.set(data.target, (mentions.get(data.target) ?? 0) + 1);
  }
  return graph.elements.nodes.map(({ data }) => {
    // The gazetteer's other names too (k8s, kube): well-known abbreviations find their node.
    const surfaces = new Set<string>([data.name, ...data.aliases, ...(data.type === 'Project' || data.type === 'Organization' ? knownAliases(data.id) : [])]);
    if (data.type === 'Talk' || data.type === 'Post') surfaces.add(data.title);
    return {
      id: data.id,
      name: data.name,
      type: data.type,
      mentions: mentions.get(data.id) ?? 0,
      forms: [...surfaces].map((s): [string, string] => [s, normalize(s)]),
    };
  });
}
