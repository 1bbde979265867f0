/** Turns the CNCF landscape (landscape.yml) into gazetteer entries: items are projects/products, member lists and makers are organizations. */
import type { GazetteerEntry, GazetteerType } from '../../extractor/gazetteer/entry.ts';
import { orgAlias, repoAlias, splitLandscapeName, variantAliases, vendorlessAlias } from './derive-aliases.ts';

interface Item {
  name?: string;
  homepage_url?: string;
  repo_url?: string;
  project?: string;
  crunchbase?: string;
}
interface Subcategory { name?: string; items?: Item[] }
interface Category { name?: string; subcategories?: Subcategory[] }
export interface Landscape { landscape?: Category[] }

/** Categories whose items are companies and foundations rather than things they make. */
const ORG_CATEGORIES = new Set(['CNCF Members']);
const ORG_SUBCATEGORIES = new Set(['Kubernetes Certified Service Provider', 'Kubernetes and Cloud Native Training Partner']);

function slugOf(crunchbase: string | undefined): string | null {
  const m = /crunchbase\.com\/organization\/([^/?#]+)/.exec(crunchbase ?? '');
  return m?.[1] ?? null;
}

/** "amazon-web-services" -> "Amazon Web Services" (only used when no member listing names the slug). */
function titleFromSlug(slug: string): string {
  return slug
    .replace(/-\d+$/, '').replace(/-(com|inc|io|hq|corp|llc|gmbh)$/, '')
    .split('-')
    .map((w) => (w.length <= 2 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function landscapeEntries(doc: Landscape, isCommonWord: (w: string) => boolean): GazetteerEntry[] {
  const bySlug = new Map<string, string>();
  const raw: { item: Item; type: GazetteerType; category: string | null; subcategory: string | null }[] = [];
  for (const cat of doc.landscape ?? []) {
    for (const sub of cat.subcategories ?? []) {
      for (const item of sub.items ?? []) {
        if (!item.name) continue;
        const isOrg = ORG_CATEGORIES.has(cat.name ?? '') || ORG_SUBCATEGORIES.has(sub.name ?? '');
        const slug = slugOf(item.crunchbase);
        if (isOrg && slug && !bySlug.has(slug)) bySlug.set(slug, splitLandscapeName(item.name).name);
        raw.push({ item, type: isOrg ? 'Organization' : 'Project', category: cat.name ?? null, subcategory: sub.name ?? null });
      }
    }
  }
  const makerName = (slug: string): string => bySlug.get(slug) ?? titleFromSlug(slug);
  const entries: GazetteerEntry[] = [];
  const makers = new Set<string>();
  for (const { item, type, category, subcategory } of raw) {
    const split = splitLandscapeName(item.name ?? '');
    const slug = slugOf(item.crunchbase);
    const maker = slug ? makerName(slug) : null;
    if (maker) makers.add(maker);
    const aliases = [...split.aliases, ...variantAliases(split.name, type === 'Organization')];
    const repo = repoAlias(item.repo_url ?? null, isCommonWord);
    if (repo) aliases.push(repo);
    const org = type === 'Project' ? orgAlias(split.name, item.repo_url ?? null, isCommonWord) : null;
    if (org && org !== repo) aliases.push(org);
    const vendorless = type === 'Project' ? vendorlessAlias(split.name, isCommonWord) : null;
    if (vendorless) aliases.push(vendorless);
    entries.push({
      name: split.name,
      type,
      aliases,
      homepage: item.homepage_url ?? null,
      repo: item.repo_url ?? null,
      maturity: item.project ?? null,
      category,
      subcategory,
      makers: type === 'Project' && maker && maker !== split.name ? [maker] : [],
    });
  }
  for (const name of makers) {
    entries.push({ name, type: 'Organization', aliases: variantAliases(name, true), homepage: null, repo: null, maturity: null, category: null, subcategory: null, makers: [] });
  }
  return entries;
}
