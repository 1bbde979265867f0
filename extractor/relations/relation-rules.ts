/**
 * The rules that read a stated relation out of one sentence's slots. Each rule needs a cue phrase from
 * data/lexicon/relation-cues.json between or beside the two entities; types constrain both ends.
 */
import type { EdgeType } from '../schema.ts';
import { CUES, phrases, wordFamily } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';
import {
  entityAfter, entityAt, entityJustBefore, findPhrases, groupEndingAt, hasCueWord, hasEntityBefore, isActor, isOrg, isProject,
  relativeAntecedent, subjectBefore, withCoordinated, wordAt, type Want,
} from './slot-helpers.ts';
import { isSpec } from './spec-entities.ts';
import { phraseRules } from './phrase-rules.ts';
import { contrastRules } from './contrast-rules.ts';
import { descriptionRules } from './description-rules.ts';

const AVAILABLE = phrases(['be available', 'is available']);

// The single words the rules below look for at every slot, by family: a rule whose words the sentence lacks could
// find nothing in it, and skips it (hasCueWord).
const POSSESSIVE_MARKS = wordFamily(["'", "'s"]);
const NAMING = wordFamily(CUES.namingWords);
const OWNERSHIP = wordFamily(CUES.ownershipWords);
const HOSTED_SUFFIX = wordFamily(CUES.hostedSuffix);
const IMPLEMENTS_WORDS = wordFamily([...CUES.implementSuffixNouns, ...CUES.conformWords]);
const INTEGRATION_WORDS = wordFamily([...CUES.integrationNouns, ...CUES.integrationSuffixNouns]);

export interface RawRelation {
  type: EdgeType;
  from: SlotEntity;
  to: SlotEntity;
}

/** Subject of the immediately preceding sentence, for "it utilizes X" / "The integration into X". */
export type PreviousSubject = (want: Want) => SlotEntity | null;

type Emit = (type: EdgeType, from: SlotEntity | null, to: SlotEntity | null) => void;

function implicitSubjectAllowed(slots: readonly Slot[], cue: number): boolean {
  if (hasEntityBefore(slots, cue)) return false;
  const opener = CUES.implicitOpeners.get(wordAt(slots, 0) ?? '');
  if (opener?.some((p) => p.every((w, k) => wordAt(slots, k) === w))) return true;
  return slots.slice(0, cue).some((s) => s.kind === 'word' && CUES.pronouns.has(s.text));
}

/** Subjects before a cue, falling back to the previous sentence's subject only where the grammar allows it. */
function subjects(slots: readonly Slot[], cue: number, want: Want, previous: PreviousSubject): SlotEntity[] {
  const found = subjectBefore(slots, cue, want).map((i) => entityAt(slots, i)).filter((e): e is SlotEntity => e !== null);
  if (found.length > 0) return found;
  const prev = implicitSubjectAllowed(slots, cue) ? previous(want) : null;
  return prev ? [prev] : [];
}

function objects(slots: readonly Slot[], from: number, maxWords: number, want: Want): SlotEntity[] {
  const first = entityAfter(slots, from, maxWords, want);
  if (first === null) return [];
  return withCoordinated(slots, first, want).map((i) => entityAt(slots, i)).filter((e): e is SlotEntity => e !== null);
}

/** Words that make the next entity something other than what the verb made ("announced support for X"). */
const NOT_DIRECT = new Set(['for', 'with', 'to', 'on', 'in', 'into', 'of', 'about', 'from', 'by', 'at', 'support', 'integration', 'using']);

/** The entity at `to` is the verb's direct object: only articles/adjectives between, asides in parentheses ignored. */
function directObject(slots: readonly Slot[], from: number, to: number): boolean {
  let depth = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    const w = wordAt(slots, k);
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && w !== null && /[\p{L}\p{N}]/u.test(w)) {
      if (NOT_DIRECT.has(w) || ++words > 3) return false;
    } else if (depth === 0 && w === null) return false;
  }
  return true;
}

/** Words that may stand between an owner's possessive and its project ("CoreOS's awesome Kubernetes X"). */
const POSSESSIVE_MODIFIERS = new Set(['new', 'latest', 'awesome', 'great', 'open-source', 'open', 'source', 'popular', 'famous', 'excellent', 'nice', 'cool', 'shiny', 'managed', 'hosted', 'recent', 'experimental']);

