/** Word lists the entity pass consults (data files, loaded once): common English words and surfaces that are never entities. */
import commonWords from '../../data/lexicon/common-words.json' with { type: 'json' };
import nonEntities from '../../data/lexicon/non-entities.json' with { type: 'json' };

const COMMON = new Set<string>(commonWords);

/** True when a lowercase word is common English (a name equal to it is ambiguous in prose). */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower);
}

/** A common English word in a plain inflection the list lacks ("lessons", "learned", "puppets"). */
export function isEverydayWord(lower: string): boolean {
  return isCommonWord(lower) || (lower.endsWith('s') && isCommonWord(lower.slice(0, -1))) || (lower.endsWith('ed') && (isCommonWord(lower.slice(0, -2)) || isCommonWord(lower.slice(0, -1))));
}

const NON_ENTITY = new Set<string>();
for (const [key, list] of Object.entries(nonEntities)) {
  if (key.startsWith('_') || key === 'eventSuffixes' || key === 'eventWords' || !Array.isArray(list)) continue;
  for (const s of list) NON_ENTITY.add(String(s).toLowerCase());
}

// Answers by surface: the entity pass asks for the same few hundred surfaces over and over (bounded, as a post of
// thousands of distinct names must not grow it without end).
const nonEntityAnswers = new Map<string, boolean>();

/** Events, concepts, API kinds, languages, protocols, consumer platforms: never entity mentions. */
export function isNonEntity(surface: string): boolean {
  let answer = nonEntityAnswers.get(surface);
  if (answer === undefined) {
    answer = readsAsNonEntity(surface);
    if (nonEntityAnswers.size < 50_000) nonEntityAnswers.set(surface, answer);
  }
  return answer;
}

function readsAsNonEntity(surface: string): boolean {
  const lower = surface.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NON_ENTITY.has(lower) || isEventName(surface.trim()) || isRegionalEvent(surface.trim())) return true;
  return (lower.endsWith('s') && NON_ENTITY.has(lower.slice(0, -1))) || (lower.endsWith('es') && NON_ENTITY.has(lower.slice(0, -2)));
}

const EVENT_SUFFIXES: readonly string[] = nonEntities.eventSuffixes;

/**
 * A one-word event name: a capitalised stem and an event suffix, the suffix capitalised inside the word
 * ("KubeCon", "DevOpsDays", "HashiConf") or after an all-capital stem ("SREcon"); "Falcon" is not one.
 */
const EVENT_WORDS = new Set<string>(nonEntities.eventWords);
const EVENTS = new Set<string>(nonEntities.events.map((e) => e.toLowerCase()));

/** A conference or meetup by name ("KubeCon", "PyCon UK", "Rails Conf 2012", "FOSDEM"): no one's employer. */
export function isEventSurface(surface: string): boolean {
  const trimmed = surface.trim();
  return EVENTS.has(trimmed.toLowerCase()) || isEventName(trimmed) || isRegionalEvent(trimmed);
}

/**
 * An event's name with its region or year after it ("PyCon UK", "KubeCon Europe 2019"), or a name of two to five
 * words one of which says event ("Rails Conf 2012", "Hadoop Summit").
 */
function isRegionalEvent(surface: string): boolean {
  const [first, ...rest] = surface.split(/\s+/);
  if (rest.length > 0 && rest.length <= 2 && !!first && isEventName(first) && rest.every((w) => /^(?:\p{Lu}[\p{L}]*|\d{4})$/u.test(w))) return true;
  const words = surface.toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.some((w) => EVENT_WORDS.has(w));
}

export function isEventName(word: string): boolean {
  if (word.includes(' ')) return false;
  for (const suffix of EVENT_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    if (!/^\p{Lu}/u.test(stem)) continue;
    const innerCapital = /^\p{Lu}/u.test(suffix);
    if (innerCapital || /^[\p{Lu}\d]+$/u.test(stem)) return true;
  }
  return false;
}
