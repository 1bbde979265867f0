/** Pass 4: relations that single sentences state (MAINTAINS, IMPLEMENTS, INTEGRATES_WITH, ALTERNATIVE_TO, HOSTED_BY). */
import { splitSentences } from '../entities/sentences.ts';
import { sentenceRelations } from '../relations/relation-rules.ts';
import { sentenceSlots, type Slot, type SlotEntity, type SurfaceRef } from '../relations/sentence-slots.ts';
import type { Want } from '../relations/slot-helpers.ts';
import type { EntityMention, ParsedPost, StatedRelation } from './types.ts';

/** Leftmost wanted entity of a sentence: its subject for pronoun resolution. */
function leftmost(slots: readonly Slot[], want: Want): SlotEntity | null {
  for (const s of slots) if (s.kind === 'entity' && want(s.entity)) return s.entity;
  return null;
}

export function findRelations(post: ParsedPost, mentions: EntityMention[]): StatedRelation[] {
  const bySentence = new Map<string, SurfaceRef[]>();
  for (const m of mentions) {
    const key = `${m.sectionIndex}\u0000${m.sentence}`;
    const list = bySentence.get(key) ?? [];
    if (!list.some((r) => r.surface === m.surface)) list.push({ id: m.entityId, type: m.type, name: m.name, surface: m.surface });
    bySentence.set(key, list);
  }
  const out: StatedRelation[] = [];
  const seen = new Set<string>();
  for (const section of post.sections) {
    let previous: readonly Slot[] = [];
    for (const sentence of splitSentences(section.text)) {
      const refs = bySentence.get(`${section.index}\u0000${sentence}`) ?? [];
      const slots = refs.length > 0 ? sentenceSlots(sentence, refs) : [];
      const prev = previous;
      for (const r of sentenceRelations(slots, (want) => leftmost(prev, want))) {
        const key = `${r.type}|${r.from.id}|${r.to.id}|${sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ type: r.type, from: r.from.id, to: r.to.id, sentence, sectionIndex: section.index });
      }
      previous = slots;
    }
  }
  return out;
}