/** Possessive: "CoreOS' rkt", "Hyper's runV" (the mark after the owner is a word of POSSESSIVE_MARKS). */
function possessiveMaintains(slots: readonly Slot[], emit: Emit): void {
  for (let i = 0; i < slots.length; i++) {
    const owner = entityAt(slots, i);
    const mark = wordAt(slots, i + 1);
    if (!owner || owner.type !== 'Organization' || (mark !== "'" && mark !== "'s")) continue;
    // "CoreOS's awesome Kubernetes prometheus-operator": up to three modifiers; the last project of the phrase.
    for (let k = i + 2; k <= i + 5 && k < slots.length; k++) {
      const owned = entityAt(slots, k);
      const next = entityAt(slots, k + 1);
      if (owned && owned.type === 'Project' && !(next && next.type === 'Project')) {
        emit('MAINTAINS', owner, owned);
        break;
      }
      const w = wordAt(slots, k);
      if (!owned && (w === null || !POSSESSIVE_MODIFIERS.has(w))) break;
    }
  }
}

/**
 * Passive: "Containerd (originally built by Docker)". The made things are the clause's subject ("Vagrant and Packer
 * were created by", "X, which was created at"), else the nearest project before; every maker coordinated after the
 * cue counts ("by Microsoft and Red Hat").
 */
function passiveMaintains(slots: readonly Slot[], emit: Emit): void {
  for (const { at, end } of findPhrases(slots, CUES.makerPassive)) {
    const maker = entityAt(slots, end);
    if (!maker) continue;
    const nearest = [...slots.slice(0, at).keys()].reverse().find((k) => entityAt(slots, k)?.type === 'Project');
    // "the Argo Project developed at Intuit": a project right before the cue is what was made.
    const adjacent = entityAt(slots, at - 1)?.type === 'Project' ? at - 1 : ['project', 'projects', 'tool'].includes(wordAt(slots, at - 1) ?? '') && entityAt(slots, at - 2)?.type === 'Project' ? at - 2 : null;
    const subj = adjacent !== null ? groupEndingAt(slots, adjacent, isProject) : subjectBefore(slots, at, isProject);
    const made = subj.length > 0 ? subj : nearest === undefined ? [] : [nearest];
    for (const m of withCoordinated(slots, end, isActor)) for (const p of made) emit('MAINTAINS', entityAt(slots, m), entityAt(slots, p));
  }
}

/** Naming: "a runtime by Intel called Kata", "Platform9 has a project named Decco" (a word of NAMING). */
function namingMaintains(slots: readonly Slot[], emit: Emit): void {
  for (let n = 0; n < slots.length; n++) {
    const w = wordAt(slots, n);
    const named = entityAt(slots, n + 1);
    if (!w || !CUES.namingWords.has(w) || !named || named.type !== 'Project') continue;
    const by = entityAt(slots, n - 1);
    if (by && by.type === 'Organization' && wordAt(slots, n - 2) === 'by') emit('MAINTAINS', by, named);
    else if (['project', 'tool', 'product', 'runtime', 'library', 'framework'].includes(wordAt(slots, n - 1) ?? '')) {
      for (const org of subjects(slots, n, isOrg, () => null)) emit('MAINTAINS', org, named);
    }
  }
}

/** Ownership: "their project Ark", "their new X-Dragon" (a word of OWNERSHIP). */
function ownershipMaintains(slots: readonly Slot[], emit: Emit): void {
  for (let i = 0; i < slots.length; i++) {
    if (!CUES.ownershipWords.has(wordAt(slots, i) ?? '')) continue;
    let j = i + 1;
    while (['new', 'own', 'project', 'open', 'source', 'latest', 'product'].includes(wordAt(slots, j) ?? '') && j < i + 3) j++;
    const owned = entityAt(slots, j);
    if (!owned || owned.type !== 'Project') continue;
    for (const org of subjects(slots, i, isOrg, () => null)) emit('MAINTAINS', org, owned);
  }
}

