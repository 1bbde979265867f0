/**
 * Misspelt names ("Enovy", "OpenTracoing") resolved by edit distance against the gazetteer. Guards: a capitalised
 * unknown token of 5+ letters that is no dictionary word, name or place; 1 edit (2 from 9 letters); the nearest
 * entity must be unique and either well known (CNCF/hand-listed) or spelt correctly elsewhere in the same post.
 */
import { BY_ID, BY_KEY, type GazEntity } from '../gazetteer/index.ts';
import { isCommonWord, isNonEntity } from '../gazetteer/lexicon.ts';
import { tokenize, type Token } from '../gazetteer/tokenize.ts';
import { allowedEdits, osaDistance } from './edit-distance.ts';
import type { Candidate } from './mention.ts';
import { isFirstName, isLastName, isPlace } from './name-lexicon.ts';
import { mayOpenWithCapital, spanText, type SentenceTokens } from './sentence-tokens.ts';

interface Target {
  lower: string;
  entity: GazEntity;
}

const byInitial = new Map<string, Target[]>();
for (const [key, forms] of BY_KEY) {
  if (key.includes(' ') || key.length < 5) continue;
  for (const f of forms) {
    if (!f.entity.prominent || f.rule === 'cased') continue;
    const list = byInitial.get(key[0] ?? '') ?? [];
    list.push({ lower: key, entity: f.entity });
    byInitial.set(key[0] ?? '', list);
  }
}

function isCandidateToken(t: Token): boolean {
  const lower = t.lower;
  if (t.text.length < 5) return false;
  if (!mayOpenWithCapital(t.text)) return false;
  return (
    /^\p{Lu}/u.test(t.text) && /^[\p{L}-]+$/u.test(t.text) && t.text.length >= 5 &&
    !isCommonWord(lower) && !isNonEntity(t.text) && !isFirstName(lower) && !isLastName(lower) && !isPlace(lower) && !BY_KEY.has(lower)
  );
}

/** The entities nearest a word among some targets, and their distance (above the allowed edits: none near). */
interface Nearest {
  distance: number;
  entities: ReadonlySet<GazEntity>;
}

const cache = new Map<string, Nearest>();

/**
 * Nearest entity within the allowed edits, if exactly one entity is that near. The well-known names' answer is kept
 * per word (a static answer, kept across posts; bounded, as a post of endless distinct words must not grow it); the
 * post's own names are measured each time and joined to it.
 */
function nearest(lower: string, extra: readonly Target[]): GazEntity | null {
  let known = cache.get(lower);
  if (known === undefined) {
    known = nearestAmong(lower, byInitial.get(lower[0] ?? '') ?? []);
    if (cache.size < 50_000) cache.set(lower, known);
  }
  const own = extra.length > 0 ? nearestAmong(lower, extra) : null;
  // (The nearest of all targets are the nearer side's, or both sides' at an equal distance.)
  const entities = !own || known.distance < own.distance ? known.entities : own.distance < known.distance ? own.entities : new Set([...known.entities, ...own.entities]);
  return entities.size === 1 ? ([...entities][0] ?? null) : null;
}

function nearestAmong(lower: string, targets: readonly Target[]): Nearest {
  const max = allowedEdits(lower.length);
  let best = max + 1;
  let found = new Set<GazEntity>();
  for (const t of targets) {
    const d = osaDistance(lower, t.lower, Math.min(max, best));
    if (d < best) {
      best = d;
      found = new Set([t.entity]);
    } else if (d === best && d <= max) found.add(t.entity);
  }
  return { distance: best, entities: found };
}

/** Targets for a post: the single-token names of entities the post already spells correctly. */
export function postTargets(entityIds: Set<string>): Target[] {
  const out: Target[] = [];
  // (From the post's own entities, not a scan of the whole gazetteer: a post names a few dozen of its thousands.)
  for (const id of entityIds) {
    const e = BY_ID.get(id);
    if (!e || e.prominent) continue;
    const key = tokenize(e.name).map((t) => t.lower);
    if (key.length === 1 && key[0] && key[0].length >= 5) out.push({ lower: key[0], entity: e });
  }
  return out;
}

/** A cue-found unknown name that is really a misspelt known one ("the Enovy proxy project"), or null. */
export function correctUnknown(c: Candidate, extra: readonly Target[]): Candidate | null {
  const [token, more] = tokenize(c.surface);
  if (!token || more || !isCandidateToken(token)) return null;
  const e = nearest(token.lower, extra);
  return e ? { ...c, id: e.id, type: e.type, name: e.name, prominent: e.prominent, unknown: false } : null;
}

export function findTypos(st: SentenceTokens, taken: Set<number>, extra: readonly Target[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < st.tokens.length; i++) {
    const t = st.tokens[i];
    if (!t || taken.has(i) || !isCandidateToken(t)) continue;
    const e = nearest(t.lower, extra);
    if (e) out.push({ id: e.id, type: e.type, name: e.name, surface: spanText(st, i, i + 1), tokenStart: i, tokenEnd: i + 1, needsContext: false, prominent: e.prominent });
  }
  return out;
}
