/**
 * Pass 2 helper: what the lead readers (02-session-leads.ts, 02-quoted-leads.ts) share: the lead's shape, what
 * reads as a title, the talk and presenting words, where a sentence starts and ends, and what else a sentence sets
 * apart as a title.
 */
import type { TextBlock } from './00-blocks.ts';
import type { Span } from './00-inline.ts';
import type { TalkLevel } from '../schema.ts';
import type { SpeakerRecord, Video } from './types.ts';
import type { Range } from './02-speakers-in-text.ts';
import { isPersonName } from './02-person-name.ts';
import { youtubeVideo } from './00-video.ts';
import { dateOnlyHeading } from './02-context.ts';
import { KIND_WORDS, PRESENT_VERBS, ROLE_HEADS, TALK_GROUPS, WORKS, wordsOf } from './02-words.ts';

export interface SessionLead {
  /** Offset in the block's text where the talk's own text starts. */
  start: number;
  /** The lead as written (the talk's heading key). */
  heading: string;
  title: string;
  speakers: SpeakerRecord[];
  level: TalkLevel;
  label: string | null;
  video: Video | null;
  /** Which reader found it. */
  form: 'line' | 'row' | 'cells' | 'bold' | 'link' | 'quoted' | 'sentence' | 'heading';
  /** A talk word stands right before the lead ("the keynote **...**"). */
  kindBefore: string | null;
  /** The lead quotes its title ("Ann Lee, Acme - “Title”"): quotes set it apart as markup does. */
  quoted?: boolean;
  /**
   * Where its speakers stand vouches for them: a table column whose header says so ("Speaker(s)": surnames alone are
   * names there), or a possessive or handle right before the talk's video ("@ann_lee's [Title](video)").
   */
  vouchedNames?: boolean;
  /** The lead links the session's own page in the programme ("[Title by Ann](.../schedule/session/4687-title/)"). */
  sessionPage?: boolean;
  /** A paragraph or list item that is only a link to the session's own page in the programme. */
  ownPage?: boolean;
  /** A link alone to a page of the session's own: the author's notes on it (a markdown file) or its recording. */
  notesPage?: boolean;
  /** A list item that is a title and its slot's time in the programme ("Title (11:00am-11:40am)"). */
  slotted?: boolean;
  /** A list item that is a title alone, in title case, unmarked (a talk only under a heading that names sessions). */
  plainItem?: boolean;
  /** A clear name alone on the block's first line, the title on the next ("Ann Lee\nTitle"), as notes list a programme. */
  nameOverTitle?: boolean;
  /** The author's own talk, its speaker unnamed ("My talk was titled “Title”"): the post's author gives it. */
  ownTalk?: boolean;
  /** A talk word names the title outright ("a talk called “Title”"), no one named with it: a speakerless talk. */
  namedTalk?: boolean;
  /** Only its section says it is a talk ("Ann Lee's “Title” was ..." under "Keynotes"): no lead elsewhere. */
  inTalksOnly?: boolean;
  /** A bold label over a paragraph that puts someone on stage: one is a label over notes; three or more in a section are its talks. */
  labelOverNotes?: boolean;
  /** Its title is the topic a speaker talked about, the post naming no title: a list of such items, not one, is a list of talks. */
  topicOnly?: boolean;
}

/**
 * The author introduces their own talk right before its title: "I did my [...]", "I gave my talk [...]", "my keynote,
 * [...]", "My talk was titled “...”".
 */
export const MY_TALK = /\b(?:my\s+(?:own\s+)?(?:(?:\w+\s+)?(?:talk|keynote|session|presentation|workshop)\s*(?:(?:was|is)\s+)?(?:on|about|called|titled|entitled|named)?\s*[:,]?\s*)?|I\s+(?:gave|did|presented|delivered)\s+(?:a|the)\s+(?:\w+\s+)?(?:talk|keynote|session|presentation|workshop)\s*(?:on|about|called|titled|entitled)?\s*:?\s*)$/i;

/** A lowercase description of a session ("beginner session", "evening keynote", "excellent talk"), not its title. */
export const SESSION_DESCRIPTION = /^(?:\p{Ll}+\s+){0,3}(?:session|talk|keynote|workshop|presentation|panel)s?$/u;

/** Words that start a sentence, not a title ("I went to a talk by ..."). */
export const SENTENCE_START = new Set(['i', 'we', 'my', 'our', 'it', 'this', 'that', 'these', 'there', 'he', 'she', 'they', 'then', 'after', 'later', 'also', 'next', 'finally', 'afterwards', 'so', 'and', 'but', 'in', 'on', 'at', 'during', 'as', 'if', 'when', 'you', 'your']);

/**
 * A title set apart by double quotes, or by single ones ('Title' talk by ...): a single quote opens after a space and
 * closes before one (an apostrophe inside a word, "community's", closes nothing).
 */
