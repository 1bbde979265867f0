/** Names found without a list: "a project named X", "the X project", "X is a ... proxy", CamelCase names, "X Labs/Inc/Corp". */
import { nodeId } from '../ids.ts';
import type { EntityType } from '../schema.ts';
import { isCommonWord, isEventSurface, isEverydayWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import type { Token } from '../gazetteer/tokenize.ts';
import { ACTING_VERBS, ARTICLES, EMPLOYMENT_WORDS, MAKER_WORDS, NAMING_WORDS, PACKAGE_NOUNS, OBJECT_VERBS, ORG_SUFFIXES, ORIGIN_WORDS, PROJECT_NOUNS } from './cue-words.ts';
import type { Candidate } from './mention.ts';
import { isFirstName, isLastName, isLexiconOrganization, isPlace } from './name-lexicon.ts';
import { isCapitalised, spanText, type SentenceTokens } from './sentence-tokens.ts';
import { isDateWord, ROLE_HEADS, ROLE_WORDS } from '../passes/02-words.ts';

/** Words compromise tags as organizations that are only parts of names. */
const LEGAL_WORDS = new Set(['inc', 'ltd', 'co', 'dept', 'univ', 'assn']);

const CAMEL = /^(?:\p{Lu}\p{Ll}+){2,}\p{Lu}?\p{Ll}*$|^\p{Ll}+\p{Lu}\p{L}+$/u;
/** A capitalised word closed by an acronym ("GraalVM", "WebNN", "PouchDB"); not an event's ("ZorbCON"). */
const ACRONYM_CLOSED = /^\p{Lu}\p{Ll}{2,}\p{Lu}{2,4}$/u;

/**
 * Capitals and a word of lowercase mixed in one token the other way round from CamelCase words: an acronym inside or
 * at the end of a capitalised word ("TypeGraphQL", "SwiftUIX") or before one ("XHProf", "HAProxy", "RPostgres"). Not an
 * acronym's plural or verb form ("APIs", "PDSes", "DDoSing"), nor a lowercase word ended by capitals ("isIOS": code).
 */
const ACRONYM_MIXED = /^(?=.*\p{Ll}{3})(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*\p{Lu}{2,}\p{Ll}*|\p{Lu}{2,5}\p{Ll}{3,})(?:\p{Lu}+\p{Ll}+)*\p{Lu}*$/u;
const ACRONYM_INFLECTED = /^\p{Lu}{2,}\p{Ll}{0,2}(?:s|es|ing|ed|ful)$/u;

/**
 * Closed by an acronym, or mixed as above. Each run of lowercase has two letters or more ("TtAhvWFlza" is a generated
 * id, not a name); names are short, so a long token is not tried at all.
 */
const acronymShaped = (text: string): boolean => text.length <= 40 && (ACRONYM_CLOSED.test(text) || (ACRONYM_MIXED.test(text) && !ACRONYM_INFLECTED.test(text) && !/(?:^|\P{Ll})\p{Ll}(?!\p{Ll})/u.test(text)));

/** A capital after the first letter (cheap pre-check before the CamelCase pattern). */
function hasInnerCapital(text: string): boolean {
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Could this token be a product name (not an everyday word, not a place)? */
function nameLike(t: Token | undefined): t is Token {
  if (!t || t.text.length < 2 || /^\d/.test(t.text) || isNonEntity(t.text) || isPlace(t.lower)) return false;
  // A hyphenated word of everyday parts ("so-called", "open-source") is a word; "kube-proxy" is a name.
  if (/[-_]/.test(t.text)) return !t.text.split(/[-_]/).every((p) => isCommonWord(p.toLowerCase()));
  if (hasInnerCapital(t.text) && CAMEL.test(t.text)) return true;
  return isCapitalised(t) && !isCommonWord(t.lower);
}

/**
 * A coined lowercase word ("knitr", "plonkrus", "zig-libp2p"): no English word, name or place. Alone it says nothing
 * (notes are full of commands and typos); beside a software noun or a maker's word it names a tool.
 */
function coinedLowercase(t: Token | undefined): t is Token {
  if (!t || t.text.length < 3 || !/^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/.test(t.text)) return false;
  // ("open-source", "end-to-end": a compound of words is a word.)
  if (/[-_.]/.test(t.text) && t.text.split(/[-_.]/).every((p) => isEverydayWord(p))) return false;
  return !isEverydayWord(t.lower) && !isNonEntity(t.text) && !isPlace(t.lower) && !isFirstName(t.lower) && !isLastName(t.lower);
}

const toolLike = (t: Token | undefined): t is Token => nameLike(t) || coinedLowercase(t);

/**
 * "Zorbinthe, a GraphQL library for Elixir", "plonkrus, the best logging library": a name set beside a phrase headed
 * by a software noun (an article after the comma, the noun within four words, no other punctuation on the way).
 */
function appositiveProject(st: SentenceTokens, i: number): boolean {
  const { tokens } = st;
  const t = tokens[i];
  const article = tokens[i + 1];
  if (!t || !article || !ARTICLES.has(article.lower) || isHandle(st, t) || st.sentence.slice(t.end, article.start) !== ', ') return false;
  for (let k = i + 2; k <= i + 5 && k < tokens.length; k++) {
    const word = tokens[k];
    if (!word || /[^\s-]/.test(st.sentence.slice(tokens[k - 1]?.end ?? 0, word.start))) return false;
    // (A lowercase word needs a package's noun: "suggests, the tools used" is a verb and a phrase.)
    if (PROJECT_NOUNS.has(word.lower)) return nameLike(t) || (PACKAGE_NOUNS.has(word.lower) && coinedLowercase(t));
  }
  return false;
}

/** "@zorb_io": an account's handle, not a name. */
const isHandle = (st: SentenceTokens, t: Token): boolean => st.sentence[t.start - 1] === '@';

/**
 * A lowerCamel token that reads as code, not a name: its first part is a word of its own ("emptyDir", "runAsNonRoot",
 * "hostPath"), where names such as gVisor, cAdvisor or eBPF open with one letter. (UpperCamel types made of everyday
 * words, "InitContainer", were tried too: on the tuned sets they cost more real names than they saved.)
 */
function codeIdentifier(text: string): boolean {
  if (/^\p{Ll}{3,}\p{Lu}/u.test(text)) return true;
  // A generated id ("wgXPpMvszD", a short link's or a picture's): several case switches of one or two letters.
  const parts = text.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu) ?? [];
  return text.length >= 8 && parts.filter((p) => p.length <= 2).length >= 3;
}

function candidate(st: SentenceTokens, from: number, to: number, type: EntityType): Candidate {
  const surface = spanText(st, from, to);
  const known = resolveName(surface, type);
  const id = known?.id ?? nodeId(type, surface);
  return { id, type: known?.type ?? type, name: known?.name ?? surface, surface, tokenStart: from, tokenEnd: to, needsContext: false, prominent: false, unknown: !known };
}

/** Only one space between two tokens. */
const spaceBetween = (st: SentenceTokens, a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && st.sentence.slice(a.end, b.start) === ' ';

/** One word of letters and digits with a capital first ("Wolt", "Tembo"), no acronym's plural ("PRs") or year ("Conf2021"). */
const ORIGIN_NAME = /^\p{Lu}[\p{L}\d]+$/u;
/** "at Droidcon", "from NodeConfEU": where one was is often an event, named by an event word at its end. */
const EVENT_ENDING = /(?:con|conf|fest|camp|days?)(?:\p{Lu}{2})?$/iu;

/**
 * "engineers at Wolt", "Ann Lee from Torq": an unknown capitalised word right after "at" or "from" mid-sentence, alone
 * (a capitalised word after it makes a longer name, left to the other rules), is where someone works or comes from.
 * Not an everyday word, a person's or a place's name, an event, an acronym or its plural. "from X to" names what one
 * moved away from: a project.
 */
function originName(st: SentenceTokens, i: number): EntityType | null {
  const t = st.tokens[i];
  const prev = st.tokens[i - 1];
  const next = st.tokens[i + 1];
  if (!t || !prev || st.titleLike || !ORIGIN_WORDS.has(prev.text) || !spaceBetween(st, prev, t)) return null;
  if (t.text.length < 3 || !ORIGIN_NAME.test(t.text) || /\d{2}$|^\p{Lu}+s?$/u.test(t.text) || EVENT_ENDING.test(t.text)) return null;
  if (next && isCapitalised(next) && /^\s+$/.test(st.sentence.slice(t.end, next.start))) return null;
  if (isEverydayWord(t.lower) || isFirstName(t.lower) || isLastName(t.lower) || isPlace(t.lower) || isNonEntity(t.text) || isEventSurface(t.text)) return null;
  return (prev.text === 'from' && next?.lower === 'to') || hasInnerCapital(t.text) ? 'Project' : 'Organization';
}

/**
 * "Ann Lee from Saxo Bank", "the CTO at Orange Business", "worked at Medtronic": after a person's name and "from", a
 * role and "at" or "from", or a word of employment and "at", up to three capitalised words name where they work,
 * everyday words among them. Returns the span's end, or -1. Not a first name (a person), a place, an event (by name or
 * by an event word ending a word), a date, or everyday words only (one after a person's name is kept: "Ann Lee from
 * Responsive").
 */
function employerSpan(st: SentenceTokens, i: number, taken: ReadonlySet<number>): number {
  const { tokens } = st;
  // (Asked of every token: the cue word first, and no array made for the three tokens.)
  const prev = tokens[i - 1];
  if (!prev) return -1;
  if (!ORIGIN_WORDS.has(prev.text)) return roleMarkEmployer(st, i, taken);
  const before = tokens[i - 2];
  const t = tokens[i];
  if (!before || !t || st.titleLike || !spaceBetween(st, prev, t)) return -1;
  const afterPerson = prev.text === 'from' && taken.has(i - 2) && isCapitalised(before);
  const afterRole = ROLE_WORDS.has(before.lower) || ROLE_HEADS.has(before.lower) || ROLE_HEADS.has(before.lower.replace(/s$/, ''));
  // ("worked at Medtronic", "previously at DreamWorks Animation": words of employment before "at" say so too.)
  const afterWork = prev.text === 'at' && EMPLOYMENT_WORDS.has(before.lower);
  if (!afterPerson && !afterRole && !afterWork) return -1;
  const end = capitalisedRunEnd(st, i, taken);
  // (A fourth capitalised word makes a longer name than this reads.)
  const after = tokens[end];
  if (end === i || (after && isCapitalised(after) && spaceBetween(st, tokens[end - 1], after)) || namesNoEmployer(st, i, end)) return -1;
  if (tokens.slice(i, end).every((w) => isEverydayWord(w.lower)) && !(afterPerson && end - i === 1)) return -1;
  return end;
}

/** The end of up to three capitalised words from token `i` that no other name took, spaced as one name (`i` if none). */
function capitalisedRunEnd(st: SentenceTokens, i: number, taken: ReadonlySet<number>): number {
  const { tokens } = st;
  let end = i;
  while (end < i + 3 && ORIGIN_NAME.test(tokens[end]?.text ?? '') && !taken.has(end) && (end === i || spaceBetween(st, tokens[end - 1], tokens[end]))) end++;
  return end;
}

/** Words where an employer would stand that name none: a first name, a place, an event, a surface never an entity, a date. */
function namesNoEmployer(st: SentenceTokens, i: number, end: number): boolean {
  const words = st.tokens.slice(i, end);
  const surface = spanText(st, i, end);
  return isFirstName(words[0]?.lower ?? '') || isPlace(surface.toLowerCase()) || isEventSurface(surface) || isNonEntity(surface) || words.some((w) => isDateWord(w.lower) || EVENT_ENDING.test(w.text));
}

const ROLE_MARK = /^\s*(?:,|@)\s*$/;
/** What may follow an employer named after a role and a comma: the card's end, a bracket, a further person or role. */
const CARD_END = /^\s*(?:$|[)\]|;]|,|and\s|&)/;

