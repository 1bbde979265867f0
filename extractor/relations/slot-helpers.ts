/** Navigation over sentence slots: cue phrases, the entities before and after a cue, coordinated lists, subjects. */
import { CUES, wordCues, type PhraseIndex } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';

export type Want = (e: SlotEntity) => boolean;

export const isProject: Want = (e) => e.type === 'Project';
export const isOrg: Want = (e) => e.type === 'Organization';
export const isActor: Want = (e) => e.type === 'Project' || e.type === 'Organization';

const word = (s: Slot | undefined): string | null => (s?.kind === 'word' ? s.text : null);
const entity = (s: Slot | undefined): SlotEntity | null => (s?.kind === 'entity' ? s.entity : null);
const isPunct = (w: string): boolean => !/[\p{L}\p{N}]/u.test(w);
const SKIPPABLE_BEFORE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'also', 'currently', 'now', 'just', 'recently', 'already', 'will', 'and', 'then', 'originally', '"', "'"]);
const COORDINATORS = new Set(['and', 'or', ',', '&', 'the', 'a']);

// For the sentence at hand, read once: the slots whose word starts a cue phrase, by the phrase index that holds the
// phrase (the rules ask for a dozen phrase lists per sentence, and each list is tried only at its own starts), and the
// cue-word families its words belong to. One entry: the rules never interleave sentences.
let scanned: readonly Slot[] | null = null;
const startsByIndex = new Map<PhraseIndex, number[]>();
let familiesPresent = 0;

function scan(slots: readonly Slot[]): void {
  if (slots === scanned) return;
  startsByIndex.clear();
  familiesPresent = 0;
  for (let i = 0; i < slots.length; i++) {
    const w = word(slots[i]);
    const cues = w === null ? undefined : wordCues(w);
    if (!cues) continue;
    familiesPresent |= cues.families;
    for (const started of cues.indexes) {
      const list = startsByIndex.get(started);
      if (list) list.push(i);
      else startsByIndex.set(started, [i]);
    }
  }
  scanned = slots;
}

function cueStarts(slots: readonly Slot[], index: PhraseIndex): readonly number[] | undefined {
  scan(slots);
  return startsByIndex.get(index);
}

/** Whether a word of the family (wordFamily) stands in the sentence: a rule needing one skips a sentence without. */
export function hasCueWord(slots: readonly Slot[], family: number): boolean {
  scan(slots);
  return (familiesPresent & family) !== 0;
}

/** One answer for the many asks that find nothing (the rules ask for a dozen phrase lists per sentence). */
const NO_PHRASES: ReadonlyArray<{ at: number; end: number }> = Object.freeze([]);

/** Start indexes where a phrase of the list begins (longest phrase wins at each index). */
export function findPhrases(slots: readonly Slot[], index: PhraseIndex): ReadonlyArray<{ at: number; end: number }> {
  const starts = cueStarts(slots, index);
  if (!starts) return NO_PHRASES;
  const out: Array<{ at: number; end: number }> = [];
  for (const i of starts) {
    const w = word(slots[i]);
    const list = w === null ? undefined : index.get(w);
    if (!list) continue;
    for (const p of list) {
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = word(slots[i + k]) === p[k];
      if (ok) {
        out.push({ at: i, end: i + p.length });
        break;
      }
    }
  }
  return out;
}

/** First wanted entity after `from`, crossing at most `maxWords` words and no clause break. */
export function entityAfter(slots: readonly Slot[], from: number, maxWords: number, want: Want, breaks: ReadonlySet<string> = CUES.clauseBreaks): number | null {
  let words = 0;
  for (let i = from; i < slots.length; i++) {
    const e = entity(slots[i]);
    if (e) {
      if (want(e)) return i;
      words++;
    } else {
      const w = word(slots[i]) ?? '';
      if (breaks.has(w)) return null;
      if (!isPunct(w)) words++;
    }
    if (words > maxWords) return null;
  }
  return null;
}

/** The entity at `idx` plus entities listed after it ("Kubernetes network policy and Istio"), within the clause. */
export function withCoordinated(slots: readonly Slot[], idx: number, want: Want): number[] {
  const out = [idx];
  let words = 0;
  for (let i = idx + 1; i < slots.length && words <= 6; i++) {
    const w = word(slots[i]);
    if (w !== null) {
      if (CUES.clauseBreaks.has(w)) break;
      if (w === 'and' || w === 'or' || w === ',') {
        let j = i + 1;
        while (word(slots[j]) === 'the' || word(slots[j]) === 'a') j++;
        const e = entity(slots[j]);
        // "..., and Istio uses X": an entity followed by its own verb opens a new clause, it is not listed here.
        if (e && opensClause(slots, j)) break;
        if (e && want(e)) {
          out.push(j);
          i = j;
          words = 0;
          continue;
        }
      }
      if (!isPunct(w)) words++;
    } else if (entity(slots[i])) words++;
  }
  return out;
}

