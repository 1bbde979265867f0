/**
 * Pass 5: assembles the KnowledgeGraph: Post, Event, Talk, speakers and their organizations,
 * PRESENTED / WORKS_FOR / COVERS / PART_OF, MENTIONS from the entity pass (Talk -> entity inside a talk's
 * sections, Post -> entity elsewhere) and the relations sentences state, each edge with its evidence.
 */
import { isEventSurface } from '../gazetteer/lexicon.ts';
import { clauseInPlace } from './02-speakers.ts';
import type { EdgeData, EdgeType, EntityType, Evidence, KnowledgeGraph, NodeData, TalkNode } from '../schema.ts';
import { edgeId } from '../schema.ts';
import type { EntityMention, ExtractOptions, ParsedPost, StatedRelation, TalkRecord } from './types.ts';
import { nodeId, slugify } from '../ids.ts';
import { resolveName, unknownEntity, type ResolvedEntity } from '../gazetteer/resolve.ts';
import { GraphBuilder } from '../graph-builder.ts';
import { eventOf } from './05-event.ts';
import { fileStem } from './01-sections.ts';

export interface GraphInput {
  post: ParsedPost;
  talks: TalkRecord[];
  mentions: EntityMention[];
  relations: StatedRelation[];
  options: ExtractOptions;
}

function edge(type: EdgeType, source: string, target: string, evidence: Evidence[], count: number | null = null, role: string | null = null): EdgeData {
  return { id: edgeId(type, source, target), source, target, type, evidence, count, role };
}

/** The node of an entity, seen as `alias` (object literals of their own: a node per mention is the pass's bulk). */
function entityNode(entity: ResolvedEntity, alias: string): NodeData {
  const { id, name } = entity;
  if (entity.type === 'Project') return { id, name, aliases: [name, alias], type: 'Project', homepage: entity.homepage, repo: entity.repo, maturity: entity.maturity, category: entity.category };
  if (entity.type === 'Organization') return { id, name, aliases: [name, alias], type: 'Organization', homepage: entity.homepage };
  return { id, name, aliases: [name, alias], type: 'Person' };
}

/** Name resolution memoised per graph: the gazetteer lookup is the costly part of assembling a long post. */
class Resolver {
  private byId = new Map<string, ResolvedEntity>();
  /** Type -> surface (nested: no key string built per speaker). */
  private bySurface = new Map<EntityType, Map<string, ResolvedEntity>>();

  /** The gazetteer's entry when it agrees on the id, else a bare entity of the mention's type. */
  forMention(id: string, name: string, type: EntityType): ResolvedEntity {
    let entity = this.byId.get(id);
    if (!entity) {
      const known = resolveName(name, type);
      entity = known && known.id === id ? known : { ...unknownEntity(name, type), id };
      this.byId.set(id, entity);
    }
    return entity;
  }

  /** A speaker or organization named in a heading. */
  typed(surface: string, type: EntityType): ResolvedEntity {
    let byName = this.bySurface.get(type);
    if (!byName) this.bySurface.set(type, (byName = new Map()));
    let entity = byName.get(surface);
    if (!entity) {
      const known = resolveName(surface, type);
      entity = known && known.type === type ? known : unknownEntity(surface, type);
      byName.set(surface, entity);
    }
    return entity;
  }
}

/** For every section, the talk it belongs to (the talk's own section and the sub-sections below it). */
function talkOwners(input: GraphInput, talkIds: Map<number, string>): Array<string | null> {
  const owners: Array<string | null> = [];
  let current: { id: string; level: number } | null = null;
  for (const s of input.post.sections) {
    const own = talkIds.get(s.index);
    if (own) current = { id: own, level: s.level };
    else if (current && (s.level === 0 || s.level <= current.level)) current = null;
    owners.push(own ?? current?.id ?? null);
  }
  return owners;
}

