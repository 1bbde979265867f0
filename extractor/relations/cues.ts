/** Relation cue phrases from data/lexicon/relation-cues.json, split into word sequences once. */
import cues from '../../data/lexicon/relation-cues.json' with { type: 'json' };

export type Phrase = readonly string[];
/** Phrases by their first word, longest first, so matching costs one map lookup per word. */
export type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

/** The indexes that hold a phrase opening with each word: a sentence's words outside it start no phrase at all. */
const indexesByFirstWord = new Map<string, PhraseIndex[]>();

/** The phrase indexes with a phrase that opens with `word` (none for most words). */
export function indexesStartedBy(word: string): readonly PhraseIndex[] | undefined {
  return indexesByFirstWord.get(word);
}

export function phrases(list: readonly string[]): PhraseIndex {
  const index = new Map<string, Phrase[]>();
  for (const p of list.map((s) => s.split(' ')).sort((a, b) => b.length - a.length)) {
    const first = p[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), p]);
  }
  for (const first of index.keys()) indexesByFirstWord.set(first, [...(indexesByFirstWord.get(first) ?? []), index]);
  return index;
}

export const CUES = {
  useVerbs: phrases(cues.useVerbs),
  integrateVerbs: phrases(cues.integrateVerbs),
  dataFlowVerbs: phrases(cues.dataFlowVerbs),
  dataFlowTargets: new Set(cues.dataFlowTargets),
  integrationNouns: new Set(cues.integrationNouns),
  integrationPrepositions: new Set(cues.integrationPrepositions),
  integrationSuffixNouns: new Set(cues.integrationSuffixNouns),
  availableCues: phrases(cues.availableCues),
  implementVerbs: phrases(cues.implementVerbs),
  implementSuffixNouns: new Set(cues.implementSuffixNouns),
  conformWords: new Set(cues.conformWords),
  specWords: new Set(cues.specWords),
  alternativeCues: phrases(cues.alternativeCues),
  makerVerbs: phrases(cues.makerVerbs),
  makerPassive: phrases(cues.makerPassive),
  makerFrom: new Set(cues.makerFrom),
  integrateTransitive: phrases(cues.integrateTransitive),
  integrateTransitiveLinks: new Set(cues.integrateTransitiveLinks),
  implementOf: phrases(cues.implementOf),
  clauseSubjectVerbs: new Set(cues.clauseSubjectVerbs),
  clauseJoins: new Set(cues.clauseJoins),
  namingWords: new Set(cues.namingWords),
  ownershipWords: new Set(cues.ownershipWords),
  hostedCues: phrases(cues.hostedCues),
  hostedSuffix: new Set(cues.hostedSuffix),
  donateVerbs: phrases(cues.donateVerbs),
  pronouns: new Set(cues.pronouns),
  implicitOpeners: phrases(cues.implicitOpeners),
  clauseBreaks: new Set(cues.clauseBreaks),
  replaceVerbs: phrases(cues.replaceVerbs),
  replacingCues: phrases(cues.replacingCues),
  switchFromCues: phrases(cues.switchFromCues),
  choiceWords: new Set(cues.choiceWords),
  preferWords: new Set(cues.preferWords),
  versusWords: new Set(cues.versusWords),
  alternativeNouns: new Set(cues.alternativeNouns),
  companyBuilding: phrases(cues.companyBuilding),
  descriptionNouns: new Set(cues.descriptionNouns),
};