export const QUOTED = /["“„«]([^"“”„«»\n]{3,160})["”»]|(?<![\p{L}\d])['‘](\S[^\n]{1,158}?\S)['’](?![\p{L}\d])/gu;

const KIND_LIST = KIND_WORDS.flatMap(([, words]) => [...words]);

export const TALK_WORD = new RegExp(`\\b(?:${[...TALK_GROUPS, ...KIND_LIST].join('|')})\\b`, 'i');

export const PRESENTED = new RegExp(`\\b(?:${PRESENT_VERBS.join('|')}|given|delivered|held|hosted|presenting|speaking|discussing|talking|telling|showing|explaining|demoing|sharing)\\b`, 'i');

/** Words a title in title case leaves in lowercase ("What's New with the Plonk CLI", "Zorbs in the Cloud"). */
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'upon', 'via']);
const TITLE_SHORT_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'vs', 'is', 'your', 'our', 'my']);

/** Most longer words of a title are capitalised ("Scaling Prometheus at Work"), as prose's are not. */
export function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => w.length > 3 && !TITLE_SMALL_WORDS.has(w));
  return words.length > 0 && words.filter((w) => /^[\p{Lu}\d"“]/u.test(w)).length * 2 > words.length;
}

/** The title-cased words that open `text`, a title's lowercase words kept inside them but never last ("Plonk Without Fear"). */
export function titleCasedRun(text: string): string {
  const words = text.trim().split(/\s+/);
  let end = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (/^[\p{Lu}\d]/u.test(w)) end = k + 1;
    else if (!TITLE_SMALL_WORDS.has(w) && !TITLE_SHORT_WORDS.has(w)) break;
  }
  return words.slice(0, end).join(' ');
}

/** A lowercase article, a few lowercase words and a word for a session: the session described, not named. */
const DESCRIBED_SESSION = /^(?:a|an)\s+(?:\p{Ll}+\s+){0,4}(?:talk|demonstration|demo|presentation|keynote|session|announcement|overview|introduction|discussion|walkthrough|workshop)\b/u;

/**
 * `marked`: the title is set off by markup (a link or bold run), so a first word such as "We" does not make it prose;
 * nor does it when the title is capitalised as titles are ("Your Cluster Has Arrived", "In Search of Zorb").
 */
export function titleLike(title: string, marked = false): boolean {
  const words = title.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 25 || title.length > 200) return false;
  if (!marked && SENTENCE_START.has((words[0] ?? '').toLowerCase()) && !titleCased(title)) return false;
  // "a brilliant talk on how to give a talk by Ann Lee", "a demonstration of ...": a described session, not its title.
  if (!marked && DESCRIBED_SESSION.test(title)) return false;
  // Tweets and social text: handles, hashtags, picture links.
  if (/pic\.twitter\.com|t\.co\//.test(title) || (title.match(/(?:^|\s)[@#]\w/g) ?? []).length > 1) return false;
  // ("**June 7, 2017** by Ann Lee": a post's date over its byline names no session.)
  if (dateOnlyHeading(title)) return false;
  return /\p{L}/u.test(title) && !/[.;]$/.test(title.trim());
}

export function videoIn(block: TextBlock, from: number, to: number): Video | null {
  for (const link of block.links) {
    if (link.start < from || link.start >= to) continue;
    const video = youtubeVideo(link.href);
    if (video) return video;
  }
  return null;
}

export function kindBefore(text: string, at: number): string | null {
  const before = wordsOf(text.slice(Math.max(0, at - 40), at)).slice(-3);
  for (const [kind, words] of KIND_WORDS) if (before.some((w) => words.has(w))) return kind;
  return null;
}

export const SENTENCE_WINDOW = 1000;

/**
 * A line break inside a sentence: a paragraph wrapped by hand ("the talk by Ann Lee\nand Bo Chen titled\n[Title](...)")
 * goes on in lowercase or with an aside in parentheses, or its line ends in a lowercase word or a comma, or it is long (60 characters or more), or a
 * name is wrapped over it ("Ann\nLee"). A
 * line that ends in a stop or a colon, or a short line that ends in a capitalised word before a capitalised line
 * ("**Title**\nAnn Lee, Acme"), is a line of its own.
 */
