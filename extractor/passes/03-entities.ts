/** Pass 3: finds Project/Organization/Person mentions in each section's text and link targets. */
import { isNonEntity } from '../gazetteer/lexicon.ts';
import { isPlace } from '../entities/name-lexicon.ts';
import { eventOf } from './05-event.ts';
import { gazetteerMatches } from '../entities/gazetteer-matches.ts';
import { cuedPeople } from '../entities/cued-people.ts';
import { linkMentions } from '../entities/link-mentions.ts';
import { selfNamedLink } from '../entities/self-named-links.ts';
import { listedNames } from '../entities/listed-names.ts';
import type { Candidate } from '../entities/mention.ts';
import { nameSignals } from '../entities/name-signals.ts';
import { multiWordPlaceTokens } from '../entities/name-lexicon.ts';
import { findPeople, knownSpeakers, mononymsAsPlaces } from '../entities/people.ts';
import { speakerOrgMatches, unknownSpeakerOrgs } from '../entities/speaker-orgs.ts';
import { sentenceTokens, type SentenceTokens } from '../entities/sentence-tokens.ts';
import { sectionSentences } from '../entities/sentences.ts';
import { asShortForm, shortFormMentions, shortFormsOf } from '../entities/short-forms.ts';
import { correctUnknown, findTypos, postTargets } from '../entities/typos.ts';
import { resolveName } from '../gazetteer/resolve.ts';
import { nameKey } from '../gazetteer/tokenize.ts';
import { isProfilePage } from './02-words.ts';
import type { EntityMention, ParsedPost, Section, TalkRecord } from './types.ts';

interface Found {
  candidate: Candidate;
  sectionIndex: number;
  sentence: string;
  /** The sentence's tokens, for a mention found in its text (none for a link's). */
  st?: SentenceTokens;
}

interface SentenceWork {
  sectionIndex: number;
  st: SentenceTokens;
  taken: Set<number>;
}

function markTaken(taken: Set<number>, c: Candidate): void {
  for (let k = c.tokenStart; k < c.tokenEnd; k++) taken.add(k);
}

/** Index of the first sentence from `from` on that contains `needle`, or -1. */
function sentenceWith(sentences: readonly string[], needle: string, from: number): number {
  for (let i = from; i < sentences.length; i++) if (sentences[i]?.includes(needle)) return i;
  return -1;
}

const BARE_URL = /\b(?:https?:\/\/|(?:www\.)?(?:github|gitlab)\.com\/)[^\s)>\]"']+/g;

/**
 * For each section inside a talk (its own and its sub-sections), the talk's speakers by first name. A first name two
 * speakers share names neither.
 */
function talkFirstNames(post: ParsedPost, talks: TalkRecord[]): Array<Map<string, string>> {
  const byTalk = new Map<number, Map<string, string>>();
  for (const talk of talks) {
    const names = new Map<string, string>();
    const shared = new Set<string>();
    for (const s of talk.speakers) {
      const [first, ...rest] = s.name.split(/\s+/);
      if (!first || rest.length === 0 || first.length < 3) continue;
      const key = first.toLowerCase();
      if (names.has(key)) shared.add(key);
      names.set(key, s.name);
    }
    for (const key of shared) names.delete(key);
    if (names.size) byTalk.set(talk.sectionIndex, names);
  }
  const none = new Map<string, string>();
  return post.sections.map((section) => {
    for (let at: number | null = section.index; at !== null; at = post.sections[at]?.parent ?? null) {
      const names = byTalk.get(at);
      if (names) return names;
    }
    return none;
  });
}

/** Name keys of a section's link texts that point at one person's profile ("[Ann Lee](https://twitter.com/ann)"). */
function profileNames(section: Section): Set<string> {
  const out = new Set<string>();
  for (const l of section.links) if (isProfilePage(l.href)) out.add(nameKey(l.text));
  return out;
}

/**
 * The name of the event the post covers, without its year and the place after the name ("Øredev 2022" -> "øredev",
 * "Zorbconf Lisbon 2018" -> "zorbconf"), lowercased: a name the gazetteer does not know is the event there, not an
 * organization or project of its own.
 */
