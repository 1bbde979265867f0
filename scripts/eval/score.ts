/** Scores one extracted graph against one gold annotation: every part of the README's rules. */
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { withDerivedOptional, type Gold } from './gold.ts';
import { GraphView } from './graph-view.ts';
import { EntityIndex } from './entity-index.ts';
import type { PartScore } from './prf.ts';
import { scoreTalks, type Accuracy } from './score-talks.ts';
import { scoreAffiliations, scoreEntities, scoreSpeakers, scoreStatedRelations, scoreTalkMentions } from './score-parts.ts';

export interface EvalReport {
  parts: Record<string, PartScore>;
  accuracy: Record<string, Accuracy>;
}

export function scoreGraph(graph: KnowledgeGraph, gold: Gold): EvalReport {
  const view = new GraphView(graph);
  const index = new EntityIndex(gold.entities);
  const talks = scoreTalks(view, gold.talks);
  const entities = scoreEntities(view, withDerivedOptional(gold));
  return {
    parts: {
      talks: talks.score,
      speakers: scoreSpeakers(view, gold, talks.matches),
      affiliations: scoreAffiliations(view, gold, index),
      'entities.Project': entities.Project!,
      'entities.Organization': entities.Organization!,
      'entities.Person': entities.Person!,
      'talk mentions': scoreTalkMentions(view, gold, index, talks.matches),
      'stated relations': scoreStatedRelations(view, gold, index),
    },
    accuracy: talks.accuracy,
  };
}
