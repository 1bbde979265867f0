/**
 * Pass 2 helper: talks listed as lines rather than headings, e.g. a list item
 * "[Scaling Things](https://youtu.be/ID) - Ann Lee, Acme" or "[Title](video) by Ann Lee (Acme)".
 * A line counts only with a YouTube video link and named speakers (or inside a "Talks"-like section).
 */
import type { Section, SpeakerRecord, Video } from './types.ts';
import { youtubeVideo } from './00-video.ts';
import { parseSpeakers } from './02-speakers.ts';
import { parseTalkHeading, stripLevel } from './02-heading.ts';

export interface LineTalk {
  title: string;
  speakers: SpeakerRecord[];
  video: Video;
  line: string;
  level: ReturnType<typeof stripLevel>['level'];
}

const GENERIC = /^(?:video|videos|recording|watch|watch it|here|youtube|link|slides|talk|the talk|this talk|\d+:\d+)$/i;
const LEAD = /^\s*(?:[-–—:|]|by\b)\s*/i;

export function lineTalks(section: Section, inTalkGroup: boolean): LineTalk[] {
  const found: LineTalk[] = [];
  const lines = section.text.split('\n');
  const seen = new Set<string>();
  for (const link of section.links) {
    const video = youtubeVideo(link.href);
    if (!video || seen.has(video.id) || !link.text) continue;
    const line = lines.find((l) => l.includes(link.text));
    if (!line) continue;
    const { text, level } = stripLevel(line.replace(/\s*[:.]\s*$/, ''));
    let talk: LineTalk | null = null;
    if (!GENERIC.test(link.text.trim())) {
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
  return found;
}