/** Active: "Netflix released Spinnaker", "Google and IBM are building Istio". */
function activeMaintains(slots: readonly Slot[], emit: Emit): void {
  for (const { at, end } of findPhrases(slots, CUES.makerVerbs)) {
    const subj = entityJustBefore(slots, at, isOrg);
    if (subj === null) continue;
    const makers = subjectBefore(slots, subj + 1, isOrg).includes(subj) ? subjectBefore(slots, subj + 1, isOrg) : [subj];
    const made = entityAfter(slots, end, 6, isProject, MAKER_BREAKS);
    if (made === null || !directObject(slots, end, made)) continue;
    for (const p of withCoordinated(slots, made, isProject)) for (const m of makers) emit('MAINTAINS', entityAt(slots, m), entityAt(slots, p));
  }
}

/** Where the object of a maker verb can no longer follow. */
const MAKER_BREAKS: ReadonlySet<string> = new Set(['.', ';', ':', 'which', 'that', 'but']);

function maintains(slots: readonly Slot[], emit: Emit): void {
  if (hasCueWord(slots, POSSESSIVE_MARKS)) possessiveMaintains(slots, emit);
  passiveMaintains(slots, emit);
  if (hasCueWord(slots, NAMING)) namingMaintains(slots, emit);
  if (hasCueWord(slots, OWNERSHIP)) ownershipMaintains(slots, emit);
  activeMaintains(slots, emit);
}

function hosted(slots: readonly Slot[], emit: Emit, previous: PreviousSubject): void {
  for (const { at, end } of findPhrases(slots, CUES.hostedCues)) {
    const host = entityAfter(slots, end, 1, isOrg);
    if (host === null) continue;
    for (const p of subjects(slots, at, isProject, previous)) emit('HOSTED_BY', p, entityAt(slots, host));
  }
  // "will donate the KEDA project to the CNCF": the donated project, then to/into the foundation.
  for (const { end } of findPhrases(slots, CUES.donateVerbs)) {
    const given = entityAfter(slots, end, 3, isProject);
    if (given === null || !directObject(slots, end, given)) continue;
    let k = given + 1;
    if (wordAt(slots, k) === 'project') k++;
    if (!['to', 'into'].includes(wordAt(slots, k) ?? '')) continue;
    const host = entityAfter(slots, k + 1, 1, isOrg);
    if (host !== null) emit('HOSTED_BY', entityAt(slots, given), entityAt(slots, host));
  }
  // "a CNCF-hosted project": the suffix is a word of HOSTED_SUFFIX.
  if (!hasCueWord(slots, HOSTED_SUFFIX)) return;
  for (let i = 0; i < slots.length; i++) {
    const host = entityAt(slots, i);
    let j = i + 1;
    if (wordAt(slots, j) === '-') j++;
    if (!host || host.type !== 'Organization' || !CUES.hostedSuffix.has(wordAt(slots, j) ?? '')) continue;
    for (const p of subjects(slots, i, isProject, previous)) emit('HOSTED_BY', p, host);
  }
}

function alternatives(slots: readonly Slot[], emit: Emit, previous: PreviousSubject): void {
  for (const { at, end } of findPhrases(slots, CUES.alternativeCues)) {
    // The first entity after the cue is the replaced thing: if it is not a project, a later one is not either
    // ("an alternative to Confluent for Kubernetes").
    const other = entityAfter(slots, end, 2, () => true);
    if (other === null || entityAt(slots, other)?.type !== 'Project') continue;
    const near = wordAt(slots, at) === 'instead' ? entityJustBefore(slots, at, isProject, 1) : null;
    const subj = near !== null ? [entityAt(slots, near)] : subjects(slots, at, isProject, previous);
    for (const s of subj) emit('ALTERNATIVE_TO', s, entityAt(slots, other));
  }
}

function implementsRules(slots: readonly Slot[], emit: Emit, previous: PreviousSubject): void {
  for (const { at, end } of findPhrases(slots, CUES.implementVerbs)) {
    const spec = entityAfter(slots, end, 2, isProject);
    if (spec === null) continue;
    const rel = relativeAntecedent(slots, at, isProject) ?? entityJustBefore(slots, at, isProject);
    const subj = rel !== null ? [entityAt(slots, rel)] : subjects(slots, at, isProject, previous);
    for (const s of subj) emit('IMPLEMENTS', s, entityAt(slots, spec));
  }
  // Both readings below hang on a word of IMPLEMENTS_WORDS.
  if (hasCueWord(slots, IMPLEMENTS_WORDS)) for (let i = 0; i < slots.length; i++) implementsAt(slots, i, emit, previous);
}

