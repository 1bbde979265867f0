/** Pass 2 helper: the heading vocabulary (data/heading-words.json) as lookup sets. */
import words from '../../data/heading-words.json' with { type: 'json' };

const set = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

export const STRUCTURAL = set(words.structural);
/** "Day" in the languages write-ups come in ("Día 2", "Jour 1", "Giorno 2"), as a regex alternation. */
export const DAY_WORDS = words.dayWords.join('|');
export const ROLE_WORDS = set(words.roles);
/** Words a role ends in ("Lead Expert", "Product Owner"): a phrase ending so names a role, not a company. */
export const ROLE_HEADS = set(words.roleHeads);
/** Given names that are everyday words too ("Bill", "Ray"): a first name only before a surname. */
export const WORD_GIVEN_NAMES = set(words.wordGivenNames);
export const ORG_WORDS = set(words.orgWords);
/** A conference day's parts that are no session ("Booth", "Happy Hour", "Other things I learned"). Entries of two words are phrases. */
export const DAY_ASIDES = set(words.dayAsides);

/** The title names one of a day's parts that is no session ("Xata Booth", "Postgres Happy Hour", "Other things I learned"). */
export function namesDayAside(title: string): boolean {
  const phrase = ` ${wordsOf(title).join(' ')} `;
  for (const w of DAY_ASIDES) if (phrase.includes(` ${w} `)) return true;
  return false;
}
/** Words of a slot's place in the schedule ("Room B", "Main Stage"): after a speaker's name they name no employer. */
export const VENUE_WORDS = set(words.venueWords);
/** Language tags before a title ("[English] Title", "[EN][Keynote] Title"): two capitals, or a language's name. */
export const LANGUAGE_TAGS = new RegExp(String.raw`^\s*(?:\[(?:[A-Z]{2}|${words.languageTags.join('|')})\]\s*)+(?=\S)`, 'i');
/** ... and after it, in parentheses or brackets: "Title (German)", "Title [in English]". */
export const TRAILING_LANGUAGE = new RegExp(String.raw`\s*[([](?:in\s+)?(?:${words.languageTags.join('|')})[)\]]\s*$`, 'i');
export const KIND_WORDS: Array<[kind: 'keynote' | 'workshop' | 'panel', words: Set<string>]> = [
  ['keynote', set(words.kinds.keynote)],
  ['workshop', set(words.kinds.workshop)],
  ['panel', set(words.kinds.panel)],
];
export const LABELS = [...words.labels].sort((a, b) => b.length - a.length);
/** What a session is, as a bold line under its heading: a label's kind or a programme's format ("Quickie", "Conférence"). */
export const SESSION_FORMATS = set([...words.labels, ...words.sessionFormats]);
/**
 * The kind a leading label gives a talk: the kind one of its words names ("Hands-on lab:" is a workshop's, "Panels:" a
 * panel's); other labels ("Talk:", "Session 3:") leave it a talk.
 */
export const LABEL_KINDS: Readonly<Record<string, 'keynote' | 'workshop' | 'panel'>> = Object.fromEntries(
  words.labels.flatMap((label) => {
    const kind = KIND_WORDS.find(([, kinds]) => label.toLowerCase().split(/\s+/).some((w) => kinds.has(w)))?.[0];
    return kind ? [[label.toLowerCase(), kind]] : [];
  }),
);
export const LEVEL_WORDS: Array<[level: 'beginner' | 'intermediate' | 'advanced', words: Set<string>]> = [
  ['beginner', set(words.levels.beginner)],
  ['intermediate', set(words.levels.intermediate)],
  ['advanced', set(words.levels.advanced)],
];
export const NUMBER_WORDS = new Map<string, number>(Object.entries(words.numberWords));
export const WEEKDAYS = words.weekdays;
export const MONTHS = set(words.months);

