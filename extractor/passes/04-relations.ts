/** Pass 4: relations that single sentences state (MAINTAINS, IMPLEMENTS, INTEGRATES_WITH, ALTERNATIVE_TO, HOSTED_BY). */
import { sectionSentences } from '../entities/sentences.ts';
import { sentenceRelations, type RawRelation } from '../relations/relation-rules.ts';
import { sentenceSlots, type Slot, type SlotEntity, type SurfaceRef } from '../relations/sentence-slots.ts';
import type { Want } from '../relations/slot-helpers.ts';
import type { EntityMention, ParsedPost, StatedRelation } from './types.ts';

const IMPLICIT = /\bit\b|^\s*(the|its)\s+(integration|support)\b/i;

const NO_REFS: readonly SurfaceRef[] = Object.freeze([]);
const NO_SLOTS: readonly Slot[] = Object.freeze([]);

/** Leftmost wanted entity of a sentence: its subject for pronoun resolution. */
function leftmost(slots: readonly Slot[], want: Want): SlotEntity | null {
  for (const s of slots) if (s.kind === 'entity' && want(s.entity)) return s.entity;
  return null;
}

/** Section -> sentence -> the entities it names (nested maps: no concatenated keys per mention). */
function refsBySentence(mentions: readonly EntityMention[]): Map<number, Map<string, SurfaceRef[]>> {
  const bySection = new Map<number, Map<string, SurfaceRef[]>>();
  for (const m of mentions) {
    let bySentence = bySection.get(m.sectionIndex);
    if (!bySentence) bySection.set(m.sectionIndex, (bySentence = new Map()));
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    if (!hasSurface(list, m.surface)) list.push({ id: m.entityId, type: m.type, name: m.name, surface: m.surface });
  }
  return bySection;
}

function hasSurface(refs: readonly SurfaceRef[], surface: string): boolean {
  for (const r of refs) if (r.surface === surface) return true;
  return false;
}

/**
 * The sentence before the one being read, for "it"/"The integration ...": its slots are built only if a pronoun
 * needs its subject (or were built already, if it could state relations itself). One per section, moved along.
 */
class PreviousSentence {
  private sentence = '';
  private refs: readonly SurfaceRef[] = NO_REFS;
  private slots: readonly Slot[] | null = NO_SLOTS;

  /** The subject the rules ask for (a field, so one function serves the whole section). */
  readonly subject = (want: Want): SlotEntity | null => leftmost(this.ownSlots(), want);

  moveTo(sentence: string, refs: readonly SurfaceRef[], slots: readonly Slot[] | null): void {
    this.sentence = sentence;
    this.refs = refs;
    this.slots = slots;
  }

  private ownSlots(): readonly Slot[] {
    return (this.slots ??= this.refs.length > 0 ? sentenceSlots(this.sentence, this.refs) : NO_SLOTS);
  }
}

/** Appends a sentence's relations, each (type, from, to) once. */
function addStated(out: StatedRelation[], found: readonly RawRelation[], sentence: string, sectionIndex: number): void {
  // Most sentences state nothing or one thing: the set of keys is for the few that state more.
  const seen = found.length > 1 ? new Set<string>() : null;
  for (const r of found) {
    if (seen) {
      const key = `${r.type}|${r.from.id}|${r.to.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push({ type: r.type, from: r.from.id, to: r.to.id, sentence, sectionIndex });
  }
}

export function findRelations(post: ParsedPost, mentions: EntityMention[]): StatedRelation[] {
  const bySection = refsBySentence(mentions);
  const out: StatedRelation[] = [];
  for (const section of post.sections) {
    const bySentence = bySection.get(section.index);
    if (!bySentence) continue;
    const previous = new PreviousSentence();
    for (const sentence of sectionSentences(section)) {
      const refs = bySentence.get(sentence) ?? NO_REFS;
      // One entity can only relate to the previous sentence's subject, through "it"/"The integration ...". A sentence
      // that cannot state a relation has no slots for the rules to read: they would find nothing, and are not run.
      const possible = refs.length > 1 || (refs.length === 1 && IMPLICIT.test(sentence));
      if (!possible) {
        previous.moveTo(sentence, refs, refs.length > 0 ? null : NO_SLOTS);
        continue;
      }
      const slots = sentenceSlots(sentence, refs);
      addStated(out, sentenceRelations(slots, previous.subject), sentence, section.index);
      previous.moveTo(sentence, refs, slots);
    }
  }
  return out;
}
