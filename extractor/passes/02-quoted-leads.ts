/**
 * Pass 2 helper, lead reader 5: a title a sentence sets apart by quotes or italics ('A talk on "X" was given by Ann
 * Lee', "*Title* delivered by Ann Lee", "Ann Lee - *Title*"), its speakers right after or before it, or named by its
 * sentence.
 */
import type { TextBlock } from './00-blocks.ts';
import type { SpeakerRecord } from './types.ts';
import { SESSION_CODE, stripLabel } from './02-heading.ts';
import { parseSpeakers, roleOrgParenAsCommas } from './02-speakers.ts';
import { soleNamedSpeakers, speakersInText } from './02-speakers-in-text.ts';
import { everydayPhrase, isGivenName, isPersonName } from './02-person-name.ts';
import { clauseSubject, subjectPresents } from './02-clause-speakers.ts';
import { BY_VERBS, FOREIGN_BY, isProfilePage, ORDER_VERBS, PRESENT_VERBS, STAGE_VERBS } from './02-words.ts';
import { type SessionLead, MY_TALK, PRESENTED, QUOTED, SENTENCE_WINDOW, SESSION_DESCRIPTION, TALK_WORD, kindBefore, namesWork, otherTitles, sentenceEndAfter, sentenceStart, titleLike, videoIn } from './02-lead-text.ts';

/** Where a block sets a title apart in prose: quotes, or an italic run ("In her talk *Title*, Ann Lee showed ..."). */
function setApartTitles(block: TextBlock): Array<{ at: number; end: number; title: string }> {
  const out: Array<{ at: number; end: number; title: string }> = [];
  if (/["“„«'‘]/.test(block.text)) {
    for (const m of block.text.matchAll(QUOTED)) {
      out.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, title: m[1] ?? m[2] ?? '' });
      if (out.length >= MAX_SET_APART) return out;
    }
  }
  for (const span of block.emphasis.slice(0, MAX_SET_APART - out.length)) {
    const title = block.text.slice(span.start, span.end);
    // Italics also stress words and asides ("*who doesn't want ...*"): a title opens with a capital, a digit or a
    // name such as eBPF. An italic byline ("*By Ann Lee*") names the speakers, not a title.
    // ("*Lightning talk:* Ann Lee - Title": an italic label ending in a colon introduces the session; it is none.)
    if (/^(?:[\p{Lu}\d]|\p{Ll}{1,3}\p{Lu})/u.test(title) && !/^by\s/i.test(title) && !/:\s*$/.test(title) && !out.some((q) => q.at <= span.start && span.end <= q.end)) out.push({ at: span.start, end: span.end, title });
  }
  return out;
}

const DASHED_SPEAKER = /^\s*[–—-]\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+([^,.;]{2,60}?)(?:\s+(?:at|of|from)\s+(\p{Lu}[\p{L}\d&.’'-]*(?:\s+\p{Lu}[\p{L}\d&.’'-]*){0,3}))?,)?\s/u;

/** The words that link a set-apart title to its speakers' names, and those names up to where the clause goes on. */
const namesAfter = (linkWords: string): RegExp => new RegExp(String.raw`^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:(?:talk|keynote|session|presentation|workshop)\s+)?(?:(?:${BY_VERBS})\s+by|by|${FOREIGN_BY}|with${linkWords})\s+((?:\([^()\n]{0,60}\)|[^(\n])+?)(?=[.;:!?)](?:\s|$)|\n|,\s+(?:and\s+)?(?:I|we|she|he|it|they|which|who|but|so)\b|,\s+(?=\p{Ll})|\s+(?:was|is|were|gave|talked|spoke|presented|showed|explained|who|which)\b|\s+(?!(?:and|of|from|at|van|von|de|der|den|da|di|le|la|del|du|dos|das|y)\s)\p{Ll}|$)`, 'u');
const NAMES_AFTER = namesAfter('');
const NAMES_AFTER_OPENING = namesAfter('|from');

/**
 * A set-apart title's own speakers: "by", "delivered by" or "with" and clear names right after it (asides dropped).
 * `opensLine`: the title opens its line, as a list of talks writes "- *Title* from Ann Lee: ..."; there "from" names
 * its speakers too (in prose, "“Quote” from Ann Lee" is what she said).
 */
