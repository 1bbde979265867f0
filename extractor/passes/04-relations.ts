/** Pass 4: relations that single sentences state (MAINTAINS, IMPLEMENTS, INTEGRATES_WITH, ALTERNATIVE_TO, HOSTED_BY). */
import { sectionSentences } from '../entities/sentences.ts';
import { sentenceRelations } from '../relations/relation-rules.ts';
import { sentenceSlots, type Slot, type SlotEntity, type SurfaceRef } from '../relations/sentence-slots.ts';
import type { Want } from '../relations/slot-helpers.ts';
import type { EntityMention, ParsedPost, StatedRelation } from './types.ts';

const IMPLICIT = /\bit\b|^\s*(the|its)\s+(integration|support)\b/i;

/** Leftmost wanted entity of a sentence: its subject for pronoun resolution. */
function leftmost(slots: readonly Slot[], want: Want): SlotEntity | null {
  for (const s of slots) if (s.kind === 'entity' && want(s.entity)) return s.entity;
  return null;
}

export function findRelations(post: ParsedPost, mentions: EntityMention[]): StatedRelation[] {
  // Section -> sentence -> the entities it names (nested maps: no concatenated keys per mention).
  const bySection = new Map<number, Map<string, SurfaceRef[]>>();
  for (const m of mentions) {
    let bySentence = bySection.get(m.sectionIndex);
    if (!bySentence) bySection.set(m.sectionIndex, (bySentence = new Map()));
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    if (!list.some((r) => r.surface === m.surface)) list.push({ id: m.entityId, type: m.type, name: m.name, surface: m.surface });
  }
  const out: StatedRelation[] = [];
  for (const section of post.sections) {
    const bySentence = bySection.get(section.index);
    if (!bySentence) continue;
    // The previous sentence's slots, built only if a pronoun needs its subject.
    let previous: () => readonly Slot[] = () => [];
    for (const sentence of sectionSentences(section)) {
      const refs = bySentence.get(sentence) ?? [];
      // One entity can only relate to the previous sentence's subject, through "it"/"The integration ...".
      const possible = refs.length > 1 || (refs.length === 1 && IMPLICIT.test(sentence));
      const slots = possible ? sentenceSlots(sentence, refs) : [];
      const prev = previous;
      const seen = new Set<string>();
      for (const r of sentenceRelations(slots, (want) => leftmost(prev(), want))) {
        const key = `${r.type}|${r.from.id}|${r.to.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ type: r.type, from: r.from.id, to: r.to.id, sentence, sectionIndex: section.index });
      }
      let memo: readonly Slot[] | null = possible ? slots : null;
      previous = () => (memo ??= refs.length > 0 ? sentenceSlots(sentence, refs) : []);
    }
  }
  return out;
}
