// Property tests: extract() never throws and always returns a schema-valid graph, whatever it is given.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../../extractor/index.ts';
import { KnowledgeGraph } from '../../../extractor/schema.ts';

const pieces = [
  '---\n', '+++\n', 'title: x\n', 'title = "x"\n', '# ', '## ', '#### ', '\n', '\n\n', '```', '~~~', '`', '{{< ', ' >}}', '{{% ', ' %}}', '{% ', ' %}',
  'youtube ', 'figure title="', '"', '<iframe src="https://www.youtube.com/embed/', 'AAAAAAAAAAA', '">', '</iframe>', '<img alt="', '<table><tr><td>',
  '</td></tr></table>', '<!--', '-->', '<style>', '</style>', '[', '](', ')', ']: ', 'https://x.org/a', ' - ', ' – ', ', ', ' & ', '; ', '[B]', '(Advanced Skill Level)',
  'Keynote: ', 'Presentation: "', 'Day #1', 'Speakers: ', ' by ', '(@x)', 'CTO', 'Bo Berg', '<h2>', '</h2>', '{\n', '}\n', 'Tuesday', ' and ', 'Morning Keynotes', 'Ann Lee', 'Acme Corp', 'Kubernetes', 'Envoy', '> ', '* ', '1. ', '| a | b |', '|---|---|', '===', '---',
  '**', '_', '\\', '&amp;', '\u0000', '\r\n', '\uFEFF', '😀', 'é', '{#id}',
];

const markdownish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

describe('extract on arbitrary input', () => {
  it('never throws and returns a schema-valid graph on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const graph = extract(text);
        expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and returns a schema-valid graph on markdown-ish strings', () => {
    fc.assert(
      fc.property(markdownish, fc.option(fc.webUrl(), { nil: undefined }), (text, baseUrl) => {
        const graph = extract(text, { baseUrl, source: 'p.md' });
        const parsed = KnowledgeGraph.safeParse(graph);
        expect(parsed.success).toBe(true);
        // Odd markdown gives warnings, never a pass that gave up.
        expect(graph.warnings.filter((w) => /failed \(/.test(w))).toEqual([]);
        const ids = new Set(graph.elements.nodes.map((n) => n.data.id));
        for (const e of graph.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('returns a warning, not an exception, for non-string input', () => {
    const graph = extract(null as unknown as string);
    expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
    expect(graph.warnings.join(' ')).toMatch(/not text/);
  });

  it('reads a 2 MB post with hostile lines (unclosed tags, shortcodes, emphasis, backticks)', () => {
    const section = '## Talk Title - Ann Lee, Acme\n<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>\nSome **prose** with [a link](https://x.org) and `code` and <b>html</b>.\n\n';
    const hostile = '<a '.repeat(2000) + '{{< '.repeat(2000) + '**'.repeat(2000) + '`'.repeat(2000) + '\n';
    const text = hostile + section.repeat(Math.ceil((2 * 1024 * 1024) / section.length));
    const graph = extract(text);
    expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
    expect(graph.elements.nodes.some((n) => n.data.id === 'talk:AAAAAAAAAAA')).toBe(true);
  });

  it('reads long runs that the talk patterns meet: symbol and hashtag tails on headings, italic titles with no full stop', () => {
    const tails = ['⭐'.repeat(50_000), ' #tag'.repeat(30_000), ' - video'.repeat(30_000)].map((tail) => `## Title${tail} x\ntext\n`).join('\n');
    const italics = `## Day 1\n${'*Scaling Things Up* by Ann Lee and '.repeat(8000)}`;
    const graph = extract(`${tails}\n${italics}`);
    expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
    const talks = graph.elements.nodes.filter((n) => n.data.type === 'Talk').map((n) => n.data.name);
    expect(talks).toEqual(['Scaling Things Up']);
  });

  it('reads a heading that opens with an invisible zero-width space as the writer sees it', () => {
    const graph = extract('## \u200BIvo Brevik: Zorbing at Scale: A Field Guide\n\nNotes on zorbing.\n');
    const talk = graph.elements.nodes.find((n) => n.data.type === 'Talk');
    expect(talk?.data.name).toBe('Zorbing at Scale: A Field Guide');
    expect(graph.elements.nodes.some((n) => n.data.type === 'Person' && n.data.name === 'Ivo Brevik')).toBe(true);
  });

  it('reads a line separator inside a title as the space a reader sees', () => {
    const graph = extract('## Talks\n\nZorbing was the focus of a following talk by [Ivo Brevik](https://twitter.com/ivob), "**Testing and Zorb\u2028Methodologies within Plonk**".\n');
    expect(graph.elements.nodes.find((n) => n.data.type === 'Talk')?.data.name).toBe('Testing and Zorb Methodologies within Plonk');
  });

  it('shortens runs of blanks wider than any layout, says so, and still reads the line', () => {
    const graph = extract(`## Talks\n\n- Scaling Zorbs${' '.repeat(100_000)}Today - Ann Lee, Acme\n\nWait${'.'.repeat(50_000)} then more.\n`);
    expect(KnowledgeGraph.safeParse(graph).success).toBe(true);
    expect(graph.warnings.join(' ')).toMatch(/runs of more than 80 blanks/);
    expect(graph.elements.nodes.some((n) => n.data.type === 'Person' && n.data.name === 'Ann Lee')).toBe(true);
  });
});
