/** A mention candidate inside one sentence, before the post-level checks turn it into an EntityMention. */
import type { EntityType } from '../schema.ts';

export interface Candidate {
  id: string;
  type: EntityType;
  name: string;
  surface: string;
  /** Token span in the sentence (end exclusive); -1 for mentions that come from link targets. */
  tokenStart: number;
  tokenEnd: number;
  /** Only valid if the post confirms it elsewhere (a sentence-initial common word, a title-case line). */
  needsContext: boolean;
  /** A context-only name written with its capitals in mid-sentence ("Use Flutter!"): two such sentences confirm it. */
  midSentence?: boolean;
  /** The entity is CNCF-hosted or hand-listed. */
  prominent: boolean;
  /** Found by a cue with no gazetteer entry: may still be a misspelling of a known name. */
  unknown?: boolean;
  /** Named as someone's employer ("an engineer at LinkedIn"): a company there, even one whose name is a platform's. */
  employer?: boolean;
}
