/**
 * ALTERNATIVE_TO read from contrasts a sentence draws between two projects: "A replaces B", "replacing B with A",
 * "switching from B to A" (the replacement first, then the replaced), "X alternatives: Y, Z", "deciding between X
 * and Y", "X vs Y", "some like X, others prefer Y" (text order). Cue words: data/lexicon/relation-cues.json.
 */
import type { EdgeType } from '../schema.ts';
import { CUES, wordFamily } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';
import { entityAfter, entityAt, entityJustBefore, findPhrases, hasCueWord, isProject, wordAt, withCoordinated } from './slot-helpers.ts';

type Emit = (type: EdgeType, from: SlotEntity | null, to: SlotEntity | null) => void;

const at = (slots: readonly Slot[], i: number | null): SlotEntity | null => (i === null ? null : entityAt(slots, i));

/** "A replaces B": the project before the verb replaces the one after it. */
function replaces(slots: readonly Slot[], emit: Emit): void {
  for (const { at: cue, end } of findPhrases(slots, CUES.replaceVerbs)) {
    const replaced = entityAfter(slots, end, 2, isProject);
    const by = wordAt(slots, end) === 'by' ? entityAfter(slots, end + 1, 1, isProject) : null;
    const before = entityJustBefore(slots, cue, isProject, 4);
    // "B was replaced by A".
    if (by !== null && before !== null) emit('ALTERNATIVE_TO', at(slots, by), at(slots, before));
    else if (replaced !== null && before !== null) emit('ALTERNATIVE_TO', at(slots, before), at(slots, replaced));
  }
  // "Replacing B with A".
  for (const { end } of findPhrases(slots, CUES.replacingCues)) {
    const replaced = entityAfter(slots, end, 2, isProject);
    if (replaced === null) continue;
    const withAt = [...slots.keys()].find((k) => k > replaced && k < replaced + 5 && ['with', 'for', 'by'].includes(wordAt(slots, k) ?? ''));
    const replacement = withAt === undefined ? null : entityAfter(slots, withAt + 1, 2, isProject);
    if (replacement !== null) emit('ALTERNATIVE_TO', at(slots, replacement), at(slots, replaced));
  }
  // "Switching from B to A".
  for (const { end } of findPhrases(slots, CUES.switchFromCues)) {
    const old = entityAfter(slots, end, 2, isProject);
    if (old === null) continue;
    const toAt = [...slots.keys()].find((k) => k > old && k < old + 5 && wordAt(slots, k) === 'to');
    const next = toAt === undefined ? null : entityAfter(slots, toAt + 1, 2, isProject);
    if (next !== null) emit('ALTERNATIVE_TO', at(slots, next), at(slots, old));
  }
}

/** "InfraKit alternatives: Terraform, CloudFormation" and "alternatives to X such as Y". */
function alternativeLists(slots: readonly Slot[], emit: Emit): void {
  for (let i = 0; i < slots.length; i++) {
    if (!CUES.alternativeNouns.has(wordAt(slots, i) ?? '')) continue;
    const subject = at(slots, i - 1)?.type === 'Project' ? at(slots, i - 1) : null;
    if (subject && [',', ':', '-', 'are', 'include', 'like'].includes(wordAt(slots, i + 1) ?? '')) {
      const first = entityAfter(slots, i + 2, 2, isProject);
      if (first !== null) for (const k of withCoordinated(slots, first, isProject)) emit('ALTERNATIVE_TO', subject, at(slots, k));
    }
  }
}

/** "deciding between Kubernetes and Docker Swarm", "Kubernetes vs Nomad", "some like Istio, others prefer Linkerd". */
function choices(slots: readonly Slot[], emit: Emit): void {
  const words = slots.map((_, i) => wordAt(slots, i) ?? '');
  if (words.some((w) => CUES.choiceWords.has(w))) {
    const between = words.indexOf('between');
    const first = between < 0 ? null : entityAfter(slots, between + 1, 1, isProject);
    if (first !== null && wordAt(slots, first + 1) === 'and') emit('ALTERNATIVE_TO', at(slots, first), at(slots, entityAfter(slots, first + 2, 1, isProject)));
  }
  slots.forEach((_, i) => {
    if (!CUES.versusWords.has(words[i] ?? '')) return;
    emit('ALTERNATIVE_TO', at(slots, i - 1), at(slots, i + 1));
  });
  const prefer = words.findIndex((w) => CUES.preferWords.has(w));
  if (prefer > 0 && (words.includes('others') || words.includes('some') || words.includes('instead'))) {
    const liked = entityJustBefore(slots, prefer, isProject, 6);
    const chosen = entityAfter(slots, prefer + 1, 4, isProject);
    if (liked !== null && chosen !== null) emit('ALTERNATIVE_TO', at(slots, liked), at(slots, chosen));
  }
}

/** First words of every cue these rules read: a sentence without any of them is skipped (cues.ts wordFamily). */
const CUE_WORDS = wordFamily([
  ...[CUES.replaceVerbs, CUES.replacingCues, CUES.switchFromCues].flatMap((index) => [...index.keys()]),
  ...CUES.alternativeNouns, ...CUES.choiceWords, ...CUES.versusWords, ...CUES.preferWords,
]);

export function contrastRules(slots: readonly Slot[], emit: Emit): void {
  if (!hasCueWord(slots, CUE_WORDS)) return;
  replaces(slots, emit);
  alternativeLists(slots, emit);
  choices(slots, emit);
}