/** A weekday's or a month's name, any case ("Friday", "March", "Sept"). */
export function isDateWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.has(lower) || WEEKDAYS.includes(lower);
}
export const PRESENT_VERBS = words.presentVerbs;
/** The same verbs' base forms, after "will" or a plural subject ("Ann Lee will discuss", "Ann Lee and Bo Chen show"). */
export const PRESENT_VERBS_BASE = words.presentVerbsBase;
/** What a recap says a speaker did on stage besides presenting ("Ann Lee described ...", "Ann Lee defined ... as:"). */
export const STAGE_VERBS = words.stageVerbs;
/** Other languages' words that put a name on stage, after it and before it, and their "and" (as regex alternations). */
const alternation = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/ \*$/, ' \\p{L}+').replace(/ /g, '\\s+')).join('|');
export const FOREIGN_STAGE_AFTER = alternation(words.foreignStageAfter);
// (Words before a name may open their sentence: "De la mano de [Ann Lee]".)
export const FOREIGN_STAGE_BEFORE = alternation(words.foreignStageBefore.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));
export const FOREIGN_AND = alternation(words.foreignAnd);
/** "by" before a session's speakers in other languages ("von", "par", "por"). */
export const FOREIGN_BY = alternation(words.foreignBy);
/** Participles that put "by" before a session's speakers: "presented by", "conducted by", "moderated by". */
export const BY_VERBS = words.byVerbs.join('|');
/** Words as a pattern that matches each with its first letter in either case ("[Gg]iven"), for patterns without the 'i' flag. */
export const eitherCase = (list: readonly string[]): string => list.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** The same participles, capitalised or not (patterns that read \p{Lu} cannot take the 'i' flag). */
export const BY_VERBS_EITHER_CASE = eitherCase(words.byVerbs);
/** Verbs of a programme's order after a speaker's name ("Ann Lee leads the conference off with ...", "Ann Lee followed with ..."). */
export const ORDER_VERBS = words.orderVerbs;
/** Words that place a session in the day's order, beside the number words ("The next talk ...", "The last class ..."). */
export const ORDER_WORDS = set(words.orderWords);
export const EVENT_WORDS = set(words.eventWords);
/** Words of a heading that groups talks ("Talks", "Breakout Sessions"): a title-only sub-heading there is a talk. */
export const TALK_GROUPS = set(words.talkGroups);
/** Plurals that name a group of the event's people ("Strong organizers", "Dedicated local MVPs"): a line led by one lists people, not a session. */
export const PEOPLE_GROUPS = set(words.peopleGroups);
/** Words of a heading over a list of books or podcasts ("Reading list"): its "Title by Author" items are no talks. */
export const READING_GROUPS = set(words.readingGroups);
/** Works and ideas that are no talks ("a song called ...", "the book *Title* by ...", "the concept of "..."): a title right after one names that. */
export const WORKS = set(words.works);
/** Sites of people's profiles: a link there whose text is a name links a person ("[Ann Lee](https://twitter.com/ann)"). */
export const PROFILE_HOSTS = set(words.profileHosts);

