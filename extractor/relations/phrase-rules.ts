/**
 * Relation patterns anchored on a short phrase: "integrates X with Y", "the reference implementation of Y",
 * "the Operator SDK from CoreOS". Cue words come from data/lexicon/relation-cues.json.
 */
import type { EdgeType } from '../schema.ts';
import { CUES, wordFamily } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';
import { entityAfter, entityAt, findPhrases, hasCueWord, isOrg, isProject, wordAt, type Want } from './slot-helpers.ts';

type Emit = (type: EdgeType, from: SlotEntity | null, to: SlotEntity | null) => void;
type Subjects = (at: number, want: Want) => SlotEntity[];

const ARTICLES = new Set(['the', 'a', 'an']);

function skipArticles(slots: readonly Slot[], k: number): number {
  let j = k;
  while (ARTICLES.has(wordAt(slots, j) ?? '')) j++;
  return j;
}

/** "Gatekeeper integrates OPA with Kubernetes": the object is integrated with/into the second project. */
function transitiveIntegration(slots: readonly Slot[], emit: Emit): void {
  for (const { end } of findPhrases(slots, CUES.integrateTransitive)) {
    const first = skipArticles(slots, end);
    const x = entityAt(slots, first);
    if (!x || x.type !== 'Project' || !CUES.integrateTransitiveLinks.has(wordAt(slots, first + 1) ?? '')) continue;
    const y = entityAt(slots, skipArticles(slots, first + 2));
    if (y && y.type === 'Project') emit('INTEGRATES_WITH', x, y);
  }
}

/** "SPIRE is the reference implementation of SPIFFE". */
function implementationOf(slots: readonly Slot[], emit: Emit, subjects: Subjects): void {
  for (const { at, end } of findPhrases(slots, CUES.implementOf)) {
    const spec = entityAfter(slots, end, 1, isProject);
    if (spec === null) continue;
    for (const s of subjects(at, isProject)) emit('IMPLEMENTS', s, entityAt(slots, spec));
  }
}

/** The cue of makerFrom: a sentence without one of its words is skipped. */
const MAKER_FROM = wordFamily(CUES.makerFrom);

/** "the Operator SDK from CoreOS": a project introduced with an article, then from + organization. */
function makerFrom(slots: readonly Slot[], emit: Emit): void {
  if (!hasCueWord(slots, MAKER_FROM)) return;
  for (let i = 0; i < slots.length; i++) {
    if (!CUES.makerFrom.has(wordAt(slots, i) ?? '')) continue;
    const made = entityAt(slots, i - 1);
    const maker = entityAt(slots, skipArticles(slots, i + 1));
    if (!made || made.type !== 'Project' || !maker || !isOrg(maker)) continue;
    if (i - 1 === 0 || ARTICLES.has(wordAt(slots, i - 2) ?? '')) emit('MAINTAINS', maker, made);
  }
}

export function phraseRules(slots: readonly Slot[], emit: Emit, subjects: Subjects): void {
  transitiveIntegration(slots, emit);
  implementationOf(slots, emit, subjects);
  makerFrom(slots, emit);
}
