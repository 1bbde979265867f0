/** Which gazetteer entities are specifications/interfaces (so "X compatible" reads as IMPLEMENTS, not INTEGRATES_WITH). */
import { BY_KEY } from '../gazetteer/index.ts';
import { CUES } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';

const SPEC_NAME = /\b(interface|specification|spec|standard|initiative|protocol)\b/i;
const SPEC_IDS = new Set<string>();
for (const forms of BY_KEY.values()) for (const f of forms) if (SPEC_NAME.test(f.form)) SPEC_IDS.add(f.entity.id);

/** A spec by name, or named as one in the sentence ("the TUF specification"). */
export function isSpec(e: SlotEntity, slots: readonly Slot[], idx: number): boolean {
  if (SPEC_IDS.has(e.id)) return true;
  const next = slots[idx + 1];
  return next?.kind === 'word' && CUES.specWords.has(next.text);
}