function speakersAfterTitle(after: string, opensLine: boolean, profiled: ReadonlySet<string> = NO_NAMES): SpeakerRecord[] | null {
  // "*Title* – Ann Lee, cofounder and head of engineering at Acme, gave ...": a dash, a clear name, its role.
  const dashed = DASHED_SPEAKER.exec(after);
  if (dashed?.[1] && isPersonName(dashed[1], false)) return [{ name: dashed[1], role: dashed[2]?.trim() ?? null, organization: dashed[3]?.trim() ?? null }];
  // "*Title* (Ann Lee, Acme)": the people in parentheses right after the title.
  const paren = /^\s*\(([^()]{3,100})\)/.exec(after);
  const inParen = paren?.[1] ? parseSpeakers(paren[1]) : null;
  if (inParen?.every((sp) => isPersonName(sp.name, false))) return inParen;
  const m = (opensLine ? NAMES_AFTER_OPENING : NAMES_AFTER).exec(after);
  if (!m?.[1]) return null;
  // Asides in parentheses are dropped; a role and organization there ("Ann Lee (Principal Engineer, Acme)") stay.
  const names = roleOrgParenAsCommas(m[1]).replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
  const speakers = parseSpeakers(names);
  if (speakers) return speakers.every((sp) => isPersonName(sp.name, false)) ? speakers : null;
  // (Names of everyday words, which the speaker list reader turns down, are people where each is linked to its owner's
  // profile page: "by [Cliff de Wit](profile)".)
  const linked = names.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  return linked.length > 0 && linked.every((name) => profiled.has(name) && isPersonName(name, true)) ? linked.map((name) => ({ name, role: null, organization: null })) : null;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The texts of the block's links to a person's profile page (a social account, a speaker page). */
function profileLinkTexts(block: TextBlock): Set<string> {
  const out = new Set<string>();
  for (const l of block.links) if (isProfilePage(l.href)) out.add(block.text.slice(l.start, l.end).trim());
  return out;
}

/** How far after a title that opens its paragraph the person it is theirs may be named. */
const OWNER_WINDOW = 300;
/** What a quotation is when the sentence goes on to call it the event's theme. */
const EVENT_MOTTO = /^["”»]?\s*(?:was|is|became)\s+(?:(?:the|this|our|its)\s+)?(?:\w+\s+)?(?:theme|motto|slogan|tagline)\b/i;

/** A link's text up to a quotation that is only someone's name, as theirs: "Ann Lee’s " in "[Ann Lee’s “Title”](video)". */
const LINKED_OWNER = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2}['’]s?\s+$/u;

/** A clear name written as someone's ("Ann Lee's approach", "Ann Lee’s"). */
const POSSESSIVE_NAME = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+){1,2}(?:\s+Jr\.)?)['’]s\s/u;

/**
 * The one person the words after a paragraph's opening title name as theirs ("Ann Lee's approach") or link to
 * their profile: else null (no one, or more than one).
 */
function personAfterOpeningTitle(block: TextBlock, end: number, profiles: ReadonlySet<string>): SpeakerRecord[] | null {
  // (The window, not a count of sentences: an initial's full stop ends none, "Lisa N. Cao's".)
  const window = block.text.slice(end, end + OWNER_WINDOW);
  const names = new Set<string>();
  for (const l of block.links) {
    const name = block.text.slice(l.start, l.end).replace(/\s+/g, ' ').trim();
    if (l.start >= end && l.end <= end + window.length && profiles.has(name) && isPersonName(name, true)) names.add(name);
  }
  const owned = POSSESSIVE_NAME.exec(window)?.[1];
  if (owned && (isPersonName(owned, false) || profiles.has(owned))) names.add(owned);
  return names.size === 1 ? [...names].map((name) => ({ name, role: null, organization: null })) : null;
}

/** The names that open a title's line: "Ann Lee - *Title*", "Ann Lee, Acme: “Title”" (the line ends with the title). */
function speakersBeforeTitle(before: string, rest: string): SpeakerRecord[] | null {
  if (!/^[\s.!?)]*$/.test(rest)) return null;
  const m = /^\s*(?:[-*•]\s+)?([^\n]{3,120}?)\s*(?:-|–|—|:)\s*$/.exec(before);
  const speakers = m?.[1] ? parseSpeakers(m[1]) : null;
  return speakers?.every((sp) => isPersonName(sp.name, true)) && speakers.some((sp) => isPersonName(sp.name, false)) ? speakers : null;
}