/**
 * "Ash Sewell (Lead Realtime Developer, Zorb Studios)", "Staff Engineer @ Quuxly": a role word, then a comma or an at
 * sign, then capitalised words that end the card: the person's employer. The end of the index it reaches, or -1.
 */
function roleMarkEmployer(st: SentenceTokens, i: number, taken: ReadonlySet<number>): number {
  const { tokens } = st;
  const role = tokens[i - 1];
  const t = tokens[i];
  // (A card writes its role capitalised, "Lead Developer, Acme"; "(owner, SLAs, etc)" lists things.)
  if (!role || !t || st.titleLike || !isCapitalised(role) || !(ROLE_WORDS.has(role.lower) || ROLE_HEADS.has(role.lower)) || !ROLE_MARK.test(st.sentence.slice(role.end, t.start))) return -1;
  const end = capitalisedRunEnd(st, i, taken);
  const last = tokens[end - 1];
  if (end === i || !last || !CARD_END.test(st.sentence.slice(last.end)) || namesNoEmployer(st, i, end)) return -1;
  // (Roles themselves are no employer: "the CEO, CTO and ...".)
  const words = tokens.slice(i, end);
  return words.every((w) => isEverydayWord(w.lower)) || words.some((w) => ROLE_WORDS.has(w.lower) || ROLE_HEADS.has(w.lower)) ? -1 : end;
}