export function buildGraph(input: GraphInput): KnowledgeGraph {
  const { post, talks, mentions, relations, options } = input;
  const g = new GraphBuilder();
  const resolver = new Resolver();
  const fm = post.frontMatter;
  const postKey = fileStem(options.source) ?? fm.slug ?? fm.title ?? post.url;
  const postId = nodeId('Post', postKey);
  const postName = fm.title ?? fileStem(options.source) ?? 'Untitled post';
  g.addNode({ id: postId, type: 'Post', name: postName, aliases: [postName], title: postName, url: post.url, source: options.source ?? null, date: fm.date, author: fm.author, tags: fm.tags });

  const firstHeading = post.sections.find((s) => s.level > 0)?.heading ?? null;
  const event = eventOf(fm, firstHeading);
  const eventId = event ? nodeId('Event', event.name) : null;
  if (event && eventId) g.addNode({ id: eventId, type: 'Event', name: event.name, aliases: [event.name], year: event.year });
  const eventSlug = eventId ? eventId.slice('event:'.length) : slugify(postKey) || 'post';

  const talkIds = new Map<number, string>();
  // A talk's video names it across posts, unless talks of other titles in the post share it (one live stream of a
  // whole meetup, linked at each talk's start time): then each keeps its own title too.
  const titlesByVideo = new Map<string, Set<string>>();
  for (const talk of talks) if (talk.video) titlesByVideo.set(talk.video.id, (titlesByVideo.get(talk.video.id) ?? new Set()).add(slugify(talk.title)));
  for (const talk of talks) {
    const section = post.sections[talk.sectionIndex];
    const url = section?.url ?? post.url;
    const titleSlug = slugify(talk.title) || 'untitled';
    const shared = talk.video ? (titlesByVideo.get(talk.video.id)?.size ?? 0) > 1 : false;
    const id = talk.video ? (shared ? `talk:${talk.video.id}/${titleSlug}` : `talk:${talk.video.id}`) : `talk:${eventSlug}/${titleSlug}`;
    // A talk read from a list line shares its section with other things: the section's mentions stay the post's.
    if (!talk.fromLine) talkIds.set(talk.sectionIndex, id);
    const node: TalkNode = { id, type: 'Talk', name: talk.title, aliases: [talk.title], title: talk.title, kind: talk.kind, day: talk.day, level: talk.level, videoId: talk.video?.id ?? null, videoUrl: talk.video?.url ?? null, url, heading: talk.heading, event: eventId };
    g.addNode(node);
    g.addEdge(edge('COVERS', postId, id, []));
    if (eventId) g.addEdge(edge('PART_OF', id, eventId, []));
    const headingEvidence: Evidence[] = [{ text: talk.heading, url }];
    for (const speaker of talk.speakers) {
      const person = resolver.typed(speaker.name, 'Person');
      g.addNode(entityNode(person, speaker.name));
      g.addEdge(edge('PRESENTED', person.id, id, headingEvidence));
      // The talk's own heading or lead names its speakers and their organizations: the talk mentions them.
      g.addEdge(edge('MENTIONS', id, person.id, headingEvidence, 1));
      // (Words that open lowercase, "..., two different approaches", are a title's clause that a heading's reading
      // left in the organization's place, not an employer; nor is an event, "by Ann Lee at Rails Conf 2012".)
      if (speaker.organization && !clauseInPlace(speaker.organization) && !isEventSurface(speaker.organization)) {
        const org = resolver.typed(speaker.organization, 'Organization');
        g.addNode(entityNode(org, speaker.organization));
        g.addEdge(edge('WORKS_FOR', person.id, org.id, headingEvidence, null, speaker.role));
        g.addEdge(edge('MENTIONS', id, org.id, headingEvidence, 1));
      }
    }
  }

  const owners = talkOwners(input, talkIds);
  // Owner -> entity -> its mentions (nested maps: no concatenated key per mention); edges in first-mention order.
  const grouped = new Map<string, Map<string, { owner: string; target: string; count: number; evidence: Evidence[] }>>();
  const inOrder: Array<{ owner: string; target: string; count: number; evidence: Evidence[] }> = [];
  for (const m of mentions) {
    const section = post.sections[m.sectionIndex];
    const owner = owners[m.sectionIndex] ?? postId;
    if (g.hasNode(m.entityId)) g.addAlias(m.entityId, m.surface);
    else g.addNode(entityNode(resolver.forMention(m.entityId, m.name, m.type), m.surface));
    let byTarget = grouped.get(owner);
    if (!byTarget) grouped.set(owner, (byTarget = new Map()));
    let entry = byTarget.get(m.entityId);
    if (!entry) {
      entry = { owner, target: m.entityId, count: 0, evidence: [] };
      byTarget.set(m.entityId, entry);
      inOrder.push(entry);
    }
    entry.count++;
    entry.evidence.push({ text: m.sentence, url: section?.url ?? post.url });
  }
  for (const e of inOrder) g.addEdge(edge('MENTIONS', e.owner, e.target, e.evidence, e.count));

  for (const r of relations) {
    if (r.from === r.to) continue;
    const url = post.sections[r.sectionIndex]?.url ?? post.url;
    g.addEdge(edge(r.type, r.from, r.to, [{ text: r.sentence, url }]));
  }
  g.warnings.push(...post.warnings);
  return g.build();
}