/** The talk word a possessive may own before the title: "Ann Lee's talk about “Title”", "her keynote, “Title”". */
const OWNED_TALK = String.raw`(?:\s+(?:\p{Ll}+\s+)?(?:talk|keynote|session|presentation|workshop)(?:\s+(?:on|about|called|titled|entitled)|,)?)?`;

/** Names whose possessive ("Ann Lee's", "Maria Santos'", "Ann Lee and her") stands right before the quoted title, up to three words. */
// (A handle in brackets may follow the possessive: "Ann Lee’s (@annlee) “Title”".)
const OWNER_BEFORE = new RegExp(String.raw`(?:^|[\s(])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:['’]s|(?<=s)['’]|\s+and\s+(?:his|her|their))(?:\s+\(@[\w.]{1,40}\))?${OWNED_TALK}\s+$`, 'u');

/**
 * A name of two or three capitalised words right before "on" or "with" and the title, perhaps with a comma or where
 * its owner works between ("Ann Lee of Acme with “Title”"); "with" in the languages write-ups come in too ("con",
 * "avec", "mit", "com").
 */
const NAME_ON = /(?:^|[\s(,])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:\s+(?:of|from|at|di|de|da|von)\s+\p{Lu}[\p{L}\d.&-]*)?,?\s+(?:on|with|con|avec|mit|com)\s+$/u;

/** A full name, then "and" or "&", right before a possessive owner's name: its co-owner. */
const CO_OWNER = /(?:^|[\s(,])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:and|&)\s+$/u;

/** "Ann Lee and “Title”" opening a list item: who, then what. */
const OWNER_AND = /^[\s>*•-]*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:and|with)\s+$/u;

/**
 * The owner of a title: the clear name ("Ann Lee's “Title” was ...", "Ann Lee and her “Title”"), or a known given name
 * alone, as recaps call speakers ("I went to Karen's talk about “Title”"). A given name alone is someone's name only
 * as a whole: "Next Karen's" is read as "Karen".
 */
function ownerBeforeTitle(before: string, line: string): SpeakerRecord[] | null {
  const possessive = OWNER_BEFORE.exec(before);
  const m = possessive ?? OWNER_AND.exec(line);
  const words = m?.[1]?.split(/\s+/) ?? [];
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    if (!(words.length - k > 1 ? isPersonName(name, false) : isGivenName(name))) continue;
    // ("Ann Lee and Bo Chen's “Title”": a clear name joined to the possessive's owner owns it too.)
    const co = possessive && m?.[1] ? CO_OWNER.exec(before.slice(0, possessive.index + possessive[0].indexOf(m[1]) + m[1].length - name.length))?.[1] : undefined;
    const owner = { name, role: null, organization: null };
    return co && isPersonName(co, false) ? [{ name: co, role: null, organization: null }, owner] : [owner];
  }
  // "some of them include Ann Lee on *Title* and Bo Chen with *Title*": a clear full name right before "on" or "with".
  const on = NAME_ON.exec(before)?.[1]?.split(/\s+/) ?? [];
  for (let k = 0; k + 1 < on.length; k++) {
    const name = on.slice(k).join(' ');
    if (isPersonName(name, false) && !everydayPhrase(name)) return [{ name, role: null, organization: null }];
  }
  return null;
}

/** "I'd been looking forward to that talk": the sentence after a possessive's title calls it a talk by a demonstrative. */
const THAT_TALK = /\b(?:that|this)\s+(?:talk|keynote|session|presentation)\b/i;
function nextSentenceCallsItTalk(text: string, from: number): boolean {
  const rest = text.slice(from, from + SENTENCE_WINDOW);
  const end = rest.search(/[.!?](?:\s|$)/);
  return THAT_TALK.test(end < 0 ? rest : rest.slice(0, end + 1));
}

/**
 * What an owner's possessive vouches for. The possessive before a title names its speaker, so the name counts as clear
 * even when it is a given name alone ("Karen's talk about “Title”"). Where no word in the sentence says talk, only a
 * section of talks makes it one, as a book or a paper may be someone's too; so does a given name alone, which a recap
 * uses for speakers it already introduced.
 */
function ownerEvidence(owner: SpeakerRecord[] | null, told: boolean): Pick<SessionLead, 'vouchedNames' | 'inTalksOnly'> {
  if (!owner) return {};
  const givenOnly = owner.some((sp) => !sp.name.includes(' '));
  return { vouchedNames: true, ...(!told || givenOnly ? { inTalksOnly: true } : {}) };
}

