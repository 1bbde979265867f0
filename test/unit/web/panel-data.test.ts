// What the side panel and the Talks x Projects table read from a graph (the mini fixture).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../../extractor/schema.ts';
import { entityDetails } from '../../../web/src/graph/entity-details.ts';
import { buildIndex, topProjects } from '../../../web/src/graph/graph-index.ts';
import { filterProjectRows, projectRows, sortProjectRows } from '../../../web/src/graph/projects-table-model.ts';
import { filterRows, sortRows, talkRows } from '../../../web/src/graph/talks-table-model.ts';
import { markNames } from '../../../web/src/ui/details/evidence.ts';

const graph = KnowledgeGraph.parse(JSON.parse(readFileSync(new URL('../../fixtures/mini-graph.json', import.meta.url), 'utf8')));
const index = buildIndex(graph);

describe('entity details', () => {
  it('a project lists the talks that mention it with evidence and speakers, plus post-level mentions', () => {
    const d = entityDetails(index, 'project:rook')!;
    expect(d.talks.map((t) => t.talk.id)).toEqual(['talk:kubecon-2017/extending-kubernetes-101']);
    expect(d.talks[0]!.evidence.length).toBe(1);
    expect(d.talks[0]!.speakers.map((s) => [s.name, s.organizations.map((o) => o.name)])).toEqual([['Travis Nielsen', ['Quantum']]]);
    expect(d.postMentions.map((p) => p.post.id)).toEqual(['post:kubecon-demo']);
  });

  it('a talk lists its speakers with organizations and what it mentions, most mentioned first', () => {
    const d = entityDetails(index, 'talk:NVa8xR4Eyj8')!;
    expect(d.speakers.map((s) => s.name)).toEqual(['Mrunal Patel']);
    expect(d.speakers[0]!.organizations.map((o) => o.name)).toEqual(['Red Hat']);
    expect(d.mentions.map((m) => m.name)).toEqual(['Kubernetes', 'CRI-O', 'Docker']);
  });

  it('a person lists the talks presented; an organization the talks of its people and its stated relations', () => {
    expect(entityDetails(index, 'person:travis-nielsen')!.presented.map((t) => t.talk.id)).toEqual(['talk:kubecon-2017/extending-kubernetes-101']);
    const org = entityDetails(index, 'org:red-hat')!;
    expect(org.presented.map((t) => t.talk.id)).toEqual(['talk:NVa8xR4Eyj8']);
    expect(org.relations.map((r) => [r.type, r.direction, r.other.id])).toEqual([
      ['MAINTAINS', 'out', 'project:cri-o'],
      ['WORKS_FOR', 'in', 'person:mrunal-patel'],
    ]);
  });

  it('stated relations are read both ways; unknown ids give null', () => {
    const crio = entityDetails(index, 'project:cri-o')!;
    expect(crio.relations.map((r) => `${r.type}:${r.direction}:${r.other.id}`).sort()).toEqual([
      'ALTERNATIVE_TO:out:project:docker',
      'INTEGRATES_WITH:out:project:kubernetes',
      'MAINTAINS:in:org:red-hat',
    ]);
    expect(entityDetails(index, 'project:nope')).toBeNull();
  });

  it('ranks projects by the number of talks mentioning them', () => {
    expect(topProjects(index, 2)).toEqual([
      { id: 'project:kubernetes', name: 'Kubernetes', talks: 2 },
      { id: 'project:cri-o', name: 'CRI-O', talks: 1 },
    ]);
  });
});

describe('Talks x Projects table', () => {
  const rows = talkRows(index);

  it('has one row per talk with its speakers, their organizations and the projects it mentions', () => {
    expect(rows.length).toBe(2);
    const crio = rows.find((r) => r.talk.id === 'talk:NVa8xR4Eyj8')!;
    expect(crio.projects.map((p) => p.name)).toEqual(['Kubernetes', 'CRI-O', 'Docker']);
    expect(crio.organizations.map((o) => o.name)).toEqual(['Red Hat']);
  });

  it('filters on every word across title, speakers, organizations and projects', () => {
    expect(filterRows(rows, 'rook').map((r) => r.talk.id)).toEqual(['talk:kubecon-2017/extending-kubernetes-101']);
    expect(filterRows(rows, 'red hat docker').length).toBe(1);
    expect(filterRows(rows, 'rook docker').length).toBe(0);
    expect(filterRows(rows, '  ').length).toBe(2);
  });

  it('sorts by a column, "-" for descending, unknown keys by day', () => {
    expect(sortRows(rows, 'projects').map((r) => r.projects.length)).toEqual([2, 3]);
    expect(sortRows(rows, '-projects').map((r) => r.projects.length)).toEqual([3, 2]);
    expect(sortRows(rows, 'title').map((r) => r.talk.title[0])).toEqual(['C', 'E']);
    expect(sortRows(rows, 'bogus').map((r) => r.talk.day)).toEqual([1, 2]);
  });
});

describe('the table by project', () => {
  const rows = projectRows(index);

  it('has one row per mentioned project with its talks by day', () => {
    const kube = rows.find((r) => r.id === 'project:kubernetes')!;
    expect(kube.talks.map((t) => t.day)).toEqual([1, 2]);
    expect(rows.map((r) => r.id).sort()).toEqual(['project:cri-o', 'project:docker', 'project:kubernetes', 'project:rook']);
  });

  it('sorts by talks (most first by default) or by name, and filters on project and talk titles', () => {
    expect(sortProjectRows(rows, 'anything')[0]!.id).toBe('project:kubernetes');
    expect(sortProjectRows(rows, 'talks').at(-1)!.id).toBe('project:kubernetes');
    expect(sortProjectRows(rows, 'name').map((r) => r.name)).toEqual(['CRI-O', 'Docker', 'Kubernetes', 'Rook']);
    expect(sortProjectRows(rows, '-name')[0]!.name).toBe('Rook');
    expect(filterProjectRows(rows, 'extending').map((r) => r.id).sort()).toEqual(['project:kubernetes', 'project:rook']);
  });
});

describe('evidence marking', () => {
  it('marks every name or alias, case-insensitively, longest first, and keeps the rest as plain text', () => {
    const parts = markNames('Rook and rook-ceph and ROOK <script>', ['Rook', 'rook-ceph']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['Rook', 'rook-ceph', 'ROOK']);
    expect(parts.map((p) => p.text).join('')).toBe('Rook and rook-ceph and ROOK <script>');
  });

  it('treats names as text, not patterns', () => {
    expect(markNames('a.b axb', ['a.b']).filter((p) => p.marked).map((p) => p.text)).toEqual(['a.b']);
  });
});
