/**
 * Relations a description states about the thing it describes: "Brigade - a CI/CD tool for Kubernetes", "Vitess
 * (database orchestration for MySQL)", "Kyverno is a policy engine for Kubernetes" (INTEGRATES_WITH), "AuthZed,
 * the company building SpiceDB" and a repository path "Huawei/containerOps" (MAINTAINS).
 */
import type { EdgeType } from '../schema.ts';
import { CUES, wordFamily } from './cues.ts';
import type { Slot, SlotEntity } from './sentence-slots.ts';
import { entityAfter, entityAt, findPhrases, hasCueWord, isOrg, isProject, wordAt } from './slot-helpers.ts';

type Emit = (type: EdgeType, from: SlotEntity | null, to: SlotEntity | null) => void;

/** Words that open a description of the entity before them. */
const OPENERS = new Set(['-', '–', '—', '(', ':', 'is', "it's", 'its', 'it', 'a', 'an', 'the']);

/** "X - ... <noun> for Y": the described project, a software noun within eight words, then "for" and a project. */
function describedFor(slots: readonly Slot[], emit: Emit): void {
  const first = entityAt(slots, 0);
  if (!first || first.type !== 'Project' || !OPENERS.has(wordAt(slots, 1) ?? '')) return;
  let sawNoun = false;
  for (let k = 2; k < Math.min(slots.length, 12); k++) {
    const w = wordAt(slots, k);
    if (w === null) return;
    if (CUES.descriptionNouns.has(w)) sawNoun = true;
    if (w === 'for' && sawNoun) {
      const target = entityAfter(slots, k + 1, 1, isProject);
      if (target !== null) emit('INTEGRATES_WITH', first, entityAt(slots, target));
      return;
    }
    if (w === '.' || w === ';' || w === 'but' || w === 'which') return;
  }
}

/** "AuthZed, the company building SpiceDB". */
function companyBuilding(slots: readonly Slot[], emit: Emit): void {
  for (const { at, end } of findPhrases(slots, CUES.companyBuilding)) {
    const org = entityAt(slots, at - 1) ?? (wordAt(slots, at - 1) === ',' ? entityAt(slots, at - 2) : null);
    const made = entityAfter(slots, end, 1, isProject);
    if (org && isOrg(org) && made !== null) emit('MAINTAINS', org, entityAt(slots, made));
  }
}

const CODE_HOSTS = /^org:(?:github|gitlab|bitbucket|sourcehut|codeberg)/;

/** "Huawei/containerOps", a repository path: the owner organization maintains the project. */
function repositoryPath(slots: readonly Slot[], emit: Emit): void {
  for (let i = 0; i < slots.length; i++) {
    const owner = entityAt(slots, i);
    // The owner opens the path: not a code host ("github.com/heptio/ark") nor a segment after one.
    if (!owner || !isOrg(owner) || wordAt(slots, i + 1) !== '/' || wordAt(slots, i - 1) === '/' || CODE_HOSTS.test(owner.id)) continue;
    const repo = entityAt(slots, i + 2);
    // Repository names are written in lower case ("intel/multus-cni"); "CNCF/Kubernetes" in prose is a pairing.
    if (repo && repo.type === 'Project' && /^\p{Ll}/u.test(repo.name)) emit('MAINTAINS', owner, repo);
  }
}

/** A repository path needs its '/' (companyBuilding's phrases are tried only where they open). */
const SLASH = wordFamily(['/']);

export function descriptionRules(slots: readonly Slot[], emit: Emit): void {
  if (slots[0]?.kind === 'entity') describedFor(slots, emit);
  companyBuilding(slots, emit);
  if (hasCueWord(slots, SLASH)) repositoryPath(slots, emit);
}
