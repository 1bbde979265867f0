/** Finds gazetteer names in a sentence: longest match first over the token trie, with each form's case rule. */
import { EMPLOYER_ONLY, TRIE, type FormRef, type TrieNode } from '../gazetteer/index.ts';
import { MARKS } from '../gazetteer/tokenize.ts';
import { LOWERCASE_JARGON, OBJECT_VERBS, ORG_SUFFIXES, PRODUCT_PREDICATES } from './cue-words.ts';
import type { Candidate } from './mention.ts';
import { isFirstName, isLastName, isPlace } from './name-lexicon.ts';
import { isCommonWord, isEverydayWord } from '../gazetteer/lexicon.ts';
import { isCapitalised, spanText, type SentenceTokens } from './sentence-tokens.ts';
import { nodeId } from '../ids.ts';
import { ROLE_HEADS, ROLE_WORDS } from '../passes/02-words.ts';

/** Foundations whose name opens the names of their projects ("Apache Kafka", "Apache SkyWalking"). */
const FOUNDATION_PREFIX = new Set(['org:apache', 'org:apache-software-foundation']);

/** Words after "Apache" that name the foundation's things, not a project ("Apache License", "Apache Software Foundation"). */
const FOUNDATION_WORDS = new Set(['license', 'licence', 'software', 'foundation', 'project', 'projects', 'incubator', 'commons', 'way', 'community', 'member', 'members', 'committer', 'committers', 'board', 'pmc', 'top', 'top-level', 'conference', 'con']);

/**
 * Cloud and platform vendors whose name opens the names of their services and products ("Amazon Athena", "AWS
 * CodeStar", "Azure Sentinel", "Google Glass", "Android KTX"),
 * and the words after them that name the vendor's programmes, people, labs, places or conferences ("Microsoft Build"),
 * not a service.
 */
const VENDOR_PREFIX = new Set(['org:amazon-web-services', 'org:amazon', 'org:microsoft-azure', 'project:google-cloud', 'org:google', 'org:microsoft', 'project:android']);
const VENDOR_WORDS = new Set(['saas', 'paas', 'iaas', 'caas', 'faas', 'mvp', 'mvps', 'gde', 'gdes', 'expert', 'experts', 'engineer', 'engineers', 'developer', 'developers', 'summit', 'summits', 'hero', 'heroes', 'community', 'builder', 'builders', 'solutions', 'architect', 'architects', 'certified', 'certification', 'partner', 'partners', 'console', 'account', 'accounts', 'team', 'teams', 'employee', 'employees', 'region', 'regions', 'support', 'loft', 'activate', 'startups', 'ambassador', 'ambassadors', 'evangelist', 'evangelists', 'days', 'day', 'user', 'users', 'group', 'groups', 'free', 'tier', 'prime', 'web', 'services', 'research', 'customer', 'customers', 'champion', 'champions', 'innovator', 'innovators', 'fellow', 'fellows', 'advocate', 'advocates', 'build', 'ignite', 'inspire', 'next', 'reinvent', 'connect']);

/** One word of a family's product name: Latin letters and digits, a capital first ("Athena", "EC2"). */
const MEMBER_WORD = /^\p{Lu}[\p{Script=Latin}\d]+$/u;

/** The token after `k` follows it with only spaces between. */
const spacedAfter = (st: SentenceTokens, k: number): boolean => {
  const a = st.tokens[k];
  const b = st.tokens[k + 1];
  return !!a && !!b && !a.possessive && /^\s+$/.test(st.sentence.slice(a.end, b.start));
};

/** An everyday word in the plural ("Booths", "Announcements"): a vendor's people, places or news, not a service. */
const everydayPlural = (lower: string): boolean => lower.endsWith('s') && isCommonWord(lower.slice(0, -1));

/**
 * "Apache Parquet", "Amazon Athena", "AWS Shield Advanced": how many capitalised words right after a family's name
 * (a space between, no possessive) name one of its projects or services; 0 for none. No known name may start there
 * ("AWS - Paul", "Amazon's Tim" are no services). A foundation's project is one word. A vendor's service is up to
 * three words, and in prose (not a headline-style line, where every word has a capital) an everyday word in it is
 * still the name ("AWS Glue", "Microsoft Edge"), unless plural or one of the vendor's programme words.
 */
