/**
 * Pass 2 helper: each heading read as a talk's (parseTalkHeading), with what the post around it adds:
 * - a label its sibling headings share is no part of the talk ("## Memorable Talks - Ann Lee - Title" beside
 *   "## Memorable Talks - Bo Chen - Title");
 * - names the heading links to their profiles are its speakers, however weak as names ("## Title - [Nat Ng](twitter)");
 * - so is a pair of clear names closing it with no separator ("## Title Ann Lee & Bo Chen").
 */
import type { Section, SpeakerRecord } from './types.ts';
import { parseTalkHeading, type HeadingParts } from './02-heading.ts';
import { isPersonName } from './02-person-name.ts';
import { isProfilePage } from './02-words.ts';

/** "Label - rest": a short label, a separator, then more. */
const LABEL_FIRST = /^(.{2,40}?)\s+[-–—|:]\s+(?=\S)/u;

/** Where each heading's rest starts after a label that at least one sibling (same parent and level) opens with too. */
function sharedLabels(sections: readonly Section[]): Map<number, { label: string; offset: number }> {
  const groups = new Map<string, Array<{ index: number; label: string; offset: number }>>();
  for (const s of sections) {
    const m = s.level > 0 ? LABEL_FIRST.exec(s.heading) : null;
    if (!m?.[1]) continue;
    const key = `${s.parent ?? -1}/${s.level}/${m[1].toLowerCase()}`;
    const group = groups.get(key) ?? [];
    group.push({ index: s.index, label: m[1], offset: m[0].length });
    groups.set(key, group);
  }
  const out = new Map<number, { label: string; offset: number }>();
  for (const group of groups.values()) {
    // (A name the headings share is their speaker, not a label: "## Ann Lee - Part 1", "## Ann Lee - Part 2".)
    if (group.length < 2 || isPersonName(group[0]?.label ?? '', false)) continue;
    for (const g of group) out.set(g.index, { label: g.label, offset: g.offset });
  }
  return out;
}

/** The heading's own links: the empty first block that carries them (offsets into the heading). */
function headingLinks(section: Section): ReadonlyArray<{ text: string; href: string }> {
  const first = section.blocks[0];
  return first && first.text === '' ? first.links : [];
}

/** "Title - [Ann Lee](profile) & [Bo Chen](profile)": the names after the last dash, each linked to a profile. */
function profileLinkedTail(section: Section, heading: string): HeadingParts | null {
  const links = headingLinks(section).filter((l) => isProfilePage(l.href));
  if (!links.length) return null;
  const m = /^(.+)\s+[-–—|]\s+(.+)$/u.exec(heading);
  if (!m?.[1] || !m[2]) return null;
  const names = m[2].split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  const linked = new Set(links.map((l) => l.text.trim()));
  if (!names.every((n) => linked.has(n) && isPersonName(n, true))) return null;
  const speakers: SpeakerRecord[] = names.map((name) => ({ name, role: null, organization: null }));
  return { ...parseTalkHeading(m[1]), speakers, speakerOnly: false };
}

/** Two names of two words joined by "&" or "and" closing the heading, no separator before them. */
const JOINED_PAIR_TAIL = /^(\S.{6,}?)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:&|and)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u;

/**
 * "## Migrating 700 Zorb Clusters with Zero Disturbance Ann Lee & Ivo Brevik": a pair of clear names closing the
 * heading with no separator before them (a programme's title and speakers run together) are its speakers.
 */
function pairClosing(heading: string): HeadingParts | null {
  const m = JOINED_PAIR_TAIL.exec(heading.trim());
  if (!m?.[1] || !m[2] || !m[3] || !isPersonName(m[2], false) || !isPersonName(m[3], false)) return null;
  // (Not the object of a title's last word: "Pairing with Ann Lee and Ivo Brevik" is read by "with" elsewhere.)
  if (/\b(?:with|and|by|featuring|feat\.|vs\.?|versus|from|for|meets|between|among|of|to|on|about|at)$/i.test(m[1])) return null;
  const parts = parseTalkHeading(m[1]);
  if (parts.speakers.length || m[1].split(/\s+/).length < 3) return null;
  return { ...parts, speakers: [m[2], m[3]].map((name) => ({ name, role: null, organization: null })) };
}

/** Each section's heading read as a talk's, or null for the text before the first heading. */
export function readHeadings(sections: readonly Section[]): Array<HeadingParts | null> {
  const labels = sharedLabels(sections);
  return sections.map((s) => {
    if (s.level === 0) return null;
    const parts = parseTalkHeading(s.heading);
    const shared = labels.get(s.index);
    // (Only where the whole heading reads no speaker, or reads the label as the title.)
    if (shared && (parts.speakers.length === 0 || parts.title.trim() === shared.label)) {
      const rest = parseTalkHeading(s.heading.slice(shared.offset));
      if (rest.speakers.length) return rest;
    }
    return parts.speakers.length ? parts : (profileLinkedTail(s, s.heading) ?? pairClosing(s.heading) ?? parts);
  });
}