function ownEventName(post: ParsedPost): string | null {
  const firstHeading = post.sections.find((s) => s.level > 0)?.heading ?? null;
  const event = eventOf(post.frontMatter, firstHeading);
  const before = event ? /^(.*?)\s*['’]?\b(?:19|20)\d{2}\b/u.exec(event.name)?.[1]?.trim() : undefined;
  if (!before) return null;
  const words = before.split(/\s+/);
  while (words.length > 1 && isPlace((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ').toLowerCase();
}

export function findEntities(post: ParsedPost, talks: TalkRecord[]): EntityMention[] {
  const speakers = new Map<string, string>();
  for (const talk of talks) for (const s of talk.speakers) if (s.name.includes(' ')) speakers.set(nameKey(s.name), s.name);
  const known = knownSpeakers(speakers);

  // A talk's own link names the talk, not a project its address happens to spell.
  const titleKeys = new Set(talks.map((t) => nameKey(t.title)));
  const orgs = unknownSpeakerOrgs(talks.flatMap((t) => t.speakers.map((s) => s.organization)));
  const firstNamesBySection = talkFirstNames(post, talks);
  const found: Found[] = [];
  const work: SentenceWork[] = [];
  const placeWords = new Set<string>();
  for (const section of post.sections) {
    const sectionStart = found.length;
    const sentences = sectionSentences(section);
    const profiles = profileNames(section);
    for (const sentence of sentences) {
      const st = sentenceTokens(sentence);
      for (const w of mononymsAsPlaces(st)) placeWords.add(w);
      const places = multiWordPlaceTokens(st.tokens);
      // (The places' set is the sentence's own: the gazetteer reads it before any name is marked taken in it.)
      const taken = places;
      const here: Candidate[] = [];
      const add = (c: Candidate): void => {
        markTaken(taken, c);
        here.push(c);
        found.push({ candidate: c, sectionIndex: section.index, sentence, st });
      };
      gazetteerMatches(st, places).forEach(add);
      const people = findPeople(st, taken, known, firstNamesBySection[section.index]);
      people.forEach(add);
      cuedPeople(st, taken, profiles, people).forEach(add);
      speakerOrgMatches(st, taken, orgs).forEach(add);
      nameSignals(st, taken).forEach(add);
      listedNames(st, here, taken).forEach(add);
      work.push({ sectionIndex: section.index, st, taken });
    }
    const inSection = new Set<string>();
    for (let k = sectionStart; k < found.length; k++) {
      const c = found[k]?.candidate;
      if (c && !c.needsContext) inSection.add(c.id);
    }
    const texts = new Map<string, string>();
    for (const l of section.links) if (!texts.has(l.href)) texts.set(l.href, l.text);
    for (const href of section.text.match(BARE_URL) ?? []) if (!texts.has(href)) texts.set(href, href);
    // Links come in text order: search on from the last hit so many links in one section stay linear.
    let cursor = 0;
    for (const [href, text] of texts) {
      const candidates = linkMentions(href);
      // (A name the section's text already yields is one mention, not a second one for its link.)
      const named = titleKeys.has(nameKey(text)) || speakers.has(nameKey(text)) ? null : selfNamedLink(text, href);
      if (named && !candidates.some((c) => c.id === named.id) && !inSection.has(named.id)) candidates.push(named);
      if (candidates.length === 0) continue;
      const hit = sentenceWith(sentences, text || href, cursor);
      if (hit >= 0) cursor = hit;
      const sentence = sentences[hit >= 0 ? hit : cursor] ?? '';
      for (const c of candidates) found.push({ candidate: c, sectionIndex: section.index, sentence });
    }
  }

  // One sense per post: a context-only match counts if the entity is well known or also appears unambiguously.
  const confirmed = new Set(found.filter((f) => !f.candidate.needsContext).map((f) => f.candidate.id));
  // A name of everyday words written with its capitals in mid-sentence twice or more ("Is Flutter coming?", "Use
  // Flutter!") is a name the post uses, not a word it capitalised once.
  const midSentence = new Map<string, Set<string>>();
  for (const f of found) {
    if (!f.candidate.midSentence) continue;
    // (Twice in one sentence counts too: "the app in Flutter (the biggest app in Flutter)".)
    const sentences = midSentence.get(f.candidate.id) ?? new Set<string>();
    midSentence.set(f.candidate.id, sentences.add(`${f.candidate.tokenStart}:${f.sentence}`));
    if (sentences.size >= 2) confirmed.add(f.candidate.id);
  }
  // A speaker's organization named in a talk heading confirms the name in prose ("created at Intuit").
  for (const talk of talks) {
    for (const s of talk.speakers) {
      const org = s.organization ? resolveName(s.organization, 'Organization') : null;
      if (org) confirmed.add(org.id);
    }
  }
  const kept = found.filter((f) => !f.candidate.needsContext || f.candidate.prominent || confirmed.has(f.candidate.id));

  const forms = shortFormsOf(kept.map((f) => f.candidate));
  if (forms.size > 0) {
    const isKept = new Set(kept);
    for (const f of found) {
      const product = f.st ? asShortForm(f.candidate, f.st, forms) : null;
      if (!product) continue;
      f.candidate = product;
      if (!isKept.has(f)) kept.push(f);
    }
    for (const w of work) {
      for (const c of shortFormMentions(w.st, w.taken, forms)) {
        for (let k = c.tokenStart; k < c.tokenEnd; k++) w.taken.add(k);
        kept.push({ candidate: c, sectionIndex: w.sectionIndex, sentence: w.st.sentence });
      }
    }
  }

  const extra = postTargets(confirmed);
  for (const f of kept) {
    if (!f.candidate.unknown) continue;
    const fixed = correctUnknown(f.candidate, extra);
    if (fixed) f.candidate = fixed;
  }
  for (const w of work) {
    const sentence = w.st.sentence;
    for (const c of findTypos(w.st, w.taken, extra)) kept.push({ candidate: c, sectionIndex: w.sectionIndex, sentence });
  }

  const placeName = (c: Candidate): boolean => c.type === 'Person' && !c.surface.includes(' ') && placeWords.has(c.surface.toLowerCase());
  const event = ownEventName(post);
  const eventName = (c: Candidate): boolean => event !== null && c.type !== 'Person' && c.surface.toLowerCase() === event && resolveName(c.surface) === null;
  return kept
    .filter((f) => (f.candidate.employer === true || !isNonEntity(f.candidate.surface)) && !placeName(f.candidate) && !eventName(f.candidate))
    .map(({ candidate: c, sectionIndex, sentence }) => ({
      entityId: c.id,
      type: c.type,
      name: c.name,
      surface: c.surface,
      sectionIndex,
      sentence,
    }));
}