function familyMemberLength(id: string, st: SentenceTokens, end: number): number {
  const next = st.tokens[end];
  if (!next || !spacedAfter(st, end - 1)) return 0;
  if (!/^\p{Lu}[\p{L}\d]+$/u.test(next.text) || TRIE.next.has(next.lower)) return 0;
  // "at Amazon Jeff Barr said": a first name and a capitalised word after it start a person's name.
  const after = st.tokens[end + 1];
  if (isFirstName(next.lower) && after && /^\p{Lu}/u.test(after.text) && spacedAfter(st, end)) return 0;
  if (FOUNDATION_PREFIX.has(id)) return FOUNDATION_WORDS.has(next.lower) ? 0 : 1;
  if (!VENDOR_PREFIX.has(id)) return 0;
  // (Latin letters only: "Google Cloudの方" names no service.)
  // (A first name further on starts a person's name: "Amazon Polly", yes, but not "AWS Lambda Ann Lee".)
  const serviceWord = (k: number): boolean => {
    const w = st.tokens[k];
    if (!w || !MEMBER_WORD.test(w.text) || VENDOR_WORDS.has(w.lower) || (k > end && isFirstName(w.lower))) return false;
    if (!isEverydayWord(w.lower)) return true;
    return !st.titleLike && w.text.length >= 3 && !everydayPlural(w.lower);
  };
  if (!serviceWord(end)) return 0;
  let k = end + 1;
  // (Further words only in prose: a headline-style line capitalises the words after a name too.)
  while (!st.titleLike && k < end + 3 && spacedAfter(st, k - 1) && serviceWord(k)) k++;
  return k - end;
}

/** The sentence writes the form from token `from` on exactly as listed, capitals and all. */
function writtenAsListed(ref: FormRef, st: SentenceTokens, from: number): boolean {
  return ref.tokens.every((t, k) => st.tokens[from + k]?.text === t);
}

/** The name at [from, end) is written as cased and followed by a product predicate ("Nomad is an alternative to"). */
function productInContext(ref: FormRef, st: SentenceTokens, from: number, end: number): boolean {
  if (st.titleLike || !writtenAsListed(ref, st, from)) return false;
  return PRODUCT_PREDICATES.some((p) => p.every((w, k) => st.tokens[end + k]?.lower === w));
}

/** The name, written with its capitals mid-sentence, right after a verb of using it ("we deployed Helm", "using Swagger"). */
function usedAsProduct(ref: FormRef, st: SentenceTokens, from: number): boolean {
  const prev = st.tokens[from - 1];
  if (!prev || st.titleLike || !OBJECT_VERBS.has(prev.lower) || !writtenAsListed(ref, st, from)) return false;
  return st.sentence.slice(prev.end, st.tokens[from]?.start ?? prev.end) === ' ';
}

/**
 * The words before tokens `at`..`end` say where someone works ("at", "joined", "works for"), and the name ends there
 * ("at Keep Ruby Weird" names something longer).
 */
function employerCue(st: SentenceTokens, at: number, end: number): boolean {
  const prev = st.tokens[at - 1]?.lower;
  const before = st.tokens[at - 2]?.lower ?? '';
  const next = st.tokens[end];
  if (next && isCapitalised(next) && next.start - (st.tokens[end - 1]?.end ?? 0) <= 1) return false;
  // ("an engineer for Yelp", "Ann Lee from Yelp": a role's "for", and "from" right after a person's name, say so too.)
  const nameEnd = at > 2 ? st.tokens[at - 2] : undefined;
  const afterName = prev === 'from' && nameEnd !== undefined && isCapitalised(nameEnd);
  return prev === 'at' || prev === 'joined' || (prev === 'for' && (/^work(?:s|ed|ing)?$/.test(before) || ROLE_HEADS.has(before) || ROLE_WORDS.has(before))) || afterName;
}

/**
 * A brand's one-word name written all in lowercase, as notes write tools ("used ollama", "a thymeleaf page"), or with
 * only its first letter capital where the brand has capitals inside ("Numpy", "Octoprint"): the name still, where the
 * word is none of English's, nor a person's or a place's name ("vivaldi", a surname, is not).
 */
