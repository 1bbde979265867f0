/**
 * Pass 2 reader: a paragraph over a paragraph that is only a recording's bare URL, which blog engines embed as a player
 * ("Title, with Ann Lee and Bo Chen. A dynamic session ..." then "https://www.youtube.com/watch?v=..."). Where a section
 * pairs two or more paragraphs with the bare recording under each, that is the post's habit: each paragraph names its
 * session in its first clause, with or without its speakers.
 */
import type { TextBlock } from './00-blocks.ts';
import type { Video } from './types.ts';
import { parseTalkHeading } from './02-heading.ts';
import { SENTENCE_START, titleLike, type SessionLead } from './02-lead-text.ts';
import { titleWithSpeakers } from './02-session-leads.ts';

/** One caption over a bare recording is a remark on a video; two or more are the post's way of listing sessions. */
const MIN_CAPTIONS = 2;
const MAX_TITLE_WORDS = 12;

/** A copula in the past tense tells what happened ("The keynote was ... interesting"); a title rarely does. */
const NARRATION = /\s(?:was|were|had)\s/i;
/** "Title session with ...", "Title, with ...": the session's words or the comma before its speakers end the title. */
const TITLE_END = /(?:\s+(?:session|talk|keynote|presentation))?(?:,\s|\s+with\s+(?=\p{Lu}))/u;

/** The block is a bare recording's URL alone: its video. */
function bareRecording(block: TextBlock | undefined): Video | null {
  if (block?.form !== 'paragraph' || block.videos.length !== 1 || /\s/.test(block.text.trim())) return null;
  return block.videos[0] ?? null;
}

/** The caption's first sentence, read as a session: its title and any speakers the grammar of a heading finds. */
function captionLead(block: TextBlock, video: Video): SessionLead | null {
  const first = (block.lines[0] ?? '').split(/(?<=[\p{Ll}\d)])[.!?]\s+(?=\p{Lu})/u)[0]?.trim() ?? '';
  if (!first || NARRATION.test(first)) return null;
  const parts = titleWithSpeakers(first) ?? parseTalkHeading(first);
  const named = parts.speakers.length > 0 && !parts.speakerOnly;
  const title = (named ? parts.title : first.split(TITLE_END)[0] ?? '').replace(/[.!?]+$/, '').trim();
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || SENTENCE_START.has((words[0] ?? '').toLowerCase()) || !titleLike(title)) return null;
  return { start: 0, heading: first, title, speakers: named ? parts.speakers : [], level: parts.level, label: parts.label, video, form: 'line', kindBefore: null };
}

/** The section's captioned recordings, by the index of the caption's block (none unless it is the section's habit). */
export function captionedVideoLeads(blocks: readonly TextBlock[]): Map<number, SessionLead> {
  const out = new Map<number, SessionLead>();
  let pairs = 0;
  blocks.forEach((block, i) => {
    const video = block.form === 'paragraph' && !bareRecording(block) ? bareRecording(blocks[i + 1]) : null;
    if (!video) return;
    pairs++;
    const lead = captionLead(block, video);
    if (lead) out.set(i, lead);
  });
  return pairs >= MIN_CAPTIONS ? out : new Map();
}