/** "CRI implementation", "CRI compatible", "compatible with Kubernetes": the cue word at `i`. */
function implementsAt(slots: readonly Slot[], i: number, emit: Emit, previous: PreviousSubject): void {
  const w = wordAt(slots, i) ?? '';
  if (CUES.implementSuffixNouns.has(w)) {
    // "CRI implementation", "Container Runtime Interface (short CRI) implementation".
    const at = wordAt(slots, i - 1) === ')' ? i - 2 : i - 1;
    const spec = entityAt(slots, at);
    if (!spec || spec.type !== 'Project') return;
    for (const s of subjects(slots, at, isProject, previous)) emit('IMPLEMENTS', s, spec);
    return;
  }
  if (!CUES.conformWords.has(w)) return;
  // "CRI compatible" (subject: the sentence's) or "compatible with Kubernetes" (subject: right before the cue).
  const before = entityAt(slots, i - 1) ? i - 1 : null;
  let target = before;
  if (target === null && ['with', 'to'].includes(wordAt(slots, i + 1) ?? '')) {
    let j = i + 2;
    while (['the', 'a', 'an'].includes(wordAt(slots, j) ?? '')) j++;
    target = entityAt(slots, j) ? j : null;
  }
  const t = target === null ? null : entityAt(slots, target);
  if (!t || t.type !== 'Project' || target === null) return;
  const type: EdgeType = isSpec(t, slots, target) ? 'IMPLEMENTS' : 'INTEGRATES_WITH';
  const near = before === null ? entityJustBefore(slots, i, isProject, 3) : null;
  const subj = near !== null ? groupEndingAt(slots, near, isProject).map((k) => entityAt(slots, k)) : subjects(slots, Math.min(i, target), isProject, previous);
  for (const s of subj) emit(type, s, t);
}

/** Suffix nouns that make a project an implementation when they follow a specification ("CNI plugin", "CSI driver"). */
const IMPLEMENTING_SUFFIX = new Set(['plugin', 'plugins', 'driver', 'provider', 'adapter']);

const NOT_VERBS = new Set(['is', 'as', 'its', 'this', 'thus', 'plus', 'always', 'sometimes', 'across', 'towards', 'less', 'was']);

/** "the TechDocs plugin renders docs": the "X plugin" phrase is a clause subject (a third-person verb follows). */
function ownsVerb(slots: readonly Slot[], i: number): boolean {
  const next = wordAt(slots, i + 1) ?? '';
  return next.length > 3 && next.endsWith('s') && !next.endsWith('ss') && !NOT_VERBS.has(next) && /^[a-z]+$/.test(next);
}

/** "X integrates with Y", "X is available in Y": the cue phrase at [at, end). */
function integratedAt(slots: readonly Slot[], at: number, end: number, emit: Emit, previous: PreviousSubject): void {
  // "Notary (based on TUF)": built on a specification is implementing it.
  const basedOn = wordAt(slots, at) === 'based';
  for (const o of objects(slots, end, 3, isProject)) {
    const type: EdgeType = basedOn && o && isSpec(o, slots, slots.findIndex((x) => x.kind === 'entity' && x.entity.id === o.id)) ? 'IMPLEMENTS' : 'INTEGRATES_WITH';
    for (const s of subjects(slots, at, isActor, previous)) emit(type, s, o);
  }
}