function recasedBrand(ref: FormRef, st: SentenceTokens, from: number): boolean {
  const tok = st.tokens[from];
  if (!ref.entity.brand || ref.tokens.length !== 1 || !tok || st.titleLike) return false;
  const recased = tok.text.length >= 4 && /\p{Ll}\p{Lu}/u.test(ref.tokens[0] ?? '') && tok.text === tok.lower.charAt(0).toUpperCase() + tok.lower.slice(1);
  if (!recased && (tok.text !== tok.lower || tok.text.length < 5)) return false;
  return !isEverydayWord(tok.lower) && !isFirstName(tok.lower) && !isLastName(tok.lower) && !isPlace(tok.lower) && !LOWERCASE_JARGON.has(tok.lower);
}

function caseOk(ref: FormRef, st: SentenceTokens, from: number): boolean {
  if (ref.linkOnly) return false;
  // (A rarer English word's form, "Superset", is the name only as written: "a superset of" is the word.)
  return ref.rule === 'any' || writtenAsListed(ref, st, from) || (!ref.rareWord && recasedBrand(ref, st, from));
}

/** Gazetteer names in the sentence; `blocked` tokens (e.g. inside "Hong Kong") never start or join a name. */
/**
 * A one-word project written lowercase in notes ("kvm and packer images, scheduled by nomad"): its cased form did
 * not match, but the word is its name. Kept aside; it counts only next to a name found in the same list.
 */
function lowercaseForm(st: SentenceTokens, i: number, head: TrieNode): FormRef | null {
  const tok = st.tokens[i];
  if (!tok || tok.text !== tok.lower || st.titleLike) return null;
  return head.forms.find((f) => f.tokens.length === 1 && f.entity.type === 'Project' && !f.rareWord && f.tokens[0] !== tok.text) ?? null;
}

/**
 * A one-word name from the general brand list that is part of a longer name: a person's, after a capitalised first
 * name or unknown word ("Dan Vega", "Nithya Ruff") or before an unknown capitalised word ("Max Feldman", "Xing
 * Yang"); or a company's, before an organization suffix ("Zend Technologies"). The passes after this one find those.
 */
function insideLongerName(ref: FormRef, st: SentenceTokens, at: number): boolean {
  if (!ref.entity.brand || ref.tokens.length !== 1) return false;
  const capital = (k: number): { text: string; lower: string } | null => {
    const t = st.tokens[k];
    const [a, b] = k < at ? [t, st.tokens[at]] : [st.tokens[at], t];
    return t && a && b && /^\p{Lu}\p{Ll}+$/u.test(t.text) && st.sentence.slice(a.end, b.start).trim() === '' ? t : null;
  };
  const nameWord = (lower: string): boolean => !isEverydayWord(lower) && !TRIE.next.has(lower);
  const before = capital(at - 1);
  const after = capital(at + 1);
  return (before !== null && (isFirstName(before.lower) || nameWord(before.lower))) || (after !== null && (nameWord(after.lower) || ORG_SUFFIXES.has(after.text)));
}

/** A capital letter and a period between two capitalised words is a middle initial ("Kent C. Dodds"), not "C". */
function middleInitial(st: SentenceTokens, at: number, end: number): boolean {
  const [before, tok, after] = [st.tokens[at - 1], st.tokens[at], st.tokens[end]];
  if (!before || !tok || !after || end !== at + 1 || !/^\p{Lu}$/u.test(tok.text)) return false;
  return /^\p{Lu}\p{Ll}/u.test(before.text) && /^\s+$/.test(st.sentence.slice(before.end, tok.start)) && /^\.\s+$/.test(st.sentence.slice(tok.end, after.start)) && /^\p{Lu}\p{Ll}/u.test(after.text);
}

/**
 * The name, written with its capitals, stands mid-sentence between words in lowercase ("Is Flutter coming?", "Use
 * Flutter!": the sentence's first word says nothing): no capitalised phrase it would be part of ("Strange Loop",
 * "Control Plane Summit") and no headline-style line.
 */
function standsAloneMidSentence(ref: FormRef, st: SentenceTokens, from: number, end: number): boolean {
  if (from === 0 || st.titleLike || !writtenAsListed(ref, st, from)) return false;
  const before = st.tokens[from - 1];
  const after = st.tokens[end];
  // (An acronym after it is no word of a longer name: "running in Firecracker VM", "the Flutter SDK".)
  return !!before && (from - 1 === 0 || !isCapitalised(before)) && (!after || !isCapitalised(after) || ACRONYM.test(after.text));
}

