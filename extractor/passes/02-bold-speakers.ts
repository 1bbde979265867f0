/**
 * Pass 2 helper: speakers a write-up marks. Bold ("an eBPF talk with **Liz Rice** (Chief Open Source Officer,
 * Acme)", "**Ann Lee**, **Bo Chen** and **Cara Diaz** talked about ..."): authors bold the people on stage; a bold
 * run that is a person's name, with the role and organization in parentheses or after "from", is a speaker. Linked
 * to a profile ("[Mario Fusco](https://twitter.com/...) talked about ..."), in a paragraph about a talk.
 */
import type { TextBlock } from './00-blocks.ts';
import type { LinkSpan, Span } from './00-inline.ts';
import type { SpeakerRecord } from './types.ts';
import { isGivenName, isPersonName, nameStrength } from './02-person-name.ts';
import { namesAProject, namesAThing } from '../gazetteer/resolve.ts';
import { byFollows, PRESENT_VERBS, STAGE_VERBS, FOREIGN_AND, FOREIGN_STAGE_AFTER, FOREIGN_STAGE_BEFORE, isProfileLink, isProfilePage, isSpeakerPage, profileHandle, SPEAKER_LABEL_WORDS } from './02-words.ts';
import { roleAndOrg } from './02-heading.ts';
import { withoutHonorifics } from './02-speakers.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';
import { isPlace } from '../entities/name-lexicon.ts';

const ORG_WORD = String.raw`\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*`;
const AFTER = new RegExp(String.raw`^\s*(?:\(([^()]{2,120})\)|,?\s+(?:from|of|at)\s+(${ORG_WORD}(?:\s+${ORG_WORD}){0,3}))`, 'u');

/** `company`: other names stand beside it; `profile`: it links the person's profile, so a name of common words is one ("Van Lindberg"). */
function speakerAt(text: string, span: Span, company: boolean, profile = false): SpeakerRecord | null {
  const name = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // "**Kubernetes Operators**": a run that starts with a known project or organization is no person.
  if (namesAThing(name) || namesAThing(name.split(' ')[0] ?? '')) return null;
  const after = AFTER.exec(text.slice(span.end, span.end + 140));
  if (!isPersonName(name, company || profile || after !== null) && !(company && nameStrength(name) === 'shape')) return null;
  const paren = after?.[1]?.split(/\s*,\s*/) ?? [];
  const org = after?.[2] ?? (paren.length ? (paren[paren.length - 1] ?? null) : null);
  const role = paren.length > 1 ? paren.slice(0, -1).join(', ') : null;
  // "(@handle)" or a project in parentheses is not an organization.
  const organization = org && !org.startsWith('@') && !namesAProject(org) ? org : null;
  return { name, role, organization };
}

/** Bold person names in the given range of a block (all of it by default). */
export function boldSpeakers(block: TextBlock, from = 0, to = block.text.length): SpeakerRecord[] {
  const spans = block.strong.filter((s) => s.start >= from && s.end <= to);
  const named = spans.filter((s) => nameStrength(block.text.slice(s.start, s.end).trim()) !== 'none' && !byFollows(block.text, s.end));
  const out: SpeakerRecord[] = [];
  for (const span of named) {
    const sp = speakerAt(block.text, span, named.length > 1);
    if (sp && !out.some((o) => o.name === sp.name)) out.push(sp);
  }
  return out;
}

/** The bold speakers of a section's first blocks: a title-only heading's talk given by the people its body bolds. */
export function sectionBoldSpeakers(blocks: readonly TextBlock[]): SpeakerRecord[] {
  for (const block of blocks.slice(0, 3)) {
    const found = boldSpeakers(block);
    if (found.length) return found;
  }
  return [];
}

