// Pass 5: the graph built from sections, talks, mentions and stated relations.
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../extractor/passes/01-sections.ts';
import { findTalks } from '../../../extractor/passes/02-talks.ts';
import { buildGraph } from '../../../extractor/passes/05-graph.ts';
import { KnowledgeGraph, type EdgeData } from '../../../extractor/schema.ts';
import type { EntityMention, StatedRelation } from '../../../extractor/passes/types.ts';

const md = [
  '---', 'title: FooConf 2020 Berlin', '---',
  'Intro mentions Envoy.',
  '## Day 1',
  '### Talks',
  '#### Scaling Things [B] - Ann Lee, Staff Engineer, Acme Corp & Bo Chen, Acme Corp',
  '{{< youtube AAAAAAAAAAA >}}',
  'Envoy is fast. Envoy is nice.',
  '##### Demo',
  'The demo used Envoy.',
  '#### No Video Talk - Cy Dahl, Bar',
  'Nothing here.',
  '### Party',
  'Envoy stickers everywhere.',
].join('\n');

function mention(sectionIndex: number, sentence: string, surface = 'Envoy'): EntityMention {
  return { entityId: 'project:envoy', type: 'Project', name: 'Envoy', surface, sectionIndex, sentence };
}

function build(mentions: (post: ReturnType<typeof parsePost>) => EntityMention[], relations: StatedRelation[] = []) {
  const { post, talks } = findTalks(parsePost(md, { baseUrl: 'https://blog.example.org/fooconf/' }));
  return { post, graph: buildGraph({ post, talks, mentions: mentions(post), relations, options: { source: 'fooconf.md' } }) };
}

const edges = (g: KnowledgeGraph, type: EdgeData['type']): EdgeData[] => g.elements.edges.map((e) => e.data).filter((e) => e.type === type);
const sectionIndex = (post: ReturnType<typeof parsePost>, heading: string): number => post.sections.find((s) => s.heading === heading)?.index ?? -1;

describe('buildGraph', () => {
  it('builds Post, Event, Talk, Person and Organization nodes with structural edges', () => {
    const { graph } = build(() => []);
    expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
    const ids = graph.elements.nodes.map((n) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['post:fooconf', 'event:fooconf-2020-berlin', 'talk:AAAAAAAAAAA', 'talk:fooconf-2020-berlin/no-video-talk', 'person:ann-lee', 'person:bo-chen', 'person:cy-dahl']));
    const talk = graph.elements.nodes.find((n) => n.data.id === 'talk:AAAAAAAAAAA')?.data;
    expect(talk).toMatchObject({ title: 'Scaling Things', kind: 'talk', day: 1, level: 'beginner', videoUrl: 'https://www.youtube.com/watch?v=AAAAAAAAAAA', event: 'event:fooconf-2020-berlin' });
    expect(talk && 'url' in talk ? talk.url : '').toBe('https://blog.example.org/fooconf/#scaling-things-b---ann-lee-staff-engineer-acme-corp--bo-chen-acme-corp');
    expect(edges(graph, 'COVERS').map((e) => e.target)).toEqual(['talk:AAAAAAAAAAA', 'talk:fooconf-2020-berlin/no-video-talk']);
    expect(edges(graph, 'PART_OF').map((e) => e.target)).toEqual(['event:fooconf-2020-berlin', 'event:fooconf-2020-berlin']);
  });

  it('gives no WORKS_FOR to a clause or an event a heading left where an organization would be', () => {
    const { post, talks } = findTalks(parsePost(md, { baseUrl: 'https://blog.example.org/fooconf/' }));
    for (const organization of ['two different approaches', 'Zorb Conf 2012', 'PlonkCon Europe']) {
      const clause = talks.map((t) => ({ ...t, speakers: t.speakers.map((sp) => ({ ...sp, organization })) }));
      const graph = buildGraph({ post, talks: clause, mentions: [], relations: [], options: { source: 'fooconf.md' } });
      expect(edges(graph, 'PRESENTED').length).toBeGreaterThan(0);
      expect(edges(graph, 'WORKS_FOR')).toEqual([]);
    }
  });

  it('gives PRESENTED and WORKS_FOR {role} with the heading as evidence', () => {
    const { graph } = build(() => []);
    const worksFor = edges(graph, 'WORKS_FOR');
    expect(worksFor.map((e) => [e.source, e.role])).toEqual([
      ['person:ann-lee', 'Staff Engineer'],
      ['person:bo-chen', null],
      ['person:cy-dahl', null],
    ]);
    const presented = edges(graph, 'PRESENTED').find((e) => e.source === 'person:ann-lee');
    expect(presented?.evidence[0]?.text).toBe('Scaling Things [B] - Ann Lee, Staff Engineer, Acme Corp & Bo Chen, Acme Corp');
    expect(presented?.evidence[0]?.url).toMatch(/#scaling-things/);
  });

  it('has each talk mention its speakers and their organizations, with the heading as evidence', () => {
    const { graph } = build(() => []);
    const mentions = edges(graph, 'MENTIONS').filter((e) => e.source === 'talk:AAAAAAAAAAA');
    expect(mentions.map((e) => e.target).sort()).toEqual(['org:acme-corp', 'person:ann-lee', 'person:bo-chen']);
    expect(mentions.find((e) => e.target === 'org:acme-corp')?.evidence.map((ev) => ev.text)).toEqual(['Scaling Things [B] - Ann Lee, Staff Engineer, Acme Corp & Bo Chen, Acme Corp']);
  });

  it('attributes mentions to the talk (its sub-sections included) or to the post elsewhere', () => {
    const { graph } = build((post) => [
      mention(0, 'Intro mentions Envoy.'),
      mention(sectionIndex(post, 'Scaling Things [B] - Ann Lee, Staff Engineer, Acme Corp & Bo Chen, Acme Corp'), 'Envoy is fast.'),
      mention(sectionIndex(post, 'Scaling Things [B] - Ann Lee, Staff Engineer, Acme Corp & Bo Chen, Acme Corp'), 'Envoy is nice.', 'envoy'),
      mention(sectionIndex(post, 'Demo'), 'The demo used Envoy.'),
      mention(sectionIndex(post, 'Party'), 'Envoy stickers everywhere.'),
    ]);
    const mentions = edges(graph, 'MENTIONS').filter((e) => e.target === 'project:envoy');
    const talkEdge = mentions.find((e) => e.source === 'talk:AAAAAAAAAAA');
    expect(talkEdge?.count).toBe(3);
    expect(talkEdge?.evidence.map((e) => e.text)).toEqual(['Envoy is fast.', 'Envoy is nice.', 'The demo used Envoy.']);
    expect(talkEdge?.evidence[2]?.url).toBe('https://blog.example.org/fooconf/#demo');
    const postEdge = mentions.find((e) => e.source === 'post:fooconf');
    expect(postEdge?.count).toBe(2);
    expect(postEdge?.evidence.map((e) => e.url)).toEqual(['https://blog.example.org/fooconf/', 'https://blog.example.org/fooconf/#party']);
    expect(graph.elements.nodes.find((n) => n.data.id === 'project:envoy')?.data.aliases).toEqual(['Envoy', 'envoy']);
  });

  it('adds stated relations with their sentence and drops those whose entities are unknown', () => {
    const { graph } = build(
      (post) => [mention(sectionIndex(post, 'Party'), 'Envoy stickers everywhere.'), { ...mention(sectionIndex(post, 'Party'), 'x'), entityId: 'project:kubernetes', name: 'Kubernetes', surface: 'Kubernetes' }],
      [
        { type: 'INTEGRATES_WITH', from: 'project:envoy', to: 'project:kubernetes', sentence: 'Envoy integrates with Kubernetes.', sectionIndex: 1 },
        { type: 'IMPLEMENTS', from: 'project:envoy', to: 'project:nowhere', sentence: 'Envoy implements nowhere.', sectionIndex: 1 },
      ],
    );
    const stated = graph.elements.edges.map((e) => e.data).filter((e) => e.type === 'INTEGRATES_WITH' || e.type === 'IMPLEMENTS');
    expect(stated.map((e) => [e.type, e.evidence[0]?.text])).toEqual([['INTEGRATES_WITH', 'Envoy integrates with Kubernetes.']]);
    expect(graph.warnings.some((w) => /project:nowhere/.test(w))).toBe(true);
  });
});

