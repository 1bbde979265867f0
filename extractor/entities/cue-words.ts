/** The cue word lists of data/lexicon/entity-cues.json as sets. */
import cues from '../../data/lexicon/entity-cues.json' with { type: 'json' };

export const NAMING_WORDS = new Set(cues.namingWords);
export const PROJECT_NOUNS = new Set(cues.projectNouns);
export const ORG_SUFFIXES = new Set(cues.orgSuffixes);
export const ARTICLES = new Set(cues.articles);