/** Index of the entity right before `idx`, skipping auxiliaries/adverbs ("Netflix released", "IBM are building"). */
export function entityJustBefore(slots: readonly Slot[], idx: number, want: Want, maxSkip = 3): number | null {
  let skipped = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const e = entity(slots[i]);
    if (e) return want(e) ? i : null;
    const w = word(slots[i]) ?? '';
    if (!SKIPPABLE_BEFORE.has(w) || ++skipped > maxSkip) return null;
  }
  return null;
}

/** The list of wanted entities ending at `idx` ("Linkerd, Consul and Istio are compatible"). */
export function groupEndingAt(slots: readonly Slot[], idx: number, want: Want): number[] {
  const out = [idx];
  let i = idx - 1;
  while (i >= 0) {
    let k = i;
    while (k >= 0 && COORDINATORS.has(word(slots[k]) ?? '')) k--;
    const e = entity(slots[k]);
    if (k === i || !e || !want(e)) break;
    out.unshift(k);
    i = k - 1;
  }
  return out;
}

/** The entity a relative clause hangs on: "Notary, which implements" / "Kube2IAM, which adds". */
export function relativeAntecedent(slots: readonly Slot[], idx: number, want: Want): number | null {
  let i = idx - 1;
  while (i >= 0 && ['also', 'currently', 'now', 'already', 'allows', 'lets', 'can', 'will', 'is', 'was', 'are', 'were', 'originally'].includes(word(slots[i]) ?? '')) i--;
  if (!['which', 'that', 'who'].includes(word(slots[i]) ?? '')) return null;
  i--;
  if (word(slots[i]) === ',') i--;
  const e = entity(slots[i]);
  return e && want(e) ? i : null;
}

/** Words that are the subject themselves ("we use X", "HBO's teams use X"): then no entity is. */
const OWN_SUBJECTS = new Set(['we', 'they', 'i', 'you', 'he', 'she', 'everyone', 'people', 'users', 'teams', 'team', 'companies', 'customers', 'developers', 'engineers', 'who', 'many', 'most']);

/** The cue has its own non-entity subject right before it: a pronoun/people word or a capitalised unknown name. */
export function ownSubject(slots: readonly Slot[], idx: number): boolean {
  let k = idx - 1;
  while (k > 0 && SKIPPABLE_BEFORE.has(word(slots[k]) ?? '') && word(slots[k]) !== 'and') k--;
  const s = slots[k];
  if (!s || s.kind !== 'word') return false;
  // A capitalised word right after an entity continues its name ("Jenkins X uses", "Consul Connect supports").
  return OWN_SUBJECTS.has(s.text) || (s.cap && k > 0 && slots[k - 1]?.kind !== 'entity');
}

/** The sentence subject before `idx`: the leftmost wanted entity and the ones coordinated with it ("Google and IBM"). */
export function subjectBefore(slots: readonly Slot[], idx: number, want: Want): number[] {
  const rel = relativeAntecedent(slots, idx, want);
  if (rel !== null) return [rel];
  if (ownSubject(slots, idx)) return [];
  for (let i = clauseStart(slots, idx); i < idx; i++) {
    const e = entity(slots[i]);
    if (!e || !want(e)) continue;
    const group = [i];
    let j = i + 1;
    while (j < idx) {
      let k = j;
      while (k < idx && COORDINATORS.has(word(slots[k]) ?? '')) k++;
      const next = entity(slots[k]);
      if (k === j || !next || !want(next)) break;
      group.push(k);
      j = k + 1;
    }
    return group;
  }
  return [];
}

export function entityAt(slots: readonly Slot[], idx: number): SlotEntity | null {
  return entity(slots[idx]);
}

export function wordAt(slots: readonly Slot[], idx: number): string | null {
  return word(slots[idx]);
}

/** Whether an entity (other than at `idx`) occurs before `idx`. */
export function hasEntityBefore(slots: readonly Slot[], idx: number): boolean {
  return slots.slice(0, idx).some((s) => s.kind === 'entity');
}

const SUBORDINATORS = new Set(['while', 'whereas', 'when', 'because', 'although', 'if', 'unless']);

/** Whether the slot at `j` (after articles) is a clause subject: followed by a verb ("Contour is", "Istio uses"). */
export function opensClause(slots: readonly Slot[], j: number): boolean {
  let k = j + 1;
  while (['also', 'now', 'still', 'then', 'already'].includes(word(slots[k]) ?? '')) k++;
  return CUES.clauseSubjectVerbs.has(word(slots[k]) ?? '');
}

/**
 * Where the cue's own clause starts: after the last ';' or ':', a subordinator ("when your platform runs on"),
 * or ", and"/", but" that opens a clause with its own subject ("Istio uses Envoy, and Contour is built on").
 */
export function clauseStart(slots: readonly Slot[], idx: number): number {
  for (let k = idx - 1; k >= 0; k--) {
    const w = word(slots[k]);
    if (w === ';' || w === ':' || (w !== null && SUBORDINATORS.has(w))) return k + 1;
    if (w !== null && CUES.clauseJoins.has(w) && word(slots[k - 1]) === ',') {
      let j = k + 1;
      while (['the', 'a', 'an'].includes(word(slots[j]) ?? '')) j++;
      if (j < idx && opensClause(slots, j)) return k + 1;
    }
  }
  return 0;
}
