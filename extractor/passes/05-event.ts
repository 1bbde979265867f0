/**
 * Pass 5 helper: the event a post covers, from its title (or tags): the run of capitalised words around
 * an event word ("KubeCon", "DockerCon", "Summit", "Conf", "Days") with its year and place,
 * e.g. "Notes from KubeCon + CloudNativeCon Europe 2018 in Copenhagen" -> "KubeCon + CloudNativeCon Europe 2018".
 */
import type { FrontMatter } from './types.ts';
import { EVENT_WORDS } from './02-words.ts';

export interface EventInfo {
  name: string;
  year: number | null;
}

// Joiners inside an event name ("KubeCon + CloudNativeCon"); a dash ends it ("... 2019 - Barcelona" is a subtitle).
const JOINERS = new Set(['+', '&', '/', 'x', 'and']);

function isEventWord(token: string): boolean {
  const lower = token.toLowerCase().replace(/[^a-z]/g, '');
  if (EVENT_WORDS.has(lower)) return /^\p{Lu}/u.test(token) || /\d/.test(token);
  // CamelCase compounds: KubeCon, DockerCon, GopherCon, PyCon, ContainerDays.
  return /^\p{Lu}[\p{L}]*(?:Con|Conf|Summit|Fest|Camp|Days|World)$/u.test(token) || /^\p{Lu}{2,}(?:CON|CONF)$/u.test(token);
}

const isNameToken = (t: string): boolean => /^(?:\p{Lu}|\d{2,4}\b)/u.test(t) || JOINERS.has(t) || /^'\d{2}$/.test(t);

export function eventFromText(text: string): string | null {
  const tokens = text.replace(/[:,|()!?]/g, ' $& ').split(/\s+/).filter(Boolean);
  const at = tokens.findIndex(isEventWord);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && isNameToken(tokens[start - 1] ?? '') && !/^(?:My|Our|The|A|At|From|To|In|On|Notes|Recap)$/.test(tokens[start - 1] ?? '')) start--;
  let end = at;
  while (end + 1 < tokens.length && isNameToken(tokens[end + 1] ?? '')) end++;
  while (end > at && JOINERS.has(tokens[end] ?? '')) end--;
  while (start < at && JOINERS.has(tokens[start] ?? '')) start++;
  const name = tokens.slice(start, end + 1);
  // "Day 1", "Days 2-3": a day heading, not an event; an event has a name word besides day words and numbers.
  if (name.every((t) => /^(?:days?|week|\d[\d-]*|#\d+)$/i.test(t) || JOINERS.has(t))) return null;
  return name.join(' ');
}

function yearOf(text: string | null): number | null {
  const m = text ? /\b(19\d{2}|20\d{2})\b/.exec(text) : null;
  return m?.[1] ? Number(m[1]) : null;
}

export function eventOf(frontMatter: FrontMatter, firstHeading: string | null): EventInfo | null {
  const fromTitle = frontMatter.title ? eventFromText(frontMatter.title) : null;
  const fromHeading = !fromTitle && firstHeading ? eventFromText(firstHeading) : null;
  const fromTag = frontMatter.tags.map((t) => eventFromText(t)).find((t): t is string => t !== null) ?? null;
  const year = yearOf(fromTitle ?? fromHeading) ?? yearOf(frontMatter.title) ?? yearOf(frontMatter.date);
  let name = fromTitle ?? fromHeading ?? (fromTag ? (year ? `${fromTag} ${year}` : fromTag) : null);
  if (!name && frontMatter.title && yearOf(frontMatter.title)) name = frontMatter.title;
  return name ? { name, year } : null;
}
