// Eval scoring: a tiny hand-made gold against a tiny hand-made graph, every part and the optional rules.
import { describe, expect, it } from 'vitest';
import { scoreGraph } from '../../../scripts/eval/score.ts';
import { norm } from '../../../scripts/eval/normalise.ts';
import { scoreKeys } from '../../../scripts/eval/prf.ts';
import type { Gold } from '../../../scripts/eval/gold.ts';
import type { EdgeData, KnowledgeGraph, NodeData } from '../../../extractor/schema.ts';

const talk = (id: string, title: string, url: string, extra: Partial<NodeData> = {}): NodeData =>
  ({ id, type: 'Talk', name: title, aliases: [title], title, kind: 'talk', day: 1, level: null, videoId: null, videoUrl: null, url, heading: title, event: null, ...extra }) as NodeData;
const node = (id: string, type: 'Person' | 'Organization' | 'Project', name: string, aliases: string[] = [name]): NodeData =>
  (type === 'Person' ? { id, type, name, aliases } : type === 'Organization' ? { id, type, name, aliases, homepage: null } : { id, type, name, aliases, homepage: null, repo: null, maturity: null, category: null }) as NodeData;
const edge = (type: EdgeData['type'], source: string, target: string): { data: EdgeData } => ({ data: { id: `${type}:${source}->${target}`, type, source, target, evidence: [], count: null, role: null } });

const gold: Gold = {
  talks: [
    { heading: 'Scaling Things [B] - Ann Lee, Acme', title: 'Scaling Things', kind: 'talk', day: 1, level: 'beginner', speakers: [{ name: 'Ann Lee', role: null, organization: 'Acme' }], videoId: 'AAAAAAAAAAA' },
    { heading: "What's Next? - Bo Chen, Bar", title: "What's Next?", kind: 'keynote', day: 2, level: null, speakers: [{ name: 'Bo Chen', role: null, organization: 'Bar' }], videoId: null },
    { heading: 'Missed Talk - Cy Dahl, Baz', title: 'Missed Talk', kind: 'talk', day: 2, level: null, speakers: [{ name: 'Cy Dahl', role: null, organization: 'Baz' }], videoId: null },
    { heading: 'Awards', title: 'Awards', kind: 'talk', day: 1, level: null, speakers: [], videoId: 'BBBBBBBBBBB', optional: true },
  ],
  entities: [
    { type: 'Person', name: 'Ann Lee', aliases: ['Ann Lee'] },
    { type: 'Person', name: 'Bo Chen', aliases: ['Bo Chen'] },
    { type: 'Person', name: 'Cy Dahl', aliases: ['Cy Dahl'] },
    { type: 'Organization', name: 'Acme', aliases: ['Acme', 'Acme Corp'] },
    { type: 'Organization', name: 'Bar', aliases: ['Bar'] },
    { type: 'Organization', name: 'Baz', aliases: ['Baz'] },
    { type: 'Project', name: 'Envoy', aliases: ['Envoy', 'Enovy'] },
    { type: 'Project', name: 'Kubernetes', aliases: ['Kubernetes'] },
    { type: 'Project', name: 'YAML', aliases: ['YAML'] },
  ],
  sections: [
    { heading: 'Scaling Things [B] - Ann Lee, Acme', isTalk: true, mentions: [{ type: 'Project', name: 'Envoy' }, { type: 'Project', name: 'Kubernetes' }, { type: 'Project', name: 'YAML', optional: true }] },
    { heading: "What's Next? - Bo Chen, Bar", isTalk: true, mentions: [{ type: 'Project', name: 'Kubernetes' }] },
  ],
  relations: [
    { type: 'PRESENTED', from: 'Ann Lee', to: 'Scaling Things' },
    { type: 'PRESENTED', from: 'Bo Chen', to: "What's Next?" },
    { type: 'PRESENTED', from: 'Cy Dahl', to: 'Missed Talk' },
    { type: 'WORKS_FOR', from: 'Ann Lee', to: 'Acme' },
    { type: 'WORKS_FOR', from: 'Bo Chen', to: 'Bar' },
    { type: 'WORKS_FOR', from: 'Cy Dahl', to: 'Baz' },
    { type: 'INTEGRATES_WITH', from: 'Envoy', to: 'Kubernetes' },
  ],
};