/**
 * The sentence opens with its subject's name, then a verb that puts the quoted title on stage: "Ann Lee spoke about
 * “Title”", "Ann Lee leads the conference off with “Title”", "Ann Lee then closed the day with “Title”".
 */
const SUBJECT_PRESENTS = subjectPresents(String.raw`(?:(?:Then|Next|Later|Finally|Afterwards|After that|Also),?\s+)?`, [...PRESENT_VERBS, ...ORDER_VERBS]);

/**
 * The same after a phrase set off by a comma, with a verb of presenting only: "Following Bo, Ann Lee spoke on *Title*"
 * ("In Plonkville, Ann Lee began her career ... with ‘Zorb’" begins no talk).
 */
const FRONTED_SUBJECT_PRESENTS = subjectPresents(String.raw`\p{Lu}[^,.!?;:"“\n]{0,40},\s+`, PRESENT_VERBS);

/** "Ann Lee argued in “Title” that ...", "Ann Lee made the case in *Title*": what a speaker did on stage, "in" the title. */
const SUBJECT_STAGED_IN = subjectPresents(String.raw`(?:(?:Then|Next|Later|Finally|Also),?\s+)?`, STAGE_VERBS);

/** The speaker a sentence opens with, when its verb puts the title on stage (a name of less common words too). */
function subjectBeforeTitle(sentenceBefore: string): SpeakerRecord[] | null {
  const name = SUBJECT_PRESENTS.exec(sentenceBefore)?.[1] ?? FRONTED_SUBJECT_PRESENTS.exec(sentenceBefore)?.[1] ?? (/\sin\s+$/.test(sentenceBefore) ? SUBJECT_STAGED_IN.exec(sentenceBefore)?.[1] : undefined);
  return name && isPersonName(name, true) ? [{ name, role: null, organization: null }] : null;
}