/** The verbs of presenting and of what speakers do on stage (data/heading-words.json), as an alternation. */
const ON_STAGE_VERBS = [...PRESENT_VERBS, ...STAGE_VERBS].join('|');
/** A verb of someone on stage, right after their name ("[Ann Lee](...) talked about ...", "... from Acme showed ..."). */
const STAGE_VERB_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,80}\))?(?:,?\s+(?:from|of|at)\s+\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})?,?\s+(?:talking|presenting|showing|giving|explaining|speaking|tried|took|(?:started|began|opened|kicked\s+off)\s+(?:the|his|her|their)\s+(?:talk|session|keynote|presentation)|${ON_STAGE_VERBS}|${FOREIGN_STAGE_AFTER})(?![\p{L}])`, 'u');
/**
 * Words right before a name that put it on stage ("given by [Ann Lee]", "With [Ann Lee] as ...", "a talk from [Ann
 * Lee]"); a talk watched "with" someone is no talk of theirs.
 */
const STAGE_BEFORE = new RegExp(String.raw`(?:\bby|(?:^|[.!?]\s+)With|\b(?:talk|keynote|session|presentation|workshop)\s+from|(?:^|\s)(?:${FOREIGN_STAGE_BEFORE}))\s*$`, 'u');
/** A name joined to the one before it ("[Ann Lee] and [Bo Chen] talked ..."). */
const JOINED = new RegExp(String.raw`^\s*(?:,|,?\s*(?:and|${FOREIGN_AND})|&)\s*$`, 'u');

/**
 * The speakers a section's first paragraph links to their profiles, as people on stage: a title-only heading's talk
 * ("## Lazy Java" / "[Mario Fusco](https://twitter.com/...) talked about ...", "given by [Ann Lee](...) and [Bo
 * Chen](...)"). A linked name the paragraph only meets ("I got to meet [Ann Lee](...)") is none.
 */
/** A block that only links the talk's material ("[Talk abstract](...)", "[Slides](...)", a bare address). */
function materialOnly(block: TextBlock): boolean {
  const text = block.text.trim();
  if (/^(?:https?:\/\/|www\.)\S+$/.test(text)) return true;
  return block.links.length === 1 && /^(?:(?:the\s+)?(?:talk|session)\s+)?(?:abstract|slides|video|recording|details|description|page)$/i.test(text);
}

/**
 * What may stand before a name that opens a sentence: nothing, or up to five words of time or order in capitals
 * first ("Right after that,", "After a short coffee break").
 */
const SENTENCE_OPENING = /(?:^|[.!?]\s+|\n)(?:(?:After|Before|Then|Next|Later|Finally|Right|Afterwards|Following|Directly|Immediately)(?:\s+[\p{Ll}\d]+){0,4},?\s+)?\s*$/u;

/**
 * A profile link's text around a given name: "Ann", "Ann's" or "James'" (the talk's owner), "Ann from Acme" (where she
 * works).
 */
const LINKED_GIVEN_NAME = /^(\p{Lu}\p{Ll}{2,})(?:(['’]s?)|\s+from\s+(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}))?$/u;

/** After a possessive given name, its talk: "[Ann's](profile) talk was ...", "[James'](profile) great keynote". */
const OWNS_TALK_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:talk|keynote|session|presentation|workshop)\b/u;

/** Before a given name, the talk it gave: "a really interesting talk by [Ann](profile)", "given by [Ann](profile)". */
const TALK_BY_BEFORE = /\b(?:(?:talk|keynote|session|presentation|workshop)\s+(?:by|from)|(?:given|presented|delivered)\s+by)\s*$/u;

/**
 * "[Tovi](https://twitter.com/...) presented ...", "[Ilka](...) and [Orrin](...) presented ...": profile links that
 * open a sentence of the paragraph, each text a given name alone. The profile says these are people; the notes know
 * them by first name. A short phrase of time may come first ("Right after that, [Rin](...) gave ...", "After a short
 * break [Ann](...) told us ..."); callers still ask for a stage verb after the name. So may the name own the talk
 * ("[Ann's](...) talk was ...") or say where its owner works ("[Ann from Acme](...) gave ..."), or follow the talk
 * it gave ("... a talk by [Ann](...)"): these need no verb.
 */
function openingGivenNames(text: string, links: readonly LinkSpan[]): Map<LinkSpan, { speaker: SpeakerRecord; onStage: boolean }> {
  const out = new Map<LinkSpan, { speaker: SpeakerRecord; onStage: boolean }>();
  let joinedAt = -1;
  for (const link of links) {
    const m = LINKED_GIVEN_NAME.exec(text.slice(link.start, link.end).trim());
    const word = m?.[1] ?? '';
    const talkBy = TALK_BY_BEFORE.test(text.slice(Math.max(0, link.start - 40), link.start));
    const opensSentence = link.start === joinedAt || SENTENCE_OPENING.test(text.slice(Math.max(0, link.start - 60), link.start));
    if (!m || !(opensSentence || (talkBy && !m[2])) || !isProfilePage(link.href) || isPlace(word.toLowerCase()) || namesAThing(word)) continue;
    // (An everyday word is a name where the profile's handle spells it, "[Frank](https://twitter.com/franklin...)", or
    // the lexicon knows it as a given name: "[Martin](https://twitter.com/zorb_monster) started the talk".)
    if (isEverydayWord(word.toLowerCase()) && !isGivenName(word) && !profileHandle(link.href).startsWith(word.toLowerCase())) continue;
    const owns = !!m[2] && OWNS_TALK_AFTER.test(text.slice(link.end, link.end + 40));
    if (m[2] && !owns) continue;
    out.set(link, { speaker: { name: word, role: null, organization: m[3] ?? null }, onStage: owns || talkBy });
    const joiner = /^\s*(?:,|,?\s*and|&)\s*/.exec(text.slice(link.end));
    joinedAt = joiner ? link.end + joiner[0].length : -1;
  }
  return out;
}

/** The notes speak of someone's own talk: "her presentation", "his great talk", "their keynote". */
const OWN_TALK_AFTER = /\b(?:her|his|their)\s+(?:\p{Ll}+\s+){0,2}(?:talk|presentation|keynote|session|workshop)\b/u;

export function sectionLinkedSpeakers(blocks: readonly TextBlock[]): SpeakerRecord[] {
  // (A line that only links the talk's abstract or slides comes before the first paragraph; so does a picture in HTML,
  // read as its alt text.)
  const block = blocks.slice(0, 3).find((b) => !materialOnly(b) && !(b.form === 'html' && b.links.length === 0));
  if (!block || block.form !== 'paragraph') return [];
  const text = block.text;
  const opening = openingGivenNames(text, block.links);
  // (A name linked to its page in the event's programme is one of the event's speakers: "I first met
  // [Ann Lee](https://conf.example/program/ann-lee/)".)
  const programme = new Set(block.links.filter((l) => isSpeakerPage(l.href, text.slice(l.start, l.end))));
  const people = block.links.filter((l) => (isProfileLink(l.href) && (opening.has(l) || nameStrength(text.slice(l.start, l.end).trim()) !== 'none')) || programme.has(l));
  // ("[Ann Lee](profile) is not only funny to listen to ... her presentation was good": the name that opens the notes,
  // when they go on about that person's talk.)
  const opensOwnTalk = (l: LinkSpan): boolean => text.slice(0, l.start).trim() === '' && OWN_TALK_AFTER.test(text.slice(l.end, l.end + 400));
  const onStage = people.map((l) => programme.has(l) || !!opening.get(l)?.onStage || STAGE_VERB_AFTER.test(text.slice(l.end, l.end + 120)) || STAGE_BEFORE.test(text.slice(Math.max(0, l.start - 24), l.start)) || opensOwnTalk(l));
  // A name joined to a name on stage is on stage too ("[A] and [B] presented", "With [A] ... and [B] ...").
  const joined = people.map((l, i) => onStage[i] || (i > 0 && onStage[i - 1] && JOINED.test(text.slice(people[i - 1]?.end ?? 0, l.start))) || (i + 1 < people.length && onStage[i + 1] && JOINED.test(text.slice(l.end, people[i + 1]?.start ?? 0))));
  const out: SpeakerRecord[] = [];
  for (const [i, link] of people.entries()) {
    if (!joined[i]) continue;
    // (Only the name: the words after a programme link say where the writer met them, "at ZorbCon".)
    const given = opening.get(link)?.speaker;
    const sp = given ? { ...given } : programme.has(link) ? { name: text.slice(link.start, link.end).trim(), role: null, organization: null } : speakerAt(text, link, false, true);
    if (sp && !out.some((o) => o.name === sp.name)) out.push(sp);
  }
  return out.length <= 4 ? out : [];
}

/** A label before a card's people: "Panel:", "Speakers:", "Moderator:". */
const CARD_LABEL = new RegExp(String.raw`^\s*(?:(?:${SPEAKER_LABEL_WORDS}|panel|moderators?)\s*:\s*)?`, 'i');
/** An organization by its shape alone, after a card's name: "Quantium", "Acme Labs". */
const ORG_ALONE = /^\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2}$/u;

/** Characters of the text after a card's name that may hold its role and organization. */
const MAX_TAIL = 160;

/** Lines of a card with one person a line. */
const MAX_CARD_LINES = 4;

/** Where line `i` of `lines` (split on "\n") starts in their text. */
function lineStart(lines: readonly string[], i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += (lines[k]?.length ?? 0) + 1;
  return at;
}

/** Words of a line before a card ("tl;dr ..."): more is a paragraph of notes, and a name after it signs them. */
const MAX_LINE_BEFORE_CARD = 20;

/** The role and organization a card writes after a name, up to the next name: " - CDO, Acme", " VP at Acme, a ...". */
function cardTail(tail: string): { role: string | null; organization: string | null } {
  // ("(Staff Engineer, Acme)": the role and organization in brackets.)
  const bracketed = /^\s*\(([^()]{2,120})\)/.exec(tail)?.[1];
  if (bracketed) {
    const parts = bracketed.split(/\s*,\s*/);
    const at = roleAndOrg(bracketed);
    return at ?? { role: parts.length > 1 ? parts.slice(0, -1).join(', ') : null, organization: parts.length > 1 ? (parts[parts.length - 1] ?? null) : null };
  }
  // (A card's tail is short: only its opening is read, so a hostile line stays linear.)
  const line = (tail.slice(0, MAX_TAIL).split('\n', 1)[0] ?? '').replace(/^[\s:–—-]+|^\s*,\s*/, '');
  const text = (line.split(/,\s+(?:a|an|the|who|which)\s/)[0] ?? '').trimEnd().replace(/(?:,|\band|&)$/, '').trimEnd().replace(/[,.;]$/, '').trim();
  if (!text) return { role: null, organization: null };
  const read = roleAndOrg(text);
  if (read) return read;
  return ORG_ALONE.test(text) && !isPersonName(text, false) ? { role: null, organization: text } : { role: null, organization: null };
}

/**
 * A title-only heading's notes that open with its speakers' card: "[Ann Lee](https://linkedin.com/in/...) - CTO, Acme
 * and [Bo Chen](...)", "Panel: [Ann Lee](...) Acme, [Bo Chen](...) Zorb Labs". A paragraph of the first few that
 * opens with a person linked to their profile; every person the line links so is a speaker, with the role and
 * organization written after each.
 */
export function openingProfileCard(blocks: readonly TextBlock[]): SpeakerRecord[] {
  for (const [i, block] of blocks.slice(0, 3).entries()) {
    // (Notes follow a card, and only a short line comes before it, "tl;dr ...": a linked name after a paragraph of
    // prose signs the section, "[Ann Lee](profile)" under "## Closing Words".)
    const notes = blocks[i + 1];
    if (block.form !== 'paragraph' || !notes || (notes.form !== 'paragraph' && notes.form !== 'item')) continue;
    if (blocks.slice(0, i).some((b) => b.text.split(/\s+/).length > MAX_LINE_BEFORE_CARD)) return [];
    // (Its first line, or its lines when each opens with a person: "[Ann Lee](...) (CTO, Acme)<br>[Bo Chen](...) ...".)
    const lines = block.text.split('\n', MAX_CARD_LINES + 1);
    const line = lines.length <= MAX_CARD_LINES && lines.every((_, k) => k === 0 || block.links.some((l) => l.start === lineStart(lines, k))) ? lines.join('\n') : (lines[0] ?? '');
    const start = CARD_LABEL.exec(line)?.[0].length ?? 0;
    const links = block.links.filter((l) => l.end <= line.length).sort((a, b) => a.start - b.start);
    const nameOf = (l: LinkSpan): string => withoutHonorifics(line.slice(l.start, l.end).replace(/\s+/g, ' ').trim());
    const person = (l: LinkSpan): boolean => isProfileLink(l.href) && !namesAThing(nameOf(l)) && isPersonName(nameOf(l), true);
    const first = links[0];
    if (!first || line.slice(start, first.start).trim() !== '' || !person(first)) continue;
    const people = links.filter(person);
    return people.map((l, k) => ({ name: nameOf(l), ...cardTail(line.slice(l.end, people[k + 1]?.start ?? line.length)) }));
  }
  return [];
}

/** Blocks at the top of a talk's notes where its speakers' card stands. */
const CARD_BLOCKS = 4;
/** "in Uruguay", "in San Francisco": where a person works, written after the employer on a card's line. */
const PLACE_TAIL = /\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u;

/**
 * A speaker named alone on a line of the notes' opening (a list item or paragraph that is only the name, linked or
 * not), the next line the card's role at its employer: "* [Ann Lee](profile)" over "* Engineer at Acme in Lisbon",
 * as slide decks and copied programmes set a speaker's card. The role and employer go to a speaker who has neither.
 */
export function withCardLines(speakers: readonly SpeakerRecord[], blocks: readonly TextBlock[]): SpeakerRecord[] {
  if (speakers.every((s) => s.role !== null || s.organization !== null)) return [...speakers];
  const opening = blocks.slice(0, CARD_BLOCKS);
  return speakers.map((s) => {
    if (s.role !== null || s.organization !== null) return s;
    const at = opening.findIndex((b) => b.text.trim() === s.name);
    const card = at < 0 ? undefined : opening[at + 1];
    // (A card's line is short: a long one is notes, and is never read.)
    if (!card || card.text.length > MAX_TAIL || card.text.includes('\n') || !(card.form === 'item' || card.form === 'paragraph')) return s;
    // ("Engineer at Acme, background in psychology": the card's first clause; "... at Acme in Lisbon": no place.)
    const clause = (card.text.trim().split(/\s*,\s*/)[0] ?? '').replace(PLACE_TAIL, '');
    const read = / at /.test(clause) ? roleAndOrg(clause) : null;
    return read?.organization ? { ...s, role: read.role, organization: read.organization } : s;
  });
}
