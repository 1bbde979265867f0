/**
 * Pass 2 helper: the speakers a clause of prose names right before a linked title it introduces as a talk, as recaps
 * write several talks in one paragraph:
 * - "a talk by Ann Lee from Acme and Bo Chen from Initech [on scaling zorbs](url)";
 * - "a talk from Plonk maintainers Ann Lee and Bo Chen, from Acme, about [troubleshooting plonk](url)";
 * - "Ann Lee from Acme nailed it in the talk on [navigating the maze](url)".
 * The clause is read from the sentence's start or the previous title's end, so each title takes its own speakers.
 */
import type { SpeakerRecord } from './types.ts';
import { isPersonName } from './02-person-name.ts';
import { CAPITALISED_RUN, NAME, ORG, ORG_WORD } from './02-speakers-in-text.ts';
import { namesAProject } from '../gazetteer/resolve.ts';
import { PRESENT_VERBS } from './02-words.ts';

const TALK = String.raw`(?:talk|keynote|session|presentation|workshop|demo|tutorial)`;
const TALK_WORD = new RegExp(TALK);
/** Who people are before their names: "Plonk maintainers", "the Acme engineers", "two core developers". */
// (A capitalised word among them may be their employer: "the talk by Acme engineers Ann Lee and Bo Chen".)
const DESCRIPTOR = String.raw`(?:the\s+|two\s+|three\s+|our\s+|fellow\s+)?(?:(${ORG_WORD})\s+)?(?:core\s+|senior\s+|lead\s+)?(?:maintainers?|engineers?|developers?|contributors?|creators?|authors?|members?|folks|colleagues?|team)\s+`;
/**
 * The words that hand over to the title, if any (the link's text may hold them: "... by Ann Lee [on scaling zorbs](url)"):
 * "... on [Title]", "... about [Title]", "... titled [Title]", "...: [Title]".
 */
const HANDOVER = String.raw`(?:,?\s+(?:on|about|titled|entitled|called|named)|\s*[:,])?\s*["“‘]?\s*$`;

/** "by|from [descriptor] NAMES [, from ORG]" after a talk word, then the handover to the title. */
const BY_CLAUSE = new RegExp(String.raw`\b${TALK}s?\s+(?:by|from)\s+(?:${DESCRIPTOR})?((?:${NAME}).*?)${HANDOVER}`, 'u');
/** "NAME [from ORG] <a few words> in|with|during the talk on": the subject of the sentence gave the talk. */
const SUBJECT_CLAUSE = new RegExp(String.raw`(?:^|[.!?;]\s+|,\s+(?:and|but|as|when)\s+|\band\s+|\bwhen\s+)(${NAME})(?:\s+(?:from|of|at)\s+(${ORG}))?\s+(?:\p{Ll}+\s+){1,5}?(?:in|with|during|through)\s+(?:the|a|an|his|her|their)\s+(?:\p{Ll}+\s+)?${TALK}\s+(?:on|about)\s*["“‘]?\s*$`, 'u');

/** Joins between the names of a list: "Ann Lee, Bo Chen and Cy Dunn". */
const JOIN = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
const NAME_WITH_ORG = new RegExp(String.raw`^(${NAME})(?:\s+(?:from|of|at)\s+(${ORG})|\s*\((${ORG})\))?$`, 'u');
const ORG_ONLY = new RegExp(String.raw`^(?:from|of|at)\s+(${ORG})$`, 'u');

/**
 * "Ann Lee from Acme and Bo Chen from Initech", "Ann Lee and Bo Chen, from Acme": clear names, each with its own
 * organization or one shared by the names before it; null when any piece is something else.
 */
function namesWithOrgs(list: string): SpeakerRecord[] | null {
  const out: SpeakerRecord[] = [];
  for (const piece of list.trim().split(JOIN).filter(Boolean)) {
    const shared = ORG_ONLY.exec(piece);
    if (shared?.[1]) {
      if (!out.length) return null;
      for (const sp of out) sp.organization ??= shared[1];
      continue;
    }
    const m = NAME_WITH_ORG.exec(piece);
    if (!m?.[1] || !isPersonName(m[1], false)) return null;
    const org = m[2] ?? m[3] ?? null;
    out.push({ name: m[1], role: null, organization: org && !namesAProject(org) ? org : null });
  }
  return out.length ? out : null;
}