/** Organization suffixes that are also everyday nouns for a kind of thing ("distributed systems", "open software"). */
const KIND_SUFFIXES = new Set(['Systems', 'Software', 'Technologies']);

const HYPHENATED = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** A JavaScript or Julia library's conventional name, "Name.js" / "Name.jl"; a lowercase word so named is a file. */
const PACKAGE_SUFFIX = /^([\p{L}\d][\p{L}\d-]*)\.(?:js|jl)$/u;
function packageNamed(text: string): boolean {
  // (Asked of every token: the suffix first.)
  if (!text.endsWith('.js') && !text.endsWith('.jl')) return false;
  const stem = PACKAGE_SUFFIX.exec(text)?.[1];
  return !!stem && !(stem === stem.toLowerCase() && isEverydayWord(stem));
}
const SOFTWARE_PARTS = new Set(['operator', 'controller', 'exporter', 'plugin', 'provisioner', 'driver', 'agent', 'cli', 'ctl', 'proxy', 'ingress', 'dashboard', 'adapter', 'scheduler', 'autoscaler', 'sidecar', 'injector', 'webhook', 'manager', 'server', 'client', 'sdk', 'bridge', 'gateway', 'collector', 'shim', 'runtime', 'cni', 'csi']);

function compoundOfProject(text: string): boolean {
  const parts = text.split('-');
  const head = parts[0] ?? '';
  const known = head === 'kube' || head === 'k8s' || resolveName(head)?.type === 'Project';
  return known && parts.length <= 4 && (parts.slice(1).some((p) => SOFTWARE_PARTS.has(p)) || head === 'kube' || head === 'k8s');
}

