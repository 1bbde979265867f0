/**
 * Names in a list beside a known project or company ("engineers from NASA JPL, Tesla, Apple, Walmart & Netflix",
 * "HDFS, YARN and Spark"): a list holds things of one kind, so a neighbour that reads as a name is one too, and an
 * everyday-word name the post had to confirm ("Apple") is confirmed by its place in the list.
 */
import { nodeId } from '../ids.ts';
import { sortSmall } from '../small-sort.ts';
import { isCommonWord, isNonEntity } from '../gazetteer/lexicon.ts';
import type { Token } from '../gazetteer/tokenize.ts';
import type { Candidate } from './mention.ts';
import { isFirstName, isPlace } from './name-lexicon.ts';
import { ROLE_HEADS, ROLE_WORDS } from '../passes/02-words.ts';
import { nextListItem, previousListItem, spanText, type SentenceTokens } from './sentence-tokens.ts';

/** Only a list separator between two tokens: ", ", " and ", " & ", " or ", " / ", ", and ". */
const SEPARATOR = /^\s*(?:,|and|or|&|\/|,\s*(?:and|or))\s*$/i;
/** A token that may be (part of) a name nobody listed: capitalised and no everyday word, CamelCase, or an acronym. */
const CAPITALISED = /^\p{Lu}[\p{L}\d.+'’-]*$/u;

/** A name by its shape alone: capitals inside or a digit ("HDFS", "GitLab", "K9s"). */
const TECH_SHAPED = /^.+\p{Lu}|\d/u;

/** Words of a company's legal form ("RedHat, Inc."), never a name of their own. */
const LEGAL = new Set(['inc', 'ltd', 'llc', 'gmbh', 'corp', 'co', 'plc', 'ag', 'sa']);

function nameToken(t: Token | undefined): t is Token {
  if (!t || t.text.length < 2 || !CAPITALISED.test(t.text) || /['’]|-\p{Ll}/u.test(t.text)) return false;
  // A short capitalised word is an abbreviation ("Eng", "Dir"); a short name is written in capitals ("AWS").
  if (t.text.length <= 3 && t.text !== t.text.toUpperCase()) return false;
  if (isNonEntity(t.text) || isPlace(t.lower) || isFirstName(t.lower) || LEGAL.has(t.lower) || ROLE_WORDS.has(t.lower) || ROLE_HEADS.has(t.lower)) return false;
  return !isCommonWord(t.lower) || /\p{Lu}/u.test(t.text.slice(1));
}

/** The token opens the sentence or a clause after a colon or a dash ("Talk: Colocation, AWS ..."). */
function opensClause(st: SentenceTokens, a: number): boolean {
  const prev = st.tokens[a - 1];
  const first = st.tokens[a];
  return !prev || !first || /[:–—]\s*$|\s-\s*$/.test(st.sentence.slice(prev.end, first.start));
}

/** A capitalised word right beside the span, with only spaces between: the span is part of a longer name. */
function capitalisedBeside(st: SentenceTokens, a: number, b: number): boolean {
  const before = st.tokens[a - 1];
  const first = st.tokens[a];
  const last = st.tokens[b - 1];
  const after = st.tokens[b];
  const capital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
  return (!!before && !!first && capital(before) && /^\s+$/.test(st.sentence.slice(before.end, first.start))) || (!!after && !!last && capital(after) && /^\s+$/.test(st.sentence.slice(last.end, after.start)));
}

/** Words joined by spaces only, at most three, every one a name token. */
function spanFrom(st: SentenceTokens, from: number, step: 1 | -1, taken: ReadonlySet<number>): [number, number] | null {
  let a = from;
  let b = from;
  if (taken.has(from) || !nameToken(st.tokens[from])) return null;
  for (let n = 1; n < 3; n++) {
    const k = step === 1 ? b + 1 : a - 1;
    const t = st.tokens[k];
    const gapFrom = step === 1 ? st.tokens[b] : t;
    const gapTo = step === 1 ? t : st.tokens[a];
    if (!t || !gapFrom || !gapTo || taken.has(k) || !nameToken(t) || !/^ $/.test(st.sentence.slice(gapFrom.end, gapTo.start))) break;
    if (step === 1) b = k;
    else a = k;
  }
  // At a sentence's or a clause's start capitals say nothing: only a name's own shape counts there ("HDFS", "GitLab"), not
  // "Prodan, Flux maintainer" (a surname wrapped from the line before).
  if (opensClause(st, a) && !TECH_SHAPED.test(st.tokens[a]?.text ?? '')) return null;
  return capitalisedBeside(st, a, b + 1) ? null : [a, b + 1];
}

type Item = { from: number; to: number; known: Candidate | null };

/** The last candidate of the list that `test` accepts. */
function lastWhere(list: readonly Candidate[], test: (c: Candidate) => boolean): Candidate | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const c = list[k];
    if (c && test(c)) return c;
  }
  return undefined;
}

/** For each item, the known candidate nearest to it in the list (by token distance). */
function nearestKnown(items: readonly Item[]): Array<Candidate | undefined> {
  const left: Array<Item | undefined> = [];
  const right: Array<Item | undefined> = [];
  let last: Item | undefined;
  for (const [n, item] of items.entries()) {
    if (item.known) last = item;
    left[n] = last;
  }
  last = undefined;
  for (let n = items.length - 1; n >= 0; n--) {
    const item = items[n];
    if (item?.known) last = item;
    right[n] = last;
  }
  return items.map((item, n) => {
    const l = left[n];
    const r = right[n];
    if (!l || !r) return (l ?? r)?.known ?? undefined;
    return (item.from - l.from <= r.from - item.from ? l : r).known ?? undefined;
  });
}

/**
 * "Ann Lee; Boundary Terraform Vault": three or more known names side by side with only spaces between, two of them
 * sure (or well known), are a list of tags; its everyday-word names ("Boundary") lose their need for confirmation (mutated in place).
 * Headline-style lines too: a run of names is no headline's wording.
 */
function confirmTagRuns(st: SentenceTokens, found: readonly Candidate[]): void {
  if (found.length < 3) return;
  const named = sortSmall(found.filter((c) => c.tokenStart >= 0 && c.type !== 'Person'), (a, b) => a.tokenStart - b.tokenStart);
  let run: Candidate[] = [];
  const close = (): void => {
    if (run.length >= 3 && run.filter((c) => !c.needsContext || c.prominent).length >= 2) for (const c of run) c.needsContext = false;
  };
  for (const c of named) {
    const prev = run[run.length - 1];
    const joined = prev && prev.tokenEnd === c.tokenStart && /^ +$/.test(st.sentence.slice(st.tokens[prev.tokenEnd - 1]?.end ?? 0, st.tokens[c.tokenStart]?.start ?? 0));
    if (!joined) {
      close();
      run = [];
    }
    run.push(c);
  }
  close();
}

/**
 * `found`: the sentence's candidates so far (gazetteer names, cued names). Returns the new names; everyday-word
 * candidates listed beside a sure name lose their need for confirmation (mutated in place). A new name needs two
 * known names in its list ("Red Hat, Qwertify and SUSE"), or one and a name's own shape ("Spark and HDFS"): "the
 * SDK from CoreOS and Kubebuilder" says too little.
 */
export function listedNames(st: SentenceTokens, found: readonly Candidate[], taken: ReadonlySet<number>): Candidate[] {
  confirmTagRuns(st, found);
  if (st.titleLike) return [];
  const listable = (c: Candidate): boolean => c.tokenStart >= 0 && c.type !== 'Person';
  // (Most sentences name no sure entity: they need none of the work below, which ran for every sentence.)
  if (!found.some((c) => listable(c) && !c.needsContext)) return [];
  const inSentence = sortSmall(found.filter(listable), (a, b) => a.tokenStart - b.tokenStart);
  const out: Candidate[] = [];
  // The tokens taken, plus those of the names found here: copied only when the first name is found.
  let used: Set<number> | null = null;
  const seen = new Set<Candidate>();
  // (A sentence holds a few names: a search of them from the end answers as a map by position would, the later name
  // winning, without building two maps for every sentence.)
  const byStart = (k: number): Candidate | undefined => lastWhere(inSentence, (c) => c.tokenStart === k);
  const byLast = (k: number): Candidate | undefined => lastWhere(inSentence, (c) => c.tokenEnd - 1 === k);
  for (const seed of inSentence) {
    if (seed.needsContext || seen.has(seed)) continue;
    const items: Item[] = [{ from: seed.tokenStart, to: seed.tokenEnd, known: seed }];
    // Rightwards ("Walmart & Netflix, Tesla, Apple"), then leftwards ("NASA JPL, Tesla, Apple, Walmart").
    for (let last = seed.tokenEnd - 1; ; ) {
      const k = nextListItem(st, last, SEPARATOR);
      const known = k < 0 ? undefined : byStart(k);
      const span = k < 0 || known ? null : spanFrom(st, k, 1, used ?? taken);
      if (known) items.push({ from: known.tokenStart, to: known.tokenEnd, known });
      else if (span) items.push({ from: span[0], to: span[1], known: null });
      else break;
      last = (items[items.length - 1]?.to ?? 0) - 1;
    }
    for (let first = seed.tokenStart; ; ) {
      const k = previousListItem(st, first, SEPARATOR);
      const known = k < 0 ? undefined : byLast(k);
      const span = k < 0 || known ? null : spanFrom(st, k, -1, used ?? taken);
      if (known) items.unshift({ from: known.tokenStart, to: known.tokenEnd, known });
      else if (span) items.unshift({ from: span[0], to: span[1], known: null });
      else break;
      first = items[0]?.from ?? 0;
    }
    if (items.length === 1) {
      seen.add(seed);
      continue;
    }
    const sure = items.filter((i) => i.known && !i.known.needsContext).length;
    // Each new name takes the type of its nearest known neighbour (one pass each way: linear in a long list).
    const nearest = nearestKnown(items);
    for (const [n, item] of items.entries()) {
      if (item.known) {
        seen.add(item.known);
        // (A word of a longer name is no list item: "Software" in "Software Freedom Conservancy" stays unconfirmed.)
        if (!capitalisedBeside(st, item.known.tokenStart, item.known.tokenEnd)) item.known.needsContext = false;
        continue;
      }
      const shaped = TECH_SHAPED.test(st.tokens[item.from]?.text ?? '');
      if (sure < 2 && !shaped) continue;
      const like = nearest[n] ?? seed;
      const surface = spanText(st, item.from, item.to);
      out.push({ id: nodeId(like.type, surface), type: like.type, name: surface, surface, tokenStart: item.from, tokenEnd: item.to, needsContext: false, prominent: false, unknown: true });
      used ??= new Set(taken);
      for (let k = item.from; k < item.to; k++) used.add(k);
    }
  }
  return out;
}