/** "(@ann)" or " @ann" right after a name: a handle that vouches for it. */
export const HANDLE_NEXT = /^\s*\(?\s*@[\w.]{2,}/;

/** "**Micro Zorb Machines**, by Ann Lee": what someone is "by" (right after `end`) is a title, however name-like its words. */
export function byFollows(text: string, end: number): boolean {
  return /^[\s,]*by\s+[\p{Lu}@[]/u.test(text.slice(end, end + 12));
}

/**
 * A page of one talk on a schedule or a video site: sched.com events, ".../talks/...", ".../videos/rubyconf-x",
 * ".../v/conf-123-title" (a video portal's page of one recording).
 */
export const TALK_PAGE = /(?:\.sched\.com\/event\/|\/(?:sessions?|talks?|presentations?|videos?)\/[\w%-]+|\/v\/[\w%-]*\d[\w%-]*-[\w%-]{4,})/i;

/** A recording of one talk on a video site other than YouTube (Vimeo, Ustream, media.ccc.de, InfoQ, Confreaks, SlidesLive). */
export const RECORDING_PAGE = /^https?:\/\/(?:www\.)?(?:vimeo\.com\/\d+|ustream\.tv\/recorded\/\d+|media\.ccc\.de\/v\/|infoq\.com\/presentations\/|confreaks\.tv\/videos\/|slideslive\.com\/\d+)/i;

/** A link to a person's profile page (Twitter, GitHub, LinkedIn, ...). */
export function isProfileLink(href: string): boolean {
  const host = /^https?:\/\/(?:www\.|mobile\.)?([^/?#]+)/i.exec(href)?.[1]?.toLowerCase();
  return !!host && PROFILE_HOSTS.has(host);
}

/** A person's own page on a profile site ("https://twitter.com/ann", ".../in/ann-lee"), not one of their decks or posts. */
export function isProfilePage(href: string): boolean {
  return isProfileLink(href) && /^\/(?:in\/)?@?[\w.-]+$/.test(linkPath(href));
}

/** The handle of a profile page, lowercased ("https://twitter.com/Ann_Lee" -> "ann_lee"); '' for any other link. */
export function profileHandle(href: string): string {
  return isProfilePage(href) ? linkPath(href).replace(/^\/(?:in\/)?@?/, '').toLowerCase() : '';
}

/** A link's path, without its host, query, fragment and closing slash. */
function linkPath(href: string): string {
  return href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/$/, '');
}
/**
 * A person's page in an event's programme ("https://conf.example/2017/program/ann-lee/", ".../speakers/ann-lee"), its
 * last path part spelling the link's text: the link names a speaker of the event.
 */
export function isSpeakerPage(href: string, text: string): boolean {
  const slug = /\/(?:speakers?|program|programme|presenters?)\/([\w-]+)\/?(?:[?#].*)?$/i.exec(href)?.[1]?.toLowerCase();
  const words = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  return !!slug && words.length >= 2 && slug.split(/[-_]+/).join(' ') === words.join(' ');
}

/** A post on a social site ("https://twitter.com/ann/status/1"): a photo's or a remark's caption, never a talk's page. */
export function isSocialPost(href: string): boolean {
  return isProfileLink(href) && /\/(?:status|statuses|posts?)\/\w+/i.test(href);
}

/** Words of a heading over the post's themes ("Common themes", "Key takeaways"): a quoted sub-heading there is a theme. */
export const THEME_GROUPS = set(words.themeGroups);

/**
 * The words of a link to a talk's material ("video", "watch the slides", "video recording", "talk description": its
 * page in the programme), and a run of them ("slides, video"). A pictograph alone ("🎥", "📈") marks material as a
 * word does. (Patterns built from these need the `u` flag.)
 */
const MEDIA_WORD = String.raw`(?:(?:(?:watch|view|review|see|download|get)\s+(?:the\s+)?)?(?:video|videos|slides|slide deck|(?:video\s+|audio\s+)?recordings?|youtube|pdf|deck|code|demo|repo|transcript|abstract|(?:talk|session)\s+(?:description|abstract|page|details))|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}]*)`;
export const MEDIA_WORDS = String.raw`${MEDIA_WORD}(?:\s*(?:[,/&|]|and)\s*${MEDIA_WORD})*`;

/** A run of media words and nothing else ('video', '🎥 / 📈'): a link to the talk's material, never a name. */
export const MEDIA_ONLY = new RegExp(String.raw`^${MEDIA_WORDS}$`, 'iu');

/** The words a link to a person's own pages is written as, in an aside after the name. */
const PROFILE_LINK_WORD = `(?:${words.profileLinkWords.join('|')})`;
const ASIDE_END = String.raw`[^\S\n]*\)(?=[^\S\n]+\p{Ll})`;
const PROFILE_ASIDES = [
  new RegExp(String.raw`[^\S\n]*\((?:[^\S\n]*${PROFILE_LINK_WORD}[^\S\n]*[/|,·][^\S\n]*){1,5}${PROFILE_LINK_WORD}${ASIDE_END}`, 'giu'),
  new RegExp(String.raw`[^\S\n]*\([^\S\n]*(?:${PROFILE_LINK_WORD}|@[\w.]{1,40})${ASIDE_END}`, 'gu'),
];
/**
 * An aside after a name that only links the person's own pages, by their kinds or a handle: " (blog/twitter)",
 * " (@annlee)", " (Twitter | LinkedIn)". Readers of who spoke drop it: "Ann Lee (blog/twitter) gave ..." reads as
 * "Ann Lee gave ...". (One capitalised word is the employer's name: "Ann Lee (Twitter) gave ..." works at Twitter.)
 */
export function withoutProfileAsides(line: string): string {
  return line.includes('(') ? PROFILE_ASIDES.reduce((text, aside) => text.replace(aside, ''), line) : line;
}

/** The page of the whole programme or schedule ("https://conf.example/program"), not one session's page on it (PROGRAM_PAGE, 02-session-leads.ts). */
export const WHOLE_PROGRAMME_PAGE = /\/(?:program|programme|schedule|agenda|sessions|talks)\/?(?:[?#].*)?$/i;

/** A link's text that only says where the material is: "YouTube link", "video URL", "slides link". */
export const MEDIA_LINK_WORDS = String.raw`(?:youtube|vimeo|video|recording|slides?|slide deck)\s+(?:link|url)s?`;

/**
 * Link text that points at a talk or its material without naming it: "the video", "this session", "the last session I
 * attended", "here", "YouTube link".
 */
export const GENERIC_LINK = new RegExp(String.raw`^(?:(?:(?:watch|view|review|see|download|get)\s+)?(?:(?:the|a|an|this|that|his|her|their|my|our|one|another|live|short|full|quick|last|next|first|second|third|final|other)\s+){0,3}(?:video|videos|recording|slides|deck|talk|demo|demos|keynote|session|presentation|workshop)s?(?:\s+(?:I|we|she|he|they)\s+\p{Ll}+(?:\s+\p{Ll}+)?)?|${MEDIA_LINK_WORDS}|watch|watch it|watch here|here|youtube|link|\d+:\d+|https?:\/\/\S+|www\.\S+)$`, 'iu');

/** The label words of a talk's speakers: "Speaker:", "Presenters:", "Speaker(s):", "Hosts:". */
export const SPEAKER_LABEL_WORDS = String.raw`(?:speakers?|presenters?|panelists?|hosts?|speaker\(s\)|presenter\(s\))`;

/**
 * Some character of `chars` is in the text: a cheap test before a pattern every match of which holds one of them (a
 * text is read through many patterns that mostly find nothing, and a missing character says so without a search).
 */
export function hasAnyOf(text: string, chars: string): boolean {
  for (const c of chars) if (text.includes(c)) return true;
  return false;
}

/** Lowercase word tokens of a heading (letters, digits, inner '-', '.', '\''). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.map(withoutTrailingPunctuation) ?? [];
}

const CLOSING_PUNCTUATION = ".'’-";

/** A word token without the dots, quotes and dashes that close it (most tokens have none: they are left as they are). */
function withoutTrailingPunctuation(word: string): string {
  return CLOSING_PUNCTUATION.includes(word.charAt(word.length - 1)) ? word.replace(/[.'’-]+$/, '') : word;
}

/** The singular kinds of a session: a heading of one names one session ("Keynote", "Keynote Day 3"), of many a group. */
export const ONE_SESSION_KINDS: ReadonlySet<string> = new Set(['keynote', 'talk', 'session', 'presentation', 'workshop', 'panel']);
/** Words that say when a session was: "Day 2 Opening Keynote", "Closing Keynote", "Thursday Keynote". */
export const WHEN_WORDS: ReadonlySet<string> = new Set(['day', 'opening', 'closing', 'morning', 'afternoon', 'evening', 'first', 'second', 'third', 'final', 'last', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'one', 'two', 'three']);

/** The first line of a text that holds more than white space, trimmed ("" when none): read without splitting the whole text. */
export function firstTextLine(text: string): string {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim();
    if (line) return line;
    if (end < 0) break;
    at = end + 1;
  }
  return '';
}

/** A clock time range as programmes write slots: "10:00 am - 10:20 am", "9.30 to 10.15" (a pattern's source, for a case-insensitive pattern). */
export const CLOCK_RANGE = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`;

/**
 * A page of the author's own notes on one session: a markdown file beside the post ("./tue/arc304.md", "Keynote.md") or
 * in a repository on GitHub (".../blob/master/talks/CompelledDecryption.md").
 */
const NOTES_PAGE = /^(?:(?![a-z][\w+.-]*:|\/\/|#)[^\s?#]+|https?:\/\/github\.com\/[^/\s]+\/[^/\s]+\/blob\/[^\s?#]+)\.(?:md|markdown)(?:#[\w-]*)?$/i;

export function isNotesPage(href: string): boolean {
  return NOTES_PAGE.test(href);
}
