/** Talks: matched by normalised title or by the URL fragment against the gold heading; attribute accuracy over matches. */
import type { TalkNode } from '../../extractor/schema.ts';
import type { GoldTalk } from './gold.ts';
import type { GraphView } from './graph-view.ts';
import { fragmentOf, norm } from './normalise.ts';
import { finishScore, ratio, type PartScore } from './prf.ts';

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
  wrong: string[];
}

export interface TalkScore {
  score: PartScore;
  /** Extracted talk id -> gold talk. */
  matches: Map<string, GoldTalk>;
  accuracy: Record<'kind' | 'day' | 'level' | 'videoId', Accuracy>;
}

export function talkMatches(talk: TalkNode, gold: GoldTalk): boolean {
  if (norm(talk.title) === norm(gold.title)) return true;
  const fragment = norm(fragmentOf(talk.url));
  return fragment !== '' && fragment === norm(gold.heading);
}

export function scoreTalks(view: GraphView, goldTalks: GoldTalk[]): TalkScore {
  const matches = new Map<string, GoldTalk>();
  const used = new Set<GoldTalk>();
  const falseHits: string[] = [];
  let tp = 0;
  for (const talk of view.talks()) {
    const gold = goldTalks.find((g) => !used.has(g) && talkMatches(talk, g));
    if (!gold) {
      falseHits.push(talk.title);
      continue;
    }
    used.add(gold);
    matches.set(talk.id, gold);
    if (!gold.optional) tp++;
  }
  const misses = goldTalks.filter((g) => !g.optional && !used.has(g)).map((g) => g.title);
  const fields = ['kind', 'day', 'level', 'videoId'] as const;
  const accuracy = Object.fromEntries(fields.map((f) => [f, { correct: 0, total: 0, accuracy: 1, wrong: [] as string[] }])) as TalkScore['accuracy'];
  for (const [id, gold] of matches) {
    const talk = view.nodes.get(id) as TalkNode;
    if (gold.optional) continue;
    for (const f of fields) {
      const acc = accuracy[f];
      acc.total++;
      if (talk[f] === gold[f]) acc.correct++;
      else acc.wrong.push(`${gold.title}: ${String(talk[f])} (gold ${String(gold[f])})`);
    }
  }
  for (const f of fields) accuracy[f].accuracy = ratio(accuracy[f].correct, accuracy[f].total);
  return { score: finishScore(tp, falseHits, misses), matches, accuracy };
}