describe('buildGraph with talks listed as lines', () => {
  it('gives an inline talk the mentions of its own block and the blocks after it; the text before stays the post', () => {
    const { post, talks } = findTalks(parsePost('## Talks I liked\nIstio was everywhere.\n\n* [Scaling Things](https://youtu.be/AAAAAAAAAAA) - Ann Lee, Acme\n\nEnvoy was in it.', { baseUrl: '/p/' }));
    expect(talks.map((t) => t.title)).toEqual(['Scaling Things']);
    const own = sectionIndex(post, 'Talks I liked');
    const inline = talks[0]?.sectionIndex ?? -1;
    expect(post.sections[own]?.text).toBe('Istio was everywhere.');
    expect(post.sections[inline]?.text).toBe('Scaling Things - Ann Lee, Acme\nEnvoy was in it.');
    const graph = buildGraph({ post, talks, mentions: [mention(own, 'Istio was everywhere.', 'Istio'), mention(inline, 'Envoy was in it.')], relations: [], options: { source: 'p.md' } });
    expect(edges(graph, 'MENTIONS').filter((e) => e.target.startsWith('project:')).map((e) => e.source).sort()).toEqual(['post:p', 'talk:AAAAAAAAAAA']);
    expect(edges(graph, 'PRESENTED').map((e) => [e.source, e.target, e.evidence[0]?.url])).toEqual([['person:ann-lee', 'talk:AAAAAAAAAAA', '/p/#talks-i-liked']]);
  });
});

describe('buildGraph with talks listed as table rows', () => {
  it('gives a talk read from a row only its row: the notes after the table stay the section\'s', () => {
    const md = '## Saturday\n\n| Time | Title | Speaker |\n|---|---|---|\n| 9:00 | Zorbs at Scale | Maria Gonzalez |\n| 9:30 | Plonk in Practice | Ivo Brevik |\n\nThe room was hard to find, and Envoy stickers were everywhere.';
    const { post, talks } = findTalks(parsePost(md, { baseUrl: '/p/' }));
    expect(talks.map((t) => t.title)).toEqual(['Zorbs at Scale', 'Plonk in Practice']);
    const last = post.sections[talks[1]?.sectionIndex ?? -1];
    expect(last?.text).not.toContain('Envoy');
    expect(post.sections[sectionIndex(post, 'Saturday')]?.text).toContain('Envoy stickers were everywhere.');
  });
});