const graph: KnowledgeGraph = {
  elements: {
    nodes: [
      talk('talk:AAAAAAAAAAA', 'Scaling Things', '/p/#scaling-things-b---ann-lee-acme', { level: 'beginner', videoId: 'AAAAAAAAAAA' }),
      // Title differs, but the URL fragment matches the gold heading (apostrophe and '?' normalised away).
      talk('talk:x/whats-next', 'Whats Next', '/p/#whats-next---bo-chen-bar', { kind: 'talk', day: 2 }),
      talk('talk:BBBBBBBBBBB', 'Awards', '/p/#awards', { videoId: 'BBBBBBBBBBB' }),
      talk('talk:x/lunch', 'Lunch', '/p/#lunch'),
      node('person:ann-lee', 'Person', 'Ann Lee'),
      node('person:bo-chen', 'Person', 'Bo Chen'),
      node('org:acme', 'Organization', 'Acme Corp'),
      node('org:foo', 'Organization', 'Foo'),
      node('project:envoy', 'Project', 'Envoy', ['Envoy', 'Enovy']),
      node('project:kubernetes', 'Project', 'Kubernetes'),
      node('project:yaml', 'Project', 'YAML'),
      node('project:helm', 'Project', 'Helm'),
    ].map((data) => ({ data })),
    edges: [
      edge('PRESENTED', 'person:ann-lee', 'talk:AAAAAAAAAAA'),
      edge('PRESENTED', 'person:bo-chen', 'talk:x/whats-next'),
      edge('WORKS_FOR', 'person:ann-lee', 'org:acme'),
      edge('WORKS_FOR', 'person:bo-chen', 'org:foo'),
      edge('MENTIONS', 'talk:AAAAAAAAAAA', 'project:envoy'),
      edge('MENTIONS', 'talk:AAAAAAAAAAA', 'project:yaml'),
      edge('MENTIONS', 'talk:x/whats-next', 'project:kubernetes'),
      edge('MENTIONS', 'talk:x/whats-next', 'project:helm'),
      edge('INTEGRATES_WITH', 'project:envoy', 'project:kubernetes'),
      edge('IMPLEMENTS', 'project:envoy', 'project:helm'),
    ],
  },
  warnings: [],
};

describe('scoreGraph', () => {
  const report = scoreGraph(graph, gold);
  const counts = (part: string) => {
    const s = report.parts[part];
    return s ? [s.tp, s.fp, s.fn] : null;
  };

  it('matches talks by title or URL fragment; optional talks count for nothing', () => {
    expect(counts('talks')).toEqual([2, 1, 1]);
    expect(report.parts.talks?.falseHits).toEqual(['Lunch']);
    expect(report.parts.talks?.misses).toEqual(['Missed Talk']);
    expect(report.parts.talks?.f1).toBeCloseTo(2 / 3);
  });

  it('scores talk attributes over matched non-optional talks', () => {
    expect(report.accuracy.kind).toMatchObject({ correct: 1, total: 2 });
    expect(report.accuracy.level).toMatchObject({ correct: 2, total: 2 });
    expect(report.accuracy.videoId?.accuracy).toBe(1);
  });

  it('scores speakers and affiliations as pairs, organizations through gold aliases', () => {
    expect(counts('speakers')).toEqual([2, 0, 1]);
    expect(counts('affiliations')).toEqual([1, 1, 2]);
    expect(report.parts.affiliations?.falseHits).toEqual(['Bo Chen -> Foo']);
  });

  it('scores entities by type; an entity seen only in optional mentions is optional', () => {
    expect(counts('entities.Person')).toEqual([2, 0, 1]);
    expect(counts('entities.Organization')).toEqual([1, 1, 2]);
    expect(counts('entities.Project')).toEqual([2, 1, 0]);
    expect(report.parts['entities.Project']?.falseHits).toEqual(['Helm']);
  });

  it('scores talk mentions, ignoring optional ones both ways', () => {
    expect(counts('talk mentions')).toEqual([2, 1, 1]);
    expect(report.parts['talk mentions']?.misses).toEqual(['Scaling Things -> Kubernetes']);
  });

  it('scores stated relations as (type, from, to)', () => {
    expect(counts('stated relations')).toEqual([1, 1, 0]);
  });
});

describe('helpers', () => {
  it('normalises like the gold README', () => {
    expect(norm("What's  Next?")).toBe('whats next');
    expect(norm('Café—Über')).toBe('cafe uber');
  });
  it('gives perfect scores when there is nothing to find and nothing found', () => {
    expect(scoreKeys(new Map(), new Map())).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
