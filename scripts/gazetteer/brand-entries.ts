/**
 * Turns Simple Icons' brand list (data/simple-icons.json, CC0-1.0) into gazetteer entries: the well-known
 * software, languages, services and companies outside the CNCF landscape (Keras, Poetry, curl, Netflix).
 * Only names are taken; icons, colours and links are not.
 */
import type { GazetteerEntry } from '../../extractor/gazetteer/entry.ts';
import { variantAliases } from './derive-aliases.ts';

/** One record of data/simple-icons.json (only the fields read here). */
export interface BrandIcon {
  title: string;
  aliases?: { aka?: string[]; dup?: { title: string }[] };
}

/** Words that end a company's or institution's name rather than a product's ("Cockroach Labs", "Wikimedia Foundation"). */
const ORG_TAIL = /\s(?:Labs?|Foundation|Group|Corporation|Corp\.?|Inc\.?|Ltd\.?|GmbH|AG|Bank|Airlines|Airways|Institute|University|Industries|Technologies|Systems|Networks|Games|Motors?)$/;

/** A name too short to find in prose by itself ("X", "Qi", "2K"). */
const tooShort = (form: string): boolean => form.replace(/[^\p{L}\p{N}]/gu, '').length < 3;

export interface BrandJudges {
  /** The form already names a gazetteer entry: the landscape listing wins. */
  known: (form: string) => boolean;
  /** The title names a company (a tagger's organization list). */
  isOrganization: (title: string) => boolean;
  /** A one-word form that is a person's name or a place ("Hugo", "Bob"): it would name people, not the brand. */
  isNameOrPlace: (word: string) => boolean;
  /** A common English word, lowercase. */
  isCommonWord: (word: string) => boolean;
}

/** A form that cannot stand for the brand in prose; a common word in capitals ("NOW", "HERE") is emphasis. */
const unusable = (form: string, judges: BrandJudges): boolean =>
  tooShort(form) ||
  (!/\s/.test(form) && judges.isNameOrPlace(form.toLowerCase())) ||
  (/^\p{Lu}+$/u.test(form) && judges.isCommonWord(form.toLowerCase()));

/**
 * Entries for brands the landscape lacks. A brand sharing its icon with another ("React" and "React Native") gives
 * that other its own entry. Companies are Organizations; everything else is a Project, the type the annotation
 * rules give software, services and languages.
 */
export function brandEntries(icons: readonly BrandIcon[], judges: BrandJudges): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const all = icons.flatMap((icon): BrandIcon[] => [icon, ...(icon.aliases?.dup ?? []).map((d) => ({ title: d.title }))]);
  for (const icon of all) {
    const forms = [icon.title, ...(icon.aliases?.aka ?? [])];
    if (unusable(icon.title, judges) || forms.some(judges.known)) continue;
    const organization = ORG_TAIL.test(icon.title) || judges.isOrganization(icon.title);
    const aliases = [...forms.slice(1), ...variantAliases(icon.title, organization)].filter((a) => !unusable(a, judges) && !judges.known(a));
    entries.push({
      name: icon.title,
      type: organization ? 'Organization' : 'Project',
      aliases: [...new Set(aliases)],
      homepage: null,
      repo: null,
      maturity: null,
      category: null,
      subcategory: null,
      makers: [],
      brand: true,
    });
  }
  return entries;
}
