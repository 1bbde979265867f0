/** Decides how strictly each gazetteer form may match prose (see MatchRule in entry.ts). */
import type { MatchRule } from './entry.ts';
import { isCommonWord } from './lexicon.ts';
import { tokenize } from './tokenize.ts';

/** `brand`: a name from the general brand list matches only as written ("Meta", not "a meta level"). */
export function matchRuleFor(form: string, explicit: MatchRule | undefined, brand = false): MatchRule {
  const tokens = tokenize(form);
  if (tokens.length === 0) return 'cased';
  // Short acronyms ("OPA", "TUF", "ECS") would hit ordinary lowercase words: exact case only.
  if (tokens.length === 1 && /^[A-Z0-9]{2,5}s?$/.test(form)) return explicit === 'context' ? 'context' : 'cased';
  if (explicit) return explicit;
  const allCommon = tokens.every((t) => isCommonWord(t.lower));
  if (tokens.length === 1 && allCommon) return 'context';
  if (tokens.length === 2 && allCommon) return 'context';
  if (brand || (tokens.length === 1 && form.length <= 3)) return 'cased';
  return 'any';
}
