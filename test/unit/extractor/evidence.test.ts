// The session recognizer's one evidence table: candidates from headings and from text blocks are weighed by the same
// rows. One table row per kind of candidate (synthetic snippets, made-up names), positive and negative.
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../extractor/passes/01-sections.ts';
import { parseTalkHeading } from '../../../extractor/passes/02-heading.ts';
import { blockLeads } from '../../../extractor/passes/02-session-leads.ts';
import { SESSION_EVIDENCE, SESSION_THRESHOLD, sessionScore, type Candidate } from '../../../extractor/passes/02-evidence.ts';
import type { SessionLead } from '../../../extractor/passes/02-lead-text.ts';

/** The first lead of the last section's first text block, weighed where it stands. */
function blockCandidate(md: string, talkSection: boolean): Candidate {
  const post = parsePost(md);
  const block = post.sections.at(-1)?.blocks[0];
  const lead = block ? blockLeads(block)[0] : undefined;
  if (!block || !lead) throw new Error(`no lead in ${md}`);
  return { lead, place: { kind: 'block', block }, ctx: { talkSection } };
}

/** The last section's heading as a candidate, with the speakers its grammar reads. */
function headingCandidate(md: string): Candidate {
  const post = parsePost(md);
  const section = post.sections.at(-1);
  if (!section) throw new Error(`no section in ${md}`);
  const parts = parseTalkHeading(section.heading);
  const lead: SessionLead = { start: 0, heading: section.heading, title: parts.title, speakers: parts.speakers, level: parts.level, label: parts.label, video: section.videos[0] ?? null, form: 'heading', kindBefore: null, quoted: parts.quoted };
  return { lead, place: { kind: 'heading', section, parts, sections: post.sections, inlineLeads: () => 0, peersAreTalks: false }, ctx: { talkSection: false } };
}

type Row = [what: string, candidate: () => Candidate, talk: boolean];

const rows: Row[] = [
  ['a list item with a clear speaker', () => blockCandidate('- Scaling Zorbs - Ann Lee, Acme', false), true],
  ['a prose line "Title - Name" outside a section of talks', () => blockCandidate('Scaling Zorbs - Ann Lee', false), false],
  ['the same line in a section of talks', () => blockCandidate('## Talks\n\nScaling Zorbs - Ann Lee', true), true],
  ['a sentence that opens with its own speaker (veto)', () => blockCandidate('- [Ann Lee shed some light on zorbs](https://www.youtube.com/watch?v=AAAAAAAAAAA) by Ann Lee', true), false],
  ['a given name owning a quoted title outside a section of talks (veto)', () => blockCandidate("I went to Helen's talk about 'Plonk Patterns in Practice'.", false), false],
  ['the same inside a section of talks', () => blockCandidate("I went to Helen's talk about 'Plonk Patterns in Practice'.", true), true],
  ['a linked video title alone in a section of talks', () => blockCandidate('- [Plonk Patterns in Practice](https://www.youtube.com/watch?v=AAAAAAAAAAA)', true), true],
  ['the same outside a section of talks', () => blockCandidate('- [Plonk Patterns in Practice](https://www.youtube.com/watch?v=AAAAAAAAAAA)', false), false],
  ['a heading that names its speaker', () => headingCandidate('## Scaling Zorbs - Ann Lee'), true],
  ['a title-only heading with nothing else', () => headingCandidate('## Scaling Zorbs\n\nSome notes on zorbs.'), false],
  ['a title-only heading over its own video', () => headingCandidate('## Scaling Zorbs\n\n<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>'), true],
  ['a title-only heading whose notes say who gave it', () => headingCandidate('## Scaling Zorbs\n\nIt was given by Ann Lee from Acme.'), true],
  ['a structural heading over a video (veto)', () => headingCandidate('## Lunch\n\n<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>'), false],
];

describe('session evidence table', () => {
  it.each(rows)('weighs %s', (_what, candidate, talk) => expect(sessionScore(candidate()) >= SESSION_THRESHOLD).toBe(talk));

  it('names each row once, so a row can be found and discussed by its name', () => {
    const names = SESSION_EVIDENCE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
