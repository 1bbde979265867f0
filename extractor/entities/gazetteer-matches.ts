/** Finds gazetteer names in a sentence: longest match first over the token trie, with each form's case rule. */
import { TRIE, type FormRef } from '../gazetteer/index.ts';
import { PRODUCT_PREDICATES } from './cue-words.ts';
import type { Candidate } from './mention.ts';
import { spanText, type SentenceTokens } from './sentence-tokens.ts';

/** The name at [from, end) is written as cased and followed by a product predicate ("Nomad is an alternative to"). */
function productInContext(ref: FormRef, st: SentenceTokens, from: number, end: number): boolean {
  if (st.titleLike || !ref.tokens.every((t, k) => st.tokens[from + k]?.text === t)) return false;
  return PRODUCT_PREDICATES.some((p) => p.every((w, k) => st.tokens[end + k]?.lower === w));
}

function caseOk(ref: FormRef, st: SentenceTokens, from: number): boolean {
  if (ref.linkOnly) return false;
  if (ref.rule === 'any') return true;
  return ref.tokens.every((t, k) => st.tokens[from + k]?.text === t);
}

/** Gazetteer names in the sentence; `blocked` tokens (e.g. inside "Hong Kong") never start or join a name. */
export function gazetteerMatches(st: SentenceTokens, blocked: ReadonlySet<number> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = st;
  let i = 0;
  while (i < tokens.length) {
    if (blocked.has(i)) {
      i++;
      continue;
    }
    let node = TRIE;
    let best: { ref: FormRef; end: number } | null = null;
    for (let j = i; j < tokens.length; j++) {
      const tok = tokens[j];
      const child = tok && !blocked.has(j) ? node.next.get(tok.lower) : undefined;
      if (!child) break;
      node = child;
      const ref = node.forms.find((f) => caseOk(f, st, i));
      if (ref) best = { ref, end: j + 1 };
      // A possessive ends the name ("CoreOS' rkt" is two names).
      if (tok?.possessive) break;
    }
    if (!best) {
      i++;
      continue;
    }
    const { ref, end } = best;
    // Everyday-word names: a little-known entity needs confirmation elsewhere in the post (a link, another form);
    // a well-known one only where capitals say nothing (sentence start, headline-style lines).
    const contextual = ref.rule === 'context' && (!ref.entity.prominent || i === 0 || st.titleLike) && !productInContext(ref, st, i, end);
    out.push({
      id: ref.entity.id,
      type: ref.entity.type,
      name: ref.entity.name,
      surface: spanText(st, i, end),
      tokenStart: i,
      tokenEnd: end,
      needsContext: contextual,
      prominent: ref.entity.prominent,
    });
    i = end;
  }
  return out;
}
