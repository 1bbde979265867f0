/** Relation cue phrases from data/lexicon/relation-cues.json, split into word sequences once. */
import cues from '../../data/lexicon/relation-cues.json' with { type: 'json' };

export type Phrase = readonly string[];
/** Phrases by their first word, longest first, so matching costs one map lookup per word. */
export type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

/** What a word can open or be for the rules: the phrase indexes with a phrase it opens, the cue-word families it is in. */
export interface WordCues {
  indexes: PhraseIndex[];
  families: number;
}

/** The cues each word can open: a sentence's words outside this map start no phrase and are no cue word at all. */
const cuesByWord = new Map<string, WordCues>();

function cuesOf(word: string): WordCues {
  let cues = cuesByWord.get(word);
  if (!cues) cuesByWord.set(word, (cues = { indexes: [], families: 0 }));
  return cues;
}

/** The phrase indexes and cue-word families of `word` (none for most words). */
export function wordCues(word: string): WordCues | undefined {
  return cuesByWord.get(word);
}

export function phrases(list: readonly string[]): PhraseIndex {
  const index = new Map<string, Phrase[]>();
  for (const p of list.map((s) => s.split(' ')).sort((a, b) => b.length - a.length)) {
    const first = p[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), p]);
  }
  for (const first of index.keys()) cuesOf(first).indexes.push(index);
  return index;
}

/** Bits handed out to cue-word families (a bit each, 31 at most). */
let nextFamily = 1;

/**
 * A family of single cue words a rule looks for at every slot ("called", "named"): its bit is set for a sentence
 * holding one of them, so the rule skips the sentences without any (it could find nothing there).
 */
export function wordFamily(words: Iterable<string>): number {
  const bit = nextFamily;
  if (bit > 1 << 30) throw new Error('too many cue-word families');
  nextFamily <<= 1;
  for (const w of words) cuesOf(w).families |= bit;
  return bit;
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
