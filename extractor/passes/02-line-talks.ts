/**
 * Pass 2 helper: talks listed as lines rather than headings, e.g. a list item
 * "[Scaling Things](https://youtu.be/ID) - Ann Lee, Acme" or "[Title](video) by Ann Lee (Acme)".
 * A line counts only with a YouTube video link and named speakers (or inside a "Talks"-like section);
 * inside a "Talks"-like section a short line "title by Ann Lee (Acme)" with clear person names counts without a video.
 */
import type { Section, SpeakerRecord, Video } from './types.ts';
import { youtubeVideo } from './00-video.ts';
import { parseSpeakers } from './02-speakers.ts';
import { parseTalkHeading, stripLevel } from './02-heading.ts';
import { isPersonName } from './02-person-name.ts';

export interface LineTalk {
  title: string;
  speakers: SpeakerRecord[];
  video: Video | null;
  line: string;
  level: ReturnType<typeof stripLevel>['level'];
}

const GENERIC = /^(?:video|videos|recording|watch|watch it|here|youtube|link|slides|talk|the talk|this talk|\d+:\d+)$/i;
const LEAD = /^\s*(?:[-–—:|]|by\b)\s*/i;

/** A table row ("Keynote: Title - Ann Lee | Watch Here | Slides"): the cell that reads as a talk heading. */
function cellTalk(text: string, linkText: string, video: Video, line: string, level: LineTalk['level']): LineTalk | null {
  if (!text.includes(' | ')) return null;
  for (const cell of text.split(' | ')) {
    if (cell.includes(linkText)) continue;
    const parts = parseTalkHeading(cell);
    if (parts.speakers.length && parts.title) return { title: parts.title, speakers: parts.speakers, video, line, level: parts.level ?? level };
  }
  return null;
}

export function lineTalks(section: Section, inTalkGroup: boolean): LineTalk[] {
  const found: LineTalk[] = [];
  const lines = section.text.split('\n');
  const seen = new Set<string>();
  const usedLines = new Set<number>();
  for (const link of section.links) {
    const video = youtubeVideo(link.href);
    if (!video || seen.has(video.id) || !link.text) continue;
    // Links come in text order; the same text ("Watch Here") on several rows takes the next unused line.
    const at = lines.findIndex((l, i) => !usedLines.has(i) && l.includes(link.text));
    const line = lines[at];
    if (line === undefined) continue;
    usedLines.add(at);
    const { text, level } = stripLevel(line.replace(/\s*[:.]\s*$/, ''));
    let talk: LineTalk | null = null;
    const generic = GENERIC.test(link.text.trim()) || /^(?:https?:\/\/|www\.)/.test(link.text);
    if (cellTalk(text, link.text, video, line, level)) talk = cellTalk(text, link.text, video, line, level);
    else if (!generic) {
      const rest = text.slice(text.indexOf(link.text) + link.text.length).replace(LEAD, '').replace(/[:.]\s.*$/, '');
      const speakers = rest ? parseSpeakers(rest) : null;
      if (speakers || (inTalkGroup && text.trim() === link.text.trim())) talk = { title: link.text.trim(), speakers: speakers ?? [], video, line, level };
    } else {
      const parts = parseTalkHeading(text.replace(link.text, '').replace(/\(\s*\)|\[\s*\]/g, '').replace(/[-–—:\s]+$/, ''));
      if (parts.speakers.length && parts.title) talk = { title: parts.title, speakers: parts.speakers, video, line, level: parts.level ?? level };
    }
    if (talk) {
      seen.add(video.id);
      found.push(talk);
    }
  }
  if (inTalkGroup) found.push(...unlinkedLineTalks(lines, usedLines));
  return found;
}

/** Lines of a talks section without a video: "title by Ann Lee (Acme)", short, not a sentence, every speaker a clear name. */
function unlinkedLineTalks(lines: readonly string[], used: ReadonlySet<number>): LineTalk[] {
  const out: LineTalk[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (used.has(i) || !trimmed || trimmed.split(/\s+/).length > 20 || /[.!?]$/.test(trimmed)) return;
    const { text, level } = stripLevel(trimmed);
    const parts = parseTalkHeading(text);
    if (!parts.title || parts.speakers.length === 0 || !parts.speakers.every((sp) => isPersonName(sp.name, false))) return;
    out.push({ title: parts.title, speakers: parts.speakers, video: null, line, level: parts.level ?? level });
  });
  return out;
}
