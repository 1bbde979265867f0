/** Speakers, affiliations, entities by type, talk mentions and stated relations as keyed sets. */
import { STATED_RELATION_TYPES } from '../../extractor/schema.ts';
import type { Gold, GoldEntity, GoldTalk } from './gold.ts';
import type { GraphView } from './graph-view.ts';
import { EntityIndex, entityKey } from './entity-index.ts';
import { norm } from './normalise.ts';
import { finishScore, scoreKeys, type PartScore } from './prf.ts';

const ENTITY_TYPES = ['Project', 'Organization', 'Person'] as const;

/** A talk's key: its gold title when matched, else its own title. */
function talkKey(view: GraphView, id: string, matches: Map<string, GoldTalk>): string {
  return norm(matches.get(id)?.title ?? view.nodes.get(id)?.name ?? id);
}

/** An entity's key: the gold entity it denotes, else its own name. */
function entityKeyOf(view: GraphView, index: EntityIndex, id: string): { key: string; label: string } {
  const node = view.nodes.get(id);
  const gold = index.find(view.names(id), node?.type ?? null);
  return gold ? { key: entityKey(gold), label: gold.name } : { key: `?:${norm(node?.name ?? id)}`, label: node?.name ?? id };
}

export function scoreSpeakers(view: GraphView, gold: Gold, matches: Map<string, GoldTalk>): PartScore {
  const optionalTalks = new Set(gold.talks.filter((t) => t.optional).map((t) => norm(t.title)));
  const goldPairs = new Map<string, string>();
  for (const r of gold.relations.filter((r) => r.type === 'PRESENTED')) goldPairs.set(`${norm(r.from)}|${norm(r.to)}`, `${r.from} -> ${r.to}`);
  const found = new Map<string, string>();
  const optional = new Set<string>();
  for (const e of view.edgesOf('PRESENTED')) {
    const talk = talkKey(view, e.target, matches);
    const names = view.names(e.source);
    const person = names.map(norm).find((n) => goldPairs.has(`${n}|${talk}`)) ?? norm(names[0] ?? '');
    const key = `${person}|${talk}`;
    if (optionalTalks.has(talk)) optional.add(key);
    found.set(key, `${names[0]} -> ${view.nodes.get(e.target)?.name ?? e.target}`);
  }
  return scoreKeys(goldPairs, found, optional);
}

export function scoreAffiliations(view: GraphView, gold: Gold, index: EntityIndex): PartScore {
  const goldPairs = new Map<string, string>();
  for (const r of gold.relations.filter((r) => r.type === 'WORKS_FOR')) {
    const org = index.byCanonical(r.to, 'Organization');
    goldPairs.set(`${norm(r.from)}|${org ? entityKey(org) : norm(r.to)}`, `${r.from} -> ${r.to}`);
  }
  const found = new Map<string, string>();
  for (const e of view.edgesOf('WORKS_FOR')) {
    const names = view.names(e.source);
    const org = entityKeyOf(view, index, e.target);
    const person = names.map(norm).find((n) => goldPairs.has(`${n}|${org.key}`)) ?? norm(names[0] ?? '');
    found.set(`${person}|${org.key}`, `${names[0]} -> ${org.label}`);
  }
  return scoreKeys(goldPairs, found);
}

export function scoreEntities(view: GraphView, entities: GoldEntity[]): Record<string, PartScore> {
  const out: Record<string, PartScore> = {};
  for (const type of ENTITY_TYPES) {
    const goldOfType = entities.filter((e) => e.type === type);
    const index = new EntityIndex(goldOfType);
    const matched = new Set<GoldEntity>();
    const falseHits: string[] = [];
    let tp = 0;
    for (const node of view.ofType(type)) {
      const gold = index.find([node.name, ...node.aliases], type, false);
      if (gold?.optional) continue;
      if (!gold) falseHits.push(node.name);
      else if (matched.has(gold)) falseHits.push(`${node.name} (duplicate of ${gold.name})`);
      else {
        matched.add(gold);
        tp++;
      }
    }
    const misses = goldOfType.filter((e) => !e.optional && !matched.has(e)).map((e) => e.name);
    out[type] = finishScore(tp, falseHits, misses);
  }
  return out;
}

export function scoreTalkMentions(view: GraphView, gold: Gold, index: EntityIndex, matches: Map<string, GoldTalk>): PartScore {
  const byHeading = new Map(gold.talks.map((t) => [t.heading, t]));
  const goldPairs = new Map<string, string>();
  const optional = new Set<string>();
  for (const section of gold.sections.filter((s) => s.isTalk)) {
    const talk = byHeading.get(section.heading);
    if (!talk) continue;
    for (const m of section.mentions) {
      const entity = index.byCanonical(m.name, m.type);
      const key = `${norm(talk.title)}|${entity ? entityKey(entity) : `?:${norm(m.name)}`}`;
      if (m.optional || talk.optional) optional.add(key);
      else goldPairs.set(key, `${talk.title} -> ${m.name}`);
    }
  }
  const found = new Map<string, string>();
  for (const e of view.edgesOf('MENTIONS')) {
    if (view.nodes.get(e.source)?.type !== 'Talk') continue;
    const entity = entityKeyOf(view, index, e.target);
    const talk = talkKey(view, e.source, matches);
    found.set(`${talk}|${entity.key}`, `${view.nodes.get(e.source)?.name} -> ${entity.label}`);
  }
  return scoreKeys(goldPairs, found, optional);
}

export function scoreStatedRelations(view: GraphView, gold: Gold, index: EntityIndex): PartScore {
  const stated = new Set<string>(STATED_RELATION_TYPES);
  const keyOfName = (name: string): string => {
    const e = index.byCanonical(name);
    return e ? entityKey(e) : `?:${norm(name)}`;
  };
  const goldTriples = new Map<string, string>();
  for (const r of gold.relations.filter((r) => stated.has(r.type))) goldTriples.set(`${r.type}|${keyOfName(r.from)}|${keyOfName(r.to)}`, `${r.type} ${r.from} -> ${r.to}`);
  const found = new Map<string, string>();
  for (const e of view.edges.filter((e) => stated.has(e.type))) {
    const from = entityKeyOf(view, index, e.source);
    const to = entityKeyOf(view, index, e.target);
    found.set(`${e.type}|${from.key}|${to.key}`, `${e.type} ${from.label} -> ${to.label}`);
  }
  return scoreKeys(goldTriples, found);
}