/** "In “Title”, Ann Lee broke down ...": a sentence that opens with its title, then its speaker doing something. */
function inTitleSpeaker(before: string, after: string): SpeakerRecord[] | null {
  if (!/(?:^|[.!?]\s+|\n)In\s+$/.test(before)) return null;
  const m = /^["”»]?\s*,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\p{Ll}/u.exec(after);
  return m?.[1] && isPersonName(m[1], false) ? [{ name: m[1], role: null, organization: null }] : null;
}

/** Words that place what follows in the day's programme: "Next up was Ann Lee with “Title”". */
const PROGRAMME_ORDER = /\b(?:next up|up next|then came|followed by)\b/i;

/** A paragraph quotes or italicises a few titles; past this many it is a list of something else (and costly to read). */
const MAX_SET_APART = 200;


/** Words that present what follows as a talk's title: "It was titled", "entitled", "the talk was called" (a song called ... is none). */
const NAMED_TITLE = /\b(?:titled|entitled|(?:it|which|talk|session|keynote|presentation)\s+(?:(?:is|was)\s+)?(?:called|named))\s*:?\s*$/i;

/** A talk word names the title outright ("a talk called", "the session was titled"): the title is a talk's even where no one is named with it. */
const TALK_NAMED = /\b(?:talk|session|keynote|presentation|workshop)\s+(?:(?:is|was)\s+)?(?:called|named|titled|entitled)\s*:?\s*$/i;

/** A verb of speaking and "about" or "on" right before a quotation: what follows is what someone spoke on. */
const TALKED_ABOUT = /\b(?:talked|spoke|presented)\s+(?:about|on)\s*["“‘'*_]*$/i;

/** Reader 5: a quoted (or italic) title in a sentence that says someone presented it. */
export function quotedLeads(block: TextBlock): SessionLead[] {
  const out: SessionLead[] = [];
  const titles = setApartTitles(block).sort((a, b) => a.at - b.at);
  const profiles = titles.length ? profileLinkTexts(block) : NO_NAMES;
  let linkAt = 0;
  for (const [k, m] of titles.entries()) {
    const at = m.at;
    // (A full stop or comma inside the quotes or italics belongs to the sentence, not the title.)
    const title = m.title.trim().replace(/(?<!\.)[.,;]$/, '');
    // A title opens with a capital, a digit or a name such as eBPF; a quoted lowercase phrase ("service mesh") is a term.
    // (Not after "talked about": 'Ann Lee talked about "profiling Zorb programs"' quotes her title as she gave it.)
    const saidAbout = title.split(/\s+/).length >= 3 && TALKED_ABOUT.test(block.text.slice(Math.max(0, at - 30), at));
    if (!titleLike(title, true) || title.split(/\s+/).length < 2 || SESSION_DESCRIPTION.test(title) || (!saidAbout && !/^(?:[\p{Lu}\d]|\p{Ll}{1,3}\p{Lu})/u.test(title))) continue;
    if (namesWork(block.text, at)) continue;
    // A quotation inside a link's text is part of that link's title ("[Ten years after “Plonk”](url)"), no title of its own.
    // (Titles and links both run in text order: one pointer walks the links, so thousands of them stay linear.)
    while (linkAt < block.links.length && (block.links[linkAt]?.end ?? 0) < m.end) linkAt++;
    const link = block.links[linkAt];
    // (Not one the link's text owns by a name: "[Ann Lee’s “Title”](video)" links the talk by its speaker and title.)
    if (link && link.start <= at && m.end <= link.end && (at - link.start > 2 || link.end - m.end > 2) && !(link.end - m.end <= 2 && LINKED_OWNER.test(block.text.slice(link.start, at)))) continue;
    // A quoted word before a plural kind ("a few "best of" talks") sorts talks; it names none.
    if (/^["”»]?\s*(?:talks|sessions|keynotes|presentations|workshops|panels)\b/i.test(block.text.slice(m.end, m.end + 16))) continue;
    // ... and so does the event's theme or motto: "“Back to Zorb” was the theme of this year's conference".
    if (EVENT_MOTTO.test(block.text.slice(m.end, m.end + 30))) continue;
    let from = sentenceStart(block.text, at);
    // The sentence ends after the closing quote: a title may hold its own "?" ("Is X Delivering? A Perspective").
    // (Looked for within a window: a paragraph of thousands of titles and no full stop stays linear.)
    const afterQuote = m.end;
    const after = sentenceEndAfter(block.text, afterQuote, /[.!?](?:\s|$)|\n/);
    // (A full stop set inside the closing quote ends the sentence there when a capital opens the next: "... a talk
    // called ‘Title.’ She spoke about ...".)
    const stopInside = /[.!?]$/.test(m.title.trim()) && /^\s+\p{Lu}/u.test(block.text.slice(afterQuote, afterQuote + 3));
    const sentenceEnd = stopInside ? afterQuote : after < 0 ? Math.min(block.text.length, afterQuote + SENTENCE_WINDOW) : afterQuote + after + 1;
    let sentence = block.text.slice(from, sentenceEnd);
    // A title that opens its sentence may belong to the one before ("The talk was given by Ann Lee. “Title” was about ...").
    if (!TALK_WORD.test(sentence) && !PRESENTED.test(sentence) && from === at && from > 0) {
      from = sentenceStart(block.text, Math.max(0, from - 3));
      sentence = block.text.slice(from, sentenceEnd);
    }
    // "*Title* delivered by Ann Lee", "*Title* (my pick) with Ann Lee and Bo Chen": the people right after the title
    // are its speakers, whatever the sentence says around them.
    // (Up to the next title: "*A* by Ann Lee and *B* by Bo Chen" gives each its own.)
    const nextAt = titles[k + 1]?.at ?? Infinity;
    const lineStart = block.text.lastIndexOf('\n', at - 1) + 1;
    const opensLine = /^[\s>*•+-]*$/.test(block.text.slice(lineStart, at));
    const following = speakersAfterTitle(block.text.slice(m.end, Math.min(m.end + 300, nextAt)).replace(/\s*(?:,|;|&|\band|\bor|\bthen)\s*$/, ''), opensLine, profiles);
    // "Ann Lee - *Title*", "Ann Lee (Acme): “Title”" on a line of its own: the names that open the line.
    const before = following ? null : speakersBeforeTitle(block.text.slice(lineStart, at), block.text.slice(m.end).split('\n')[0] ?? '');
    // A quotation that opens like a sentence ("You should ...") is a title only with its speakers right after it.
    if (!following && !titleLike(title)) continue;
    const clause = following || before ? null : clauseSubject(block.text, Math.max(from, titles[k - 1]?.end ?? 0), at);
    const subject = following || before ? null : (subjectBeforeTitle(block.text.slice(from, at)) ?? clause?.speakers ?? null);
    // ("“Title” really resonated with me. It was fascinating hearing about Ann Lee's approach ...": a title that opens
    // its paragraph, and the one person the next sentences name as theirs or link to their profile.)
    const opensBlock = block.text.slice(0, at).trim() === '';
    const direct = following ?? before ?? subject ?? inTitleSpeaker(block.text.slice(Math.max(0, at - 20), at), block.text.slice(m.end, m.end + 80)) ?? (opensBlock && titleLike(title) ? personAfterOpeningTitle(block, m.end, profiles) : null);
    const told = TALK_WORD.test(sentence) || PRESENTED.test(sentence) || PROGRAMME_ORDER.test(sentence) || NAMED_TITLE.test(block.text.slice(Math.max(0, at - 20), at));
    // ("Ann Lee's “Title” was a tale of ...": a possessive owns the title; where no word says talk, only a section of
    // talks makes it one, as a book or a paper may be someone's too.)
    const owner = direct ? null : ownerBeforeTitle(block.text.slice(Math.max(0, at - 60), at), block.text.slice(lineStart, at));
    if (!direct && !owner && !told) continue;
    // (The title stands in the sentence as "the talk"; one that ends it is cut with its comma, so the names before it
    // keep their organization: "Ann Lee, VP, Acme, “Title”".)
    const quoted = block.text.slice(at, m.end);
    const closing = sentence.trimEnd().replace(/[.!?]$/, '').endsWith(quoted);
    const reading = closing ? sentence.slice(0, sentence.lastIndexOf(quoted)).replace(/[\s,;:–—-]+$/, '') : sentence.replace(quoted, 'the talk');
    const found = direct ?? owner ?? speakersInText(reading);
    const others = otherTitles(block, from, sentenceEnd, [{ start: at, end: m.end }]);
    // (A clear name the sentence links to its owner's profile needs no first name the lexicon knows: it is a person's.)
    const profiled = block.links.some((l) => l.start >= from && l.end <= sentenceEnd && isProfilePage(l.href) && isPersonName(block.text.slice(l.start, l.end).trim(), false));
    let speakers = found.length ? found : (soleNamedSpeakers(sentence, { start: at - from, end: m.end - from }, others, profiled) ?? []);
    // "Ann Lee gave an intro to on-call. It was titled "Don't Panic!"": a title named as such belongs to the person
    // the block spoke of before it.
    if (!speakers.length && from > 0 && NAMED_TITLE.test(block.text.slice(Math.max(0, at - 20), at))) {
      const earlier = otherTitles(block, 0, sentenceEnd, [{ start: at, end: m.end }]);
      speakers = soleNamedSpeakers(block.text.slice(0, sentenceEnd), { start: at, end: m.end }, earlier, true) ?? [];
    }
    // "My talk was titled “Title”": the author's own talk, its speaker the post's author.
    const mine = !speakers.length && MY_TALK.test(block.text.slice(from, at));
    const namedTalk = !speakers.length && !mine && TALK_NAMED.test(block.text.slice(Math.max(0, at - 30), at));
    if (!speakers.length && !mine && !namedTalk) continue;
    // A title with its own speakers starts its talk's text (its line, when the names open it); one named by its
    // sentence starts with that sentence.
    // (An owner's possessive starts its own talk within the sentence: "three talks: Ann Lee's “A”, Bo Chen's “B”".)
    const ownerAt = owner?.[0] && !direct ? block.text.lastIndexOf(owner[0].name, at) : -1;
    const clauseAt = clause && subject === clause.speakers ? clause.at : -1;
    const start = before ? lineStart : direct && !subject ? at : clauseAt > from ? clauseAt : ownerAt > from ? ownerAt : from;
    // (A session code or kind label inside the quotes is the programme's: "“DAT404: Title”", "“Keynote: Title”".)
    const labelled = stripLabel(title.replace(SESSION_CODE, ''));
    const named = labelled.text.trim() || title;
    out.push({ start, heading: title, title: named, speakers, level: null, label: labelled.label, video: videoIn(block, from, sentenceEnd), form: 'quoted', kindBefore: kindBefore(block.text, at), ...ownerEvidence(owner, told || (owner !== null && nextSentenceCallsItTalk(block.text, sentenceEnd))), ...(mine ? { ownTalk: true } : {}), ...(namedTalk ? { namedTalk } : {}) });
  }
  return out;
}