function integrations(slots: readonly Slot[], emit: Emit, previous: PreviousSubject): void {
  for (const { at, end } of findPhrases(slots, CUES.useVerbs)) {
    for (const o of objects(slots, end, 2, isProject)) for (const s of subjects(slots, at, isProject, previous)) emit('INTEGRATES_WITH', s, o);
  }
  for (const { at, end } of findPhrases(slots, CUES.integrateVerbs)) integratedAt(slots, at, end, emit, previous);
  for (const { at, end } of findPhrases(slots, CUES.availableCues)) integratedAt(slots, at, end, emit, previous);
  // Data flow: "fluent-bit, which allows forwarding of logs to Fluentd" (the destination after to/into).
  for (const { at, end } of findPhrases(slots, CUES.dataFlowVerbs)) {
    for (let k = end; k < Math.min(slots.length, end + 5); k++) {
      const w = wordAt(slots, k);
      if (w !== null && CUES.clauseBreaks.has(w)) break;
      if (w === null || !CUES.dataFlowTargets.has(w)) continue;
      const dest = entityAt(slots, k + 1);
      if (dest?.type === 'Project') for (const s of subjects(slots, at, isProject, previous)) emit('INTEGRATES_WITH', s, dest);
      break;
    }
  }
  // "in Kubernetes it will be available": the place named before the cue.
  for (const { at } of findPhrases(slots, AVAILABLE)) {
    const inIdx = [...slots.slice(0, at).keys()].reverse().find((k) => wordAt(slots, k) === 'in' && entityAt(slots, k + 1));
    const place = inIdx === undefined ? null : entityAt(slots, inIdx + 1);
    if (!place || place.type !== 'Project' || inIdx === undefined || at - inIdx > 6) continue;
    for (const s of subjects(slots, inIdx, isActor, previous)) emit('INTEGRATES_WITH', s, place);
  }
  // Both readings below hang on a word of INTEGRATION_WORDS.
  if (hasCueWord(slots, INTEGRATION_WORDS)) for (let i = 0; i < slots.length; i++) integrationAt(slots, i, emit, previous);
}

/** "support for X" (an integration noun and a preposition), "the X plugin" (a suffix noun): the cue word at `i`. */
function integrationAt(slots: readonly Slot[], i: number, emit: Emit, previous: PreviousSubject): void {
  const w = wordAt(slots, i) ?? '';
  if (CUES.integrationNouns.has(w) && CUES.integrationPrepositions.has(wordAt(slots, i + 1) ?? '')) {
    const objs = objects(slots, i + 1, 8, isProject);
    if (objs.length > 0) {
      const near = entityJustBefore(slots, i, isActor, 1);
      const subj = near !== null ? [entityAt(slots, near)] : subjects(slots, i, isActor, previous);
      for (const o of objs) for (const s of subj) emit('INTEGRATES_WITH', s, o);
      return;
    }
  }
  if (!CUES.integrationSuffixNouns.has(w) || ownsVerb(slots, i)) return;
  for (let back = 1; back <= 3; back++) {
    const target = entityAt(slots, i - back);
    if (target) {
      // "This CNI plugin": a plugin or driver of a specification implements it.
      const type: EdgeType = IMPLEMENTING_SUFFIX.has(w) && isSpec(target, slots, i - back) ? 'IMPLEMENTS' : 'INTEGRATES_WITH';
      if (target.type === 'Project') for (const s of subjects(slots, i - back, isActor, previous)) emit(type, s, target);
      return;
    }
    if (wordAt(slots, i - back) === ',' || wordAt(slots, i - back) === '.') return;
  }
}

/** The types each stated relation joins (README, graph format): an organization using a project is no relation. */
const ENDPOINTS: Partial<Record<EdgeType, (from: string, to: string) => boolean>> = {
  INTEGRATES_WITH: (a, b) => a === 'Project' && b === 'Project',
  IMPLEMENTS: (a, b) => a === 'Project' && b === 'Project',
  ALTERNATIVE_TO: (a, b) => a === 'Project' && b === 'Project',
  // A maker may be read as its product's name ("built by Docker"): only a person never maintains here.
  MAINTAINS: (a, b) => a !== 'Person' && b === 'Project',
  HOSTED_BY: (a, b) => a === 'Project' && b === 'Organization',
};

/** Every relation one sentence states. */
export function sentenceRelations(slots: readonly Slot[], previous: PreviousSubject): RawRelation[] {
  const out: RawRelation[] = [];
  const emit: Emit = (type, from, to) => {
    if (from && to && from.id !== to.id && ENDPOINTS[type]?.(from.type, to.type) !== false) out.push({ type, from, to });
  };
  maintains(slots, emit);
  hosted(slots, emit, previous);
  alternatives(slots, emit, previous);
  contrastRules(slots, emit);
  descriptionRules(slots, emit);
  phraseRules(slots, emit, (at, want) => subjects(slots, at, want, previous));
  implementsRules(slots, emit, previous);
  integrations(slots, emit, previous);
  return out;
}
