// Several posts -> one graph: talks and entities join, evidence merges without duplicates, counts add.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extractor/index.ts';
import { mergeGraphs } from '../../../extractor/merge.ts';
import { KnowledgeGraph } from '../../../extractor/schema.ts';

const postA = '---\ntitle: FooConf 2020\n---\n## Talks\n### Scaling Things - Ann Lee, Acme\n{{< youtube AAAAAAAAAAA >}}\n\n### Quiet Talk - Bo Chen, Bar\ntext';
const postB = '---\ntitle: FooConf 2020 notes\n---\n## Sessions\n### Scaling Things at Acme - Ann Lee, Acme\n<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>\n\n### Quiet Talk - Bo Chen, Bar\n[video](https://youtu.be/QQQQQQQQQQQ)';

describe('mergeGraphs', () => {
  const a = extract(postA, { source: 'a.md', baseUrl: 'https://x.org/a/' });
  const b = extract(postB, { source: 'b.md', baseUrl: 'https://x.org/b/' });
  const merged = mergeGraphs([a, b]);

  it('returns a single graph as it is when no talk joins another (no copy of a large graph)', () => {
    expect(mergeGraphs([a])).toBe(a);
  });

  it('still joins talks inside a single graph', () => {
    const one = extract('---\ntitle: FooConf 2020\n---\n## Talks\n### Quiet Talk - Bo Chen, Bar\ntext\n### Quiet Talk - Bo Chen, Bar\n{{< youtube QQQQQQQQQQQ >}}', { source: 'c.md' });
    const joined = mergeGraphs([one]);
    expect(joined.elements.nodes.filter((n) => n.data.type === 'Talk').map((n) => n.data.id)).toEqual(['talk:QQQQQQQQQQQ']);
  });

  it('is schema-valid and keeps both posts', () => {
    expect(KnowledgeGraph.safeParse(merged).success).toBe(true);
    expect(merged.elements.nodes.filter((n) => n.data.type === 'Post').map((n) => n.data.id)).toEqual(['post:a', 'post:b']);
  });

  it('joins the same video into one talk and the same speaker into one person', () => {
    const talks = merged.elements.nodes.filter((n) => n.data.type === 'Talk').map((n) => n.data.id);
    expect(talks).toEqual(['talk:AAAAAAAAAAA', 'talk:QQQQQQQQQQQ']);
    expect(merged.elements.nodes.filter((n) => n.data.id === 'person:ann-lee')).toHaveLength(1);
    const aliases = merged.elements.nodes.find((n) => n.data.id === 'talk:AAAAAAAAAAA')?.data.aliases;
    expect(aliases).toEqual(['Scaling Things', 'Scaling Things at Acme']);
  });

  it('joins a talk without video to the same title at the same event', () => {
    const presented = merged.elements.edges.map((e) => e.data).filter((e) => e.type === 'PRESENTED' && e.source === 'person:bo-chen');
    expect(presented.map((e) => e.target)).toEqual(['talk:QQQQQQQQQQQ']);
    expect(presented[0]?.evidence.map((e) => e.url)).toEqual(['https://x.org/a/#quiet-talk---bo-chen-bar', 'https://x.org/b/#quiet-talk---bo-chen-bar']);
  });

  it('merges evidence without duplicates and adds counts', () => {
    const g = (count: number, texts: string[]): KnowledgeGraph => ({
      elements: {
        nodes: [
          { data: { id: 'post:p', type: 'Post', name: 'p', aliases: [], title: 'p', url: '/', source: null, date: null, author: null, tags: [] } },
          { data: { id: 'project:x', type: 'Project', name: 'X', aliases: ['X'], homepage: null, repo: null, maturity: null, category: null } },
        ],
        edges: [{ data: { id: 'MENTIONS:post:p->project:x', source: 'post:p', target: 'project:x', type: 'MENTIONS', evidence: texts.map((text) => ({ text, url: '/#s' })), count, role: null } }],
      },
      warnings: [],
    });
    const edge = mergeGraphs([g(2, ['one', 'two']), g(1, ['two', 'three'])]).elements.edges[0]?.data;
    expect(edge?.count).toBe(3);
    expect(edge?.evidence.map((e) => e.text)).toEqual(['one', 'two', 'three']);
  });
});