export function softBreak(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + 1, at + 40);
  if (!before.trim() || !after.trim() || /\n\s*$/.test(before) || /^[ \t]*\n/.test(after) || /[.!?:;]["”’')\]]*\s*$/.test(before)) return false;
  // (A long line with no stop at its end was wrapped: "... from our friends at Acme. Ann\nLee gave ...".)
  // (Or a name wrapped over the break: "... and once again Ann\nLee did ...".)
  const lineEnd = /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(before)?.[1];
  const nextStart = /^\s*(\p{Lu}[\p{L}'’-]+)/u.exec(after)?.[1];
  const name = lineEnd && nextStart ? `${lineEnd} ${nextStart}` : '';
  // (An aside in parentheses goes on with the line before it: "by Ann Lee\n(@ann) titled ...".)
  return /(?:(?:^|[\s(])\p{Ll}+|,)\s*$/u.test(before) || /^\s*[\p{Ll}(]/u.test(after) || (text.lastIndexOf('\n', at - 1) < 0 ? at : at - text.lastIndexOf('\n', at - 1)) >= 60 || (name !== '' && isPersonName(name, false));
}

/** The text with its soft line breaks (see softBreak) as spaces: offsets stay. */
function joinSoftBreaks(text: string, offset: number, whole: string): string {
  return text.replace(/\n/g, (nl, i: number) => (softBreak(whole, offset + i) ? ' ' : nl));
}

/** Where the sentence holding offset `at` starts (after '. ', '! ', '? ' or a line break that is no soft break). */
export function sentenceStart(text: string, at: number): number {
  // A sentence is short: look back a bounded window, so a block of thousands of leads stays linear.
  const from = Math.max(0, at - SENTENCE_WINDOW);
  const window = joinSoftBreaks(text.slice(from, at + 2), from, text);
  const local = at - from;
  const stops = ['. ', '! ', '? '].map((p) => window.lastIndexOf(p, local)).filter((i) => i >= 0).map((i) => from + i + 2);
  const line = window.lastIndexOf('\n', local);
  return Math.max(from, line >= 0 ? from + line + 1 : 0, ...stops);
}

/** Where the sentence after offset `from` ends (its stop, a line break that is no soft break), looking at most a window ahead; -1 if none. */
export function sentenceEndAfter(text: string, from: number, stop: RegExp): number {
  const at = joinSoftBreaks(text.slice(from, from + SENTENCE_WINDOW), from, text).search(stop);
  return at < 0 ? (from + SENTENCE_WINDOW >= text.length ? -1 : SENTENCE_WINDOW) : at;
}

/** Each span list sorted by start, once (a renderer may push an outer span after the inner ones it holds). */
const BY_START = new WeakMap<readonly Span[], readonly Span[]>();

/** The spans that start within [from, to]: found by bisection, so a block of thousands stays fast. */
function startingWithin(list: readonly Span[], from: number, to: number): Span[] {
  let spans = BY_START.get(list);
  if (!spans) {
    spans = [...list].sort((a, b) => a.start - b.start);
    BY_START.set(list, spans);
  }
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < spans.length && (spans[k]?.start ?? Infinity) <= to; k++) {
    const span = spans[k];
    if (span) out.push(span);
  }
  return out;
}

/**
 * The pieces of text between `from` and `to`, relative to `from`, that a sentence sets off as titles or projects
 * (links, bold runs, quotes, italics other than `except`): no names of people there, though a linked or bold
 * person is a name ("[Ann Lee](https://...)").
 */
export function otherTitles(block: TextBlock, from: number, to: number, except: ReadonlyArray<{ start: number; end: number }>): Range[] {
  const quoted = [...block.text.slice(from, to).matchAll(QUOTED)].map((m) => ({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length }));
  const spans = [...startingWithin(block.links, from, to), ...startingWithin(block.strong, from, to), ...startingWithin(block.emphasis, from, to), ...quoted];
  return spans
    // (A name or a handle, "[@ann](...)", is no title.)
    .filter((o) => o.start >= from && o.end <= to && !except.some((e) => e.start === o.start && e.end === o.end) && !/^@[\w.]+$/.test(block.text.slice(o.start, o.end).trim()) && !isPersonName(block.text.slice(o.start, o.end).replace(/\s*\([^()]*\)$/, ''), false))
    .map((o) => ({ start: o.start - from, end: o.end - from }));
}

// ("Quote: “...”": a label before the quotation.)
// ("author of *Title*", "the creator of **Zorb**": what someone wrote or made, named as their credential.)
const WORK_BEFORE = new RegExp(`(?:\\b(?:${[...WORKS].join('|')})\\s*:?\\s+(?:of\\s+|(?:is\\s+|was\\s+)?(?:called|titled|named|entitled)\\s+)?|\\b(?:author|co-?author|creator|co-?creator|writer)\\s+of\\s+(?:the\\s+)?)[_*"“«]*$`, 'i');

/** A link or bold run that names works, not a talk: "6 Free ebooks by Ann Lee", "Slides and papers". */
export function namesWorks(title: string): boolean {
  // (A word in capitals is a name's or a shouted title's: "... IN INTELLIJ IDEA".)
  const written = title.trim().split(/\s+/).pop() ?? '';
  const last = (wordsOf(title).pop() ?? '').replace(/s$/, '');
  return WORKS.has(last) && !/^\p{Lu}{2,}s?$/u.test(written);
}

/**
 * The title at `at` names a song, a book, a paper or a concept, not a talk ("a song called "X" by ...", "the concept of
 * "X""), or someone's employer after their role ("Senior Developer at *Zorb Labs*").
 */
export function namesWork(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (WORK_BEFORE.test(before)) return true;
  const words = wordsOf(before.replace(/[_*"“«\s]+$/, ''));
  return words[words.length - 1] === 'at' && ROLE_HEADS.has(words[words.length - 2] ?? '');
}

/** A title's key for comparing titles: lowercase letters and digits, runs of anything else one space. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
