/** Organizations named in talk headings but unknown to the gazetteer ("Humanitec"): found again in the prose, as written. */
import { nodeId } from '../ids.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import type { Candidate } from './mention.ts';
import { spanText, type SentenceTokens } from './sentence-tokens.ts';

interface SpeakerOrg {
  name: string;
  words: readonly string[];
}

/** The organizations by their first word, each list in the talks' order (a token is tried against its own word's only). */
export type SpeakerOrgs = ReadonlyMap<string, readonly SpeakerOrg[]>;

/** The unknown speaker organizations of the talks, each as its words (known ones the gazetteer finds itself). */
export function unknownSpeakerOrgs(orgs: Iterable<string | null>): SpeakerOrgs {
  const out = new Map<string, { name: string; words: string[] }>();
  for (const org of orgs) {
    const name = org?.trim();
    if (!name || out.has(name) || resolveName(name, 'Organization')) continue;
    const words = name.split(/\s+/);
    // A capitalised name only: "self", "independent" or "n/a" in a heading are not organizations to look for.
    if (words.every((w) => /^\p{Lu}/u.test(w))) out.set(name, { name, words });
  }
  const byFirstWord = new Map<string, SpeakerOrg[]>();
  for (const org of out.values()) {
    const first = org.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), org]);
  }
  return byFirstWord;
}

export function speakerOrgMatches(st: SentenceTokens, taken: ReadonlySet<number>, orgs: SpeakerOrgs): Candidate[] {
  const out: Candidate[] = [];
  if (orgs.size === 0) return out;
  const { tokens } = st;
  for (let i = 0; i < tokens.length; i++) {
    const named = orgs.get(tokens[i]?.text ?? '');
    if (!named || taken.has(i)) continue;
    const org = named.find((o) => o.words.every((w, k) => tokens[i + k]?.text === w && !taken.has(i + k)));
    if (!org) continue;
    const end = i + org.words.length;
    out.push({ id: nodeId('Organization', org.name), type: 'Organization', name: org.name, surface: spanText(st, i, end), tokenStart: i, tokenEnd: end, needsContext: false, prominent: false });
    i = end - 1;
  }
  return out;
}