/**
 * A clause that opens (after `front`) with its subject's name, then one of `verbs`, and runs on to the title within
 * `tail` characters, no sentence's end, colon or quotation between: "Ann Lee spoke about “Title”", "Ann Lee then closed
 * the day with “Title”".
 */
export function subjectPresents(front: string, verbs: readonly string[], tail = 50): RegExp {
  return new RegExp(String.raw`^\s*${front}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:(?:also|then|later|finally|next)\s+)?(?:${verbs.join('|')})\b[^.!?;:"“]{0,${tail}}$`, 'u');
}

/** Where a clause may open: the text's start, or after a colon, a comma, "and", "while" or "whereas" before a capital. */
const CLAUSE_START = /(?:[:,]|\b(?:and|while|whereas))\s+(?=\p{Lu})/gu;
/** Clauses looked at before a title: a sentence lists a few talks, not pages of them. */
const MAX_CLAUSES = 6;
/** A clause's subject and a verb of presenting only ("In Plonkville, Ann Lee began her career with ‘Zorb’" is none). */
const CLAUSE_SUBJECT_PRESENTS = subjectPresents('', PRESENT_VERBS, 160);

/**
 * A sentence of several talks, each title after the clause of its speaker: "The lineup: Ann Lee delivered “A,” Bo Chen
 * gave a dive into B, and Cy Dunn delivered a session on “C.”", "[Ann Lee](profile) talked about moving from Zorb to
 * Plonk with [A](slides) while [Bo Chen](profile) presented [B](slides)". The nearest clause between `from` (the
 * sentence's start or the previous title's end) and the title `at` that opens with a name and a verb of presenting is
 * the title's; `at` in the answer is where that clause opens.
 */
export function clauseSubject(text: string, from: number, at: number): { speakers: SpeakerRecord[]; at: number } | null {
  const before = text.slice(from, at);
  const starts = [0, ...[...before.matchAll(CLAUSE_START)].map((m) => (m.index ?? 0) + m[0].length)];
  for (let k = starts.length - 1; k >= 0 && k >= starts.length - MAX_CLAUSES; k--) {
    const start = starts[k] ?? 0;
    const name = CLAUSE_SUBJECT_PRESENTS.exec(before.slice(start))?.[1];
    if (name && isPersonName(name, false)) return { speakers: [{ name, role: null, organization: null }], at: from + start };
  }
  return null;
}

/** The speakers the clause right before a linked title names for it, or null. */
export function clauseSpeakers(clause: string): SpeakerRecord[] | null {
  if (clause.length > 240 || !TALK_WORD.test(clause)) return null;
  const by = BY_CLAUSE.exec(clause);
  const listed = by?.[2] ? namesWithOrgs(by[2]) : null;
  const employer = by?.[1] && !namesAProject(by[1]) ? by[1] : null;
  if (listed) return listed.map((sp) => ({ ...sp, organization: sp.organization ?? employer }));
  const subject = SUBJECT_CLAUSE.exec(clause);
  if (!subject?.[1] || !isPersonName(subject[1], false)) return null;
  const org = subject[2] ?? null;
  return [{ name: subject[1], role: null, organization: org && !namesAProject(org) ? org : null }];
}

/** "... with his [Title]", "... in her talk [Title]", "... their keynote: [Title]": a possessive pronoun hands over to the title. */
const PRONOUN_HANDOVER = new RegExp(String.raw`\b(his|her|their)\s+(?:(?:own|new|latest|first|great)\s+)?(?:(?:lightning\s+)?${TALK}s?\s*(?:,|:|\s(?:on|about|titled|called|entitled))?\s*)?["“‘]?\s*$`, 'u');

/**
 * "Jean Zorb will kick off the day with his [Title](url)": the one clear name of the clause owns the title its
 * possessive pronoun hands over to ("their": two or more names). Null where the clause names none, or more than the
 * pronoun can stand for.
 */
export function pronounOwners(clause: string): SpeakerRecord[] | null {
  if (clause.length > 240) return null;
  const m = PRONOUN_HANDOVER.exec(clause);
  if (!m?.[1]) return null;
  const names = [...clause.slice(0, m.index).matchAll(CAPITALISED_RUN)].map((r) => r[0]).filter((n) => isPersonName(n, false));
  const plural = m[1] === 'their';
  if (!names.length || (plural ? names.length < 2 : names.length !== 1)) return null;
  return names.map((name) => ({ name, role: null, organization: null }));
}
