/** The cue word lists of data/lexicon/entity-cues.json as sets. */
import cues from '../../data/lexicon/entity-cues.json' with { type: 'json' };

export const NAMING_WORDS = new Set(cues.namingWords);
/** Who made or keeps a thing, before "of": the name after it is a project ("the creator of Zorb"). */
export const MAKER_WORDS = new Set(cues.makerWords);
export const PROJECT_NOUNS = new Set(cues.projectNouns);
/** Nouns of a published unit of code, before which a coined lowercase word is a name ("the knitr package"). */
export const PACKAGE_NOUNS = new Set(cues.packageNouns);
export const ORG_SUFFIXES = new Set(cues.orgSuffixes);
export const ARTICLES = new Set(cues.articles);
/** A capitalised unknown word right before one of these acts like software ("Promtail ships logs"). */
export const ACTING_VERBS = new Set(cues.actingVerbs);
/** ... or right after one of these is used like software ("we deployed Promtail"). */
export const OBJECT_VERBS = new Set(cues.objectVerbs);
/** Predicates that make the name before them a product ("Nomad is an alternative to", "Packer builds"), as word lists. */
export const PRODUCT_PREDICATES: ReadonlyArray<readonly string[]> = cues.productPredicates.map((p) => p.split(' '));
/** An unknown capitalised word right after one of these is where someone works or comes from ("engineers at Wolt"). */
export const ORIGIN_WORDS = new Set(cues.originWords);
export const EMPLOYMENT_WORDS = new Set(cues.employmentWords);
export const PLACE_PREPOSITIONS = new Set(cues.placePrepositions);
/** Technical words that are also some brand's name: in lowercase they are the word ("the readme", "a loopback device"). */
export const LOWERCASE_JARGON = new Set(cues.lowercaseJargon);