export function nameSignals(st: SentenceTokens, taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = st;
  const free = (i: number): boolean => !taken.has(i) && !out.some((c) => i >= c.tokenStart && i < c.tokenEnd);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !free(i)) continue;
    const found = signalAt(st, taken, i, t, free);
    if (found) out.push(found);
  }
  return out;
}

/** The name the first signal that fires finds at token `i`, or null. */
function signalAt(st: SentenceTokens, taken: Set<number>, i: number, t: Token, free: (i: number) => boolean): Candidate | null {
  const { tokens } = st;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "a project named Decco"
  if (prev && NAMING_WORDS.has(prev.lower) && PROJECT_NOUNS.has(tokens[i - 2]?.lower ?? '') && nameLike(t)) {
    return candidate(st, i, i + 1, 'Project');
  }
  // "the Foo operator", "the Foo project", "the knitr package"
  if (prev && ARTICLES.has(prev.lower) && next && PROJECT_NOUNS.has(next.lower) && (nameLike(t) || (prev.lower === 'the' && PACKAGE_NOUNS.has(next.lower) && coinedLowercase(t) && !isHandle(st, t))) && !isFirstName(t.lower)) {
    return candidate(st, i, i + 1, 'Project');
  }
  // "the creator of Zorb", "(maintainer of plonk)"; "Zorb, a logging library"
  const made = prev?.lower === 'of' && MAKER_WORDS.has(tokens[i - 2]?.lower ?? '');
  if (((made && toolLike(t) && !isHandle(st, t)) || appositiveProject(st, i)) && !isFirstName(t.lower) && !st.titleLike) {
    return candidate(st, i, i + 1, 'Project');
  }
  // "Foo is a lightweight service proxy"
  if (i === 0 && next?.lower === 'is' && ARTICLES.has(tokens[2]?.lower ?? '') && nameLike(t)) {
    const nounAhead = tokens.slice(3, 7).some((x) => PROJECT_NOUNS.has(x.lower));
    if (nounAhead) {
      return candidate(st, i, i + 1, 'Project');
    }
  }
  // "Promtail ships logs to Loki", "we deployed Promtail": software by what it does or what is done to it.
  const besideCue = (next !== undefined && ACTING_VERBS.has(next.lower) && !t.possessive) || (prev !== undefined && OBJECT_VERBS.has(prev.lower));
  if (besideCue && t.text.length >= 3 && !st.titleLike && nameLike(t) && !isFirstName(t.lower) && !isLastName(t.lower)) {
    return candidate(st, i, i + 1, 'Project');
  }
  const employer = employerSpan(st, i, taken);
  if (employer > i) {
    return candidate(st, i, employer, 'Organization');
  }
  const origin = originName(st, i);
  if (origin) {
    return candidate(st, i, i + 1, origin);
  }
  // "Pax Automa Labs", "Acme Corp"
  if (ORG_SUFFIXES.has(t.text) && i > 0) {
    let from = i;
    while (from > 0 && from > i - 3 && free(from - 1) && isCapitalised(tokens[from - 1] as Token) && !isNonEntity(tokens[from - 1]?.text ?? '')) from--;
    // A capitalised everyday word opening the sentence ("Yesterday Acme Labs ...") is not part of the name.
    if (from === 0 && from < i - 1 && isCommonWord(tokens[0]?.lower ?? '')) from = 1;
    // ("Distributed Systems", "Specialized Container-Based Systems": everyday words before a suffix that is also a
    // kind of thing name that kind; before "Corporation" or "Institute" they still name the body.)
    const everydayOnly = KIND_SUFFIXES.has(t.text) && tokens.slice(from, i).every((w) => w.lower.split('-').every((part) => part.length > 0 && isEverydayWord(part)));
    return from < i && !(i - from === 1 && isCommonWord(tokens[from]?.lower ?? '')) && !everydayOnly ? candidate(st, from, i + 1, 'Organization') : null;
  }
  // Companies compromise knows by name ("Nvidia", "Lenovo") that the landscape does not list.
  if (isCapitalised(t) && t.text.length >= 3 && isLexiconOrganization(t.lower) && !LEGAL_WORDS.has(t.lower) && !isNonEntity(t.text)) {
    return candidate(st, i, i + 1, 'Organization');
  }
  // "D3.js", "Pluto.jl", "asm.js": a library named by its language's package suffix (not a file: "index.js").
  if (packageNamed(t.text)) {
    return candidate(st, i, i + 1, 'Project');
  }
  // "prometheus-operator", "spark-operator", "kube-netc": a hyphenated compound of a known project (or "kube")
  // and a software noun or another part is a project of its own.
  if (t.text.includes('-') && HYPHENATED.test(t.text) && compoundOfProject(t.text)) {
    return candidate(st, i, i + 1, 'Project');
  }
  if (t.text.length >= 5 && hasInnerCapital(t.text) && (CAMEL.test(t.text) || (acronymShaped(t.text) && !EVENT_ENDING.test(t.text))) && !isNonEntity(t.text) && !isEventSurface(t.text) && !st.titleLike && !codeIdentifier(t.text) && !isHandle(st, t)) return candidate(st, i, i + 1, 'Project');
  return null;
}
