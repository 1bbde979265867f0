/**
 * Pass 2 reader: a paragraph that opens with a bold label and a colon, then puts someone on stage ("**Zorb Storage:** Ann
 * Lee from Acme introduced the design of ...", "**Plonk:** Currently ... Bo Chen from Initech presented ..."). One such
 * paragraph is a label over notes; three or more in a section are how the post names its talks (02-sessions.ts counts
 * them).
 */
import type { TextBlock } from './00-blocks.ts';
import { titleLike, videoIn, type SessionLead } from './02-lead-text.ts';
import { bodySpeakers, NAME, openingNames } from './02-speakers-in-text.ts';
import { withoutHonorifics } from './02-speakers.ts';
import { isPersonName } from './02-person-name.ts';
import { namesAThing } from '../gazetteer/resolve.ts';
import { PRESENT_VERBS } from './02-words.ts';
import type { SpeakerRecord } from './types.ts';
import { isStructural } from './02-context.ts';
import { isEverydayWord } from '../gazetteer/lexicon.ts';

const MAX_LABEL_WORDS = 15;

/**
 * "Ann Lee from Acme introduced", "Ann Lee and Bo Chen from acmecloud shared", "Doctor Ann Lee from Acme (a vendor of
 * zorbs) presented": one or two clear names (without a title of address), where they work (three words at most, an
 * aside after it), then a verb that puts them on stage, anywhere in the paragraph.
 */
const ON_STAGE = new RegExp(String.raw`(?<![\p{L}])(${NAME})(?:\s+(?:and|&)\s+(${NAME}))?(?:\s+(?:from|of|at)\s+([\p{L}\d][\p{L}\d&.-]*(?:\s+[\p{L}\d&.-]+){0,2}?))?(?:\s*\([^()]{0,80}\))?\s+(?:${PRESENT_VERBS.join('|')})\b`, 'u');

/** The people the paragraph puts on stage, by full name (with where they work). */
function onStageInParagraph(text: string): SpeakerRecord[] {
  const m = ON_STAGE.exec(text);
  const names = [m?.[1], m?.[2]].filter((n): n is string => !!n).map(withoutHonorifics).filter((n) => isPersonName(n, false) && !namesAThing(n));
  if (!m || names.length === 0 || names.length < [m[1], m[2]].filter(Boolean).length) return [];
  return names.map((name) => ({ name, role: null, organization: m[3]?.trim() ?? null }));
}

function onStageOrOpening(notes: string): SpeakerRecord[] {
  const onStage = onStageInParagraph(notes);
  return onStage.length ? onStage : openingNames(notes);
}

export function boldLabelParagraphLeads(block: TextBlock): SessionLead[] {
  if (block.form !== 'paragraph' && block.form !== 'item') return [];
  const bold = block.strong[0];
  const start = block.text.length - block.text.trimStart().length;
  if (!bold || bold.start > start) return [];
  const inner = block.text.slice(bold.start, bold.end).trim();
  const after = block.text.slice(bold.end);
  // (The colon closes the label inside the bold run or right after it.)
  const colonAfter = /^\s*:/.exec(after);
  if (!inner.endsWith(':') && !colonAfter) return [];
  const title = inner.replace(/\s*:$/, '').trim();
  const words = title.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || !titleLike(title, true) || isStructural(title) || (words.length === 1 && isEverydayWord(title.toLowerCase()))) return [];
  const notes = after.slice(colonAfter?.[0].length ?? 0).trim();
  const read = bodySpeakers(notes);
  // ("**Scaling Zorbs**: Ann Lee’s experience scaling Plonk ...": the clear names that open the notes, or their possessive.)
  const speakers = read.length ? read : onStageOrOpening(notes);
  if (speakers.length === 0) return [];
  // (One that links its own recording is a talk by itself, not only as one of the section's habit.)
  const video = videoIn(block, 0, block.text.length);
  return [{ start, heading: inner, title, speakers, level: null, label: null, video, form: 'bold', kindBefore: null, ...(video ? {} : { labelOverNotes: true }) }];
}
