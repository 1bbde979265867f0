/**
 * Pass 2 helper: what the headings around a talk say about it: the day ("Day #2", "Day Two",
 * "Thursday", "Dec 7"), the kind (keynote/workshop/panel words) and whether a heading is structural.
 */
import type { TalkKind } from '../schema.ts';
import type { Section } from './types.ts';
import { DAY_WORDS, KIND_WORDS, MONTHS, NUMBER_WORDS, STRUCTURAL, WEEKDAYS, wordsOf } from './02-words.ts';

/** "Day 2", "Day #2", "Día 2", "Jour 1": a day word and its number. */
const DAY_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])(?:${DAY_WORDS})\s*#?\s*(\d{1,2})(?![\p{L}\d])`, 'iu');
const DAY_WORD = new RegExp(String.raw`^(?:${DAY_WORDS})$`, 'u');

/** A heading made only of structural words ("Day #1", "Morning Keynotes", "Lunch", "Summary"). */
export function isStructural(heading: string): boolean {
  // (A note in lowercase after it is no part of what it is: "Ignite Talks (each 5 minutes)".)
  // (Numbers and dates written with dots, slashes or dashes are none of its words: "Wednesday 30.11.", "2022-11-30".)
  const words = wordsOf(heading.replace(/\s*\([\p{Ll}\d\s.,:/-]+\)\s*$/u, '')).filter((w) => !/^\d+(?:[./-]\d+){0,2}$/.test(w));
  if (words.length === 0) return true;
  return words.every((w) => STRUCTURAL.has(w) || MONTHS.has(w) || /^\d+(?:st|nd|rd|th)$/.test(w));
}

export function kindWord(heading: string): TalkKind | null {
  const words = wordsOf(heading);
  for (const [kind, set] of KIND_WORDS) if (words.some((w) => set.has(w))) return kind;
  return null;
}

const ROMAN_DAYS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

/** An explicit day number: "Day #2", "Day 2", "Day Two", "Second Day", "Day II" (capital roman numerals). */
export function explicitDay(heading: string): number | null {
  const numeric = DAY_NUMBER.exec(heading);
  if (numeric?.[1]) return Number(numeric[1]);
  const roman = /\bDay\s+([IV]{1,3})\b(?!\s*\p{L})/u.exec(heading)?.[1];
  if (roman && ROMAN_DAYS.includes(roman)) return ROMAN_DAYS.indexOf(roman) + 1;
  const words = wordsOf(heading);
  const at = words.findIndex((w) => DAY_WORD.test(w));
  if (at < 0) return null;
  const after = NUMBER_WORDS.get(words[at + 1] ?? '');
  const before = NUMBER_WORDS.get(words[at - 1] ?? '');
  return after ?? before ?? null;
}

/** A day of the month written as an ordinal ("17th", "2nd"). */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * A heading that is a date and nothing else ("17th", "May 17", "Wednesday 17th May 2017", "2017-05-17"): it heads a
 * day of the programme as "Day 2" does. A month alone or with a year ("June 2019") names no day.
 */
export function dateOnlyHeading(heading: string): boolean {
  const words = wordsOf(heading);
  if (!words.length || words.length > 5) return false;
  const calendar = (w: string): boolean => MONTHS.has(w) || WEEKDAYS.includes(w) || ORDINAL_DAY.test(w) || /^\d{1,2}$|^\d{4}$/.test(w) || w === 'of' || w === 'the';
  const iso = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(heading);
  const dayNamed = words.some((w) => ORDINAL_DAY.test(w)) || (words.some((w) => MONTHS.has(w)) && words.some((w) => /^\d{1,2}$/.test(w)));
  return iso || (dayNamed && words.every(calendar));
}

/** A weekday or calendar date heading; the key tells distinct days apart. */
export function dateKey(heading: string): string | null {
  const lower = heading.toLowerCase();
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(lower);
  if (iso) return `${iso[2]}-${iso[3]}`;
  const words = wordsOf(lower);
  const month = words.findIndex((w) => MONTHS.has(w));
  if (month >= 0) {
    const day = [words[month + 1], words[month - 1]].map((w) => /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w ?? '')?.[1]).find(Boolean);
    if (day) return `${words[month]?.slice(0, 3)}-${day}`;
  }
  const weekday = WEEKDAYS.find((d) => words.includes(d));
  if (weekday) return weekday;
  // ("# 17th", "# 18th": the days of the month alone, under a post that names the month.)
  const ordinal = words.length === 1 ? ORDINAL_DAY.exec(words[0] ?? '')?.[1] : undefined;
  return ordinal ? `day-${ordinal}` : null;
}

/**
 * Day numbers for every section: explicit "Day N" headings win; otherwise distinct weekday/date
 * headings are numbered 1, 2, ... in order. A section takes the day of its nearest day heading
 * above it at the same or a higher level.
 */
export function sectionDays(sections: Section[], isTalk: (s: Section) => boolean): Array<number | null> {
  // A talk's own heading may open with its day ("Day 2 - Title - Ann Lee").
  const explicit = sections.map((s) => (s.level <= 0 ? null : !isTalk(s) ? explicitDay(s.heading) : /^\s*day\s*#?\s*\d{1,2}\s*[-–—:|]\s/i.test(s.heading) ? explicitDay(s.heading) : null));
  // Weekday/date headings count only when no heading numbers the days explicitly.
  const anyExplicit = explicit.some((d) => d !== null);
  const keys = sections.map((s) => (s.level > 0 && !anyExplicit && !isTalk(s) ? dateKey(s.heading) : null));
  const order = [...new Set(keys.filter((k): k is string => k !== null))];
  const dayHeading = sections.map((_s, i) => {
    const key = keys[i];
    return explicit[i] ?? (key ? order.indexOf(key) + 1 : null);
  });
  const days: Array<number | null> = [];
  let current: { day: number; level: number } | null = null;
  for (const s of sections) {
    const own = dayHeading[s.index] ?? null;
    if (own !== null) current = { day: own, level: s.level };
    else if (current && s.level > 0 && s.level < current.level) current = null;
    days.push(own ?? current?.day ?? null);
  }
  return days;
}

/**
 * The headings that frame each section: its ancestors, plus the nearest earlier childless non-talk heading at its
 * own level (a flat "## Keynotes" followed by "## Talk - Speaker" headings). One pass, so long posts stay linear.
 */
export function contextHeadings(sections: Section[], isTalk: (s: Section) => boolean): string[][] {
  const markers: Array<string | null> = [];
  const out: string[][] = [];
  for (const section of sections) {
    const level = section.level;
    markers.length = Math.min(markers.length, level + 1);
    const headings: string[] = [];
    for (let p = section.parent; p !== null; p = sections[p]?.parent ?? null) headings.push(sections[p]?.heading ?? '');
    const marker = markers[level];
    if (marker) headings.unshift(marker);
    out.push(headings);
    if (level > 0 && !isTalk(section)) {
      const hasChildren = (sections[section.index + 1]?.level ?? 0) > level;
      // A heading that is one talk of its kind, told below it ("### Keynote" over a paragraph about it), frames no
      // sibling; a plural label ("### Keynotes") or a bare one does.
      const toldBelow = section.text.trim() !== '' && !/s\b/i.test(section.heading.trim().split(/\s+/).pop() ?? '');
      markers[level] = hasChildren || toldBelow ? null : section.heading;
    }
  }
  return out;
}
