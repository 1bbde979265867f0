/**
 * Pass 2 helper: speakers a write-up sets in bold ("an eBPF talk with **Liz Rice** (Chief Open Source Officer,
 * Acme)", "**Ann Lee**, **Bo Chen** and **Cara Diaz** talked about ..."). Authors bold the people on stage; a bold
 * run that is a person's name, with the role and organization in parentheses or after "from", is a speaker.
 */
import type { TextBlock } from './00-blocks.ts';
import type { Span } from './00-inline.ts';
import type { SpeakerRecord } from './types.ts';
import { isPersonName, nameStrength } from './02-person-name.ts';
import { resolveName } from '../gazetteer/resolve.ts';

const ORG_WORD = String.raw`\p{Lu}[\p{L}\d&-]*(?:\.[\p{L}\d]+)*`;
const AFTER = new RegExp(String.raw`^\s*(?:\(([^()]{2,120})\)|,?\s+(?:from|of|at)\s+(${ORG_WORD}(?:\s+${ORG_WORD}){0,3}))`, 'u');

function speakerAt(text: string, span: Span, company: boolean): SpeakerRecord | null {
  const name = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  // "**Kubernetes Operators**": a run that starts with a known project or organization is no person.
  if (resolveName(name) || resolveName(name.split(' ')[0] ?? '')) return null;
  const after = AFTER.exec(text.slice(span.end, span.end + 140));
  if (!isPersonName(name, company || after !== null) && !(company && nameStrength(name) === 'shape')) return null;
  const paren = after?.[1]?.split(/\s*,\s*/) ?? [];
  const org = after?.[2] ?? (paren.length ? (paren[paren.length - 1] ?? null) : null);
  const role = paren.length > 1 ? paren.slice(0, -1).join(', ') : null;
  // "(@handle)" or a project in parentheses is not an organization.
  const organization = org && !org.startsWith('@') && resolveName(org)?.type !== 'Project' ? org : null;
  return { name, role, organization };
}

/** Bold person names in the given range of a block (all of it by default). */
export function boldSpeakers(block: TextBlock, from = 0, to = block.text.length): SpeakerRecord[] {
  const spans = block.strong.filter((s) => s.start >= from && s.end <= to);
  const named = spans.filter((s) => nameStrength(block.text.slice(s.start, s.end).trim()) !== 'none');
  const out: SpeakerRecord[] = [];
  for (const span of named) {
    const sp = speakerAt(block.text, span, named.length > 1);
    if (sp && !out.some((o) => o.name === sp.name)) out.push(sp);
  }
  return out;
}

/** The bold speakers of a section's first blocks: a title-only heading's talk given by the people its body bolds. */
export function sectionBoldSpeakers(blocks: readonly TextBlock[]): SpeakerRecord[] {
  for (const block of blocks.slice(0, 3)) {
    const found = boldSpeakers(block);
    if (found.length) return found;
  }
  return [];
}