const ACRONYM = /^\p{Lu}{2,5}s?$/u;

/** Only a list separator stands between two tokens: ", ", " and ", " or ", " & ", " / ". */
function listed(st: SentenceTokens, a: number, b: number): boolean {
  const left = st.tokens[a];
  const right = st.tokens[b];
  if (!left || !right) return false;
  return /^\s*(?:,|and|or|&|\/|,\s*and)\s*$/i.test(st.sentence.slice(left.end, right.start));
}

const CLAUSE_MARK = /[,;:()[\]!?|"“”]/g;

/** The clause punctuation between token `j` and the one before it ("" for spaces, a slash or a hyphen). */
function clausePunctuation(st: SentenceTokens, j: number): string {
  const prev = st.tokens[j - 1];
  const tok = st.tokens[j];
  if (!prev || !tok) return '';
  const gap = st.sentence.slice(prev.end, tok.start);
  // (A trademark mark is no punctuation: "Intel(c) Clear Containers" is one name.)
  return gap === ' ' ? '' : (gap.replace(MARKS, '').match(CLAUSE_MARK)?.join('') ?? '');
}

/** A name goes on past a possessive only where a form of it writes the "'s" ("Let's Encrypt"). */
function writesPossessive(node: TrieNode, nextLower: string | undefined): boolean {
  const next = nextLower === undefined ? undefined : node.next.get(nextLower);
  return !!next && next.forms.some((f) => /['’]s\s/.test(f.form));
}

/** The form writes every punctuation mark met between its words. */
function writesMarks(ref: FormRef, marks: string): boolean {
  for (const m of marks) if (!ref.form.includes(m)) return false;
  return true;
}

/** The first form of the node whose case rule the sentence meets and which writes the marks met (most nodes have none). */
function fittingForm(node: TrieNode, st: SentenceTokens, from: number, marks: string): FormRef | undefined {
  for (const f of node.forms) if (caseOk(f, st, from) && writesMarks(f, marks)) return f;
  return undefined;
}

export function gazetteerMatches(st: SentenceTokens, blocked: ReadonlySet<number> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  const pending: Array<{ at: number; ref: FormRef }> = [];
  const { tokens } = st;
  let i = 0;
  while (i < tokens.length) {
    if (blocked.has(i)) {
      i++;
      continue;
    }
    let node = TRIE;
    // The longest name found so far from token i: its form and the token after it.
    let bestRef: FormRef | null = null;
    let bestEnd = i;
    // The trie node of this token alone: where a lowercase one-word name is looked up when no cased name matches.
    let head: TrieNode | undefined;
    // Punctuation met between the name's words so far: a list's comma or a bracket ends a name ("Mozilla, Firefox" is
    // two names, not "Mozilla Firefox") unless the form itself writes it ("Red Hat, Inc.").
    let marks = '';
    for (let j = i; j < tokens.length; j++) {
      const tok = tokens[j];
      const child = tok && !blocked.has(j) ? node.next.get(tok.lower) : undefined;
      if (!child) break;
      if (j === i) head = child;
      else marks += clausePunctuation(st, j);
      node = child;
      const ref = fittingForm(node, st, i, marks);
      if (ref) {
        bestRef = ref;
        bestEnd = j + 1;
      }
      // A possessive ends the name ("CoreOS' rkt" is two names), unless the name itself writes it ("Let's Encrypt").
      if (tok?.possessive && !writesPossessive(node, tokens[j + 1]?.lower)) break;
    }
    // (The map first: most unmatched tokens are no platform's name, and the cue need not be read for them.)
    const platform = bestRef ? undefined : EMPLOYER_ONLY.get(tokens[i]?.text ?? '');
    const employerOf = platform && employerCue(st, i, i + 1) ? platform : undefined;
    if (employerOf) {
      out.push({ id: employerOf.id, type: 'Organization', name: employerOf.name, surface: spanText(st, i, i + 1), tokenStart: i, tokenEnd: i + 1, needsContext: false, prominent: employerOf.prominent, employer: true });
      i++;
      continue;
    }
    if (!bestRef) {
      const lower = head ? lowercaseForm(st, i, head) : null;
      if (lower) pending.push({ at: i, ref: lower });
      i++;
      continue;
    }
    const ref = bestRef;
    const end = bestEnd;
    if (insideLongerName(ref, st, i) || middleInitial(st, i, end)) {
      i = end;
      continue;
    }
    // "Apache Parquet", "Amazon Athena": a foundation's or a cloud vendor's name before a capitalised name the
    // gazetteer lacks names one of its projects or services.
    const member = familyMemberLength(ref.entity.id, st, end);
    if (member > 0) {
      const surface = spanText(st, i, end + member);
      out.push({ id: nodeId('Project', surface), type: 'Project', name: surface, surface, tokenStart: i, tokenEnd: end + member, needsContext: false, prominent: false, unknown: true });
      i = end + member;
      continue;
    }
    // Everyday-word names: a little-known entity needs confirmation elsewhere in the post (a link, another form);
    // a well-known one only where capitals say nothing (sentence start, headline-style lines).
    // (A brand's or a company's name of two or more everyday words, written with its capitals mid-sentence, says itself:
    // "React Native", "New Relic". A landscape product's does not: "Standard Library" is mostly those words.)
    const spelledOut = (ref.entity.brand || ref.entity.type === 'Organization') && ref.tokens.length >= 2 && i > 0 && !st.titleLike;
    // ("She works at Yelp", "an engineer at LinkedIn": where someone works names a company, in context.)
    const employer = ref.entity.type === 'Organization' && employerCue(st, i, end);
    const contextual = ref.rule === 'context' && !spelledOut && !employer && (!ref.entity.prominent || i === 0 || st.titleLike) && !productInContext(ref, st, i, end) && !usedAsProduct(ref, st, i);
    // "Apache SkyWalking": a foundation's name before one of its projects is part of the project's name.
    const prefix = out[out.length - 1];
    if (prefix && prefix.tokenEnd === i && ref.entity.type === 'Project' && FOUNDATION_PREFIX.has(prefix.id)) {
      out.pop();
      out.push({ id: ref.entity.id, type: 'Project', name: ref.entity.name, surface: spanText(st, prefix.tokenStart, end), tokenStart: prefix.tokenStart, tokenEnd: end, needsContext: false, prominent: ref.entity.prominent });
      i = end;
      continue;
    }
    out.push({
      id: ref.entity.id,
      type: ref.entity.type,
      name: ref.entity.name,
      surface: spanText(st, i, end),
      tokenStart: i,
      tokenEnd: end,
      needsContext: contextual,
      prominent: ref.entity.prominent,
      ...(employer ? { employer } : {}),
      ...(contextual && standsAloneMidSentence(ref, st, i, end) ? { midSentence: true } : {}),
    });
    i = end;
  }
  if (pending.length) addListedLowercase(st, out, pending);
  return out;
}

/** Lowercase names listed beside a found name (or beside each other, next to one) join the matches. */
function addListedLowercase(st: SentenceTokens, out: Candidate[], pending: Array<{ at: number; ref: FormRef }>): void {
  const found = new Set<number>();
  for (const c of out) for (let k = c.tokenStart; k < c.tokenEnd; k++) found.add(k);
  const take = (p: { at: number; ref: FormRef }): void => {
    out.push({ id: p.ref.entity.id, type: 'Project', name: p.ref.entity.name, surface: spanText(st, p.at, p.at + 1), tokenStart: p.at, tokenEnd: p.at + 1, needsContext: false, prominent: p.ref.entity.prominent });
    found.add(p.at);
  };
  // A list runs both ways from a found name: one pass rightwards, one leftwards (linear however long the list).
  // The neighbour is the next token, or the one after a conjunction ("kvm and packer").
  const besideLeft = (at: number): boolean => [at - 1, at - 2].some((k) => found.has(k) && listed(st, k, at));
  const besideRight = (at: number): boolean => [at + 1, at + 2].some((k) => found.has(k) && listed(st, at, k));
  for (const p of pending) if (!found.has(p.at) && besideLeft(p.at)) take(p);
  for (let k = pending.length - 1; k >= 0; k--) {
    const p = pending[k];
    if (p && !found.has(p.at) && besideRight(p.at)) take(p);
  }
  out.sort((a, b) => a.tokenStart - b.tokenStart);
}
