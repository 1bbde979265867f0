// A post whose body is HTML reads as the page a visitor sees: paragraphs, list items, headings, bold and links.
import { describe, expect, it } from 'vitest';
import { htmlBlockAsMarkdown } from '../../../extractor/passes/00-html-markdown.ts';
import { normaliseMarkdown, type Block } from '../../../extractor/passes/00-blocks.ts';
import { parsePost } from '../../../extractor/passes/01-sections.ts';
import { findTalks } from '../../../extractor/passes/02-talks.ts';

const texts = (md: string): Array<Extract<Block, { kind: 'text' }>> => normaliseMarkdown(md).blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text');
const headings = (md: string): string[] => normaliseMarkdown(md).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const talkTitles = (md: string): string[] => findTalks(parsePost(md)).talks.map((t) => t.title);

describe('htmlBlockAsMarkdown', () => {
  const rows: Array<[string, string, string]> = [
    ['paragraphs apart', '<p>One line.</p><p>Two line.</p>', 'One line.\n\nTwo line.'],
    ['an indented paragraph stays prose, not code', '<p dir="ltr">\n      Deep text here\n</p>', 'Deep text here'],
    ['a heading on its lines', '<div>\n<h2 dir="ltr">\n  Zorb Monitoring\n</h2>\n</div>', '## Zorb Monitoring'],
    ['a list item with its lines', '<ul><li>\n  one\n  two\n</li></ul>', '- one\ntwo'],
    ['bold hugging its words', '<p>Hi <strong> <a href="https://x.io/a">Zorb</a> </strong> there</p>', 'Hi **[Zorb](https://x.io/a)** there'],
    ['markdown written inside the block', '<div>\n  <a href="https://x.io/s/1">**Zorb Talk - Ann Lee**</a>\n</div>', '[**Zorb Talk - Ann Lee**](https://x.io/s/1)'],
    ['an image stays for the inline reader', '<div><img src="a.png" alt="Plonk"></div>', '<img src="a.png" alt="Plonk">'],
  ];
  it.each(rows)('%s', (_n, html, expected) => expect(htmlBlockAsMarkdown(html)?.trim()).toBe(expected));

  const kept: Array<[string, string]> = [
    ['a lone iframe', '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>'],
    ['a table', '<table><tr><td>Zorb</td></tr></table>'],
    ['an embedded tweet', '<blockquote class="twitter-tweet"><p>Zorb!</p></blockquote>'],
    ['code', '<div><pre><code>x = 1</code></pre></div>'],
  ];
  it.each(kept)('left whole: %s', (_n, html) => expect(htmlBlockAsMarkdown(html)).toBeNull());
});

describe('an HTML body in the block reader', () => {
  it('gives headings and separate paragraphs with their bold and links', () => {
    const md = '<h2 dir="ltr">\n  Zorb Monitoring\n</h2>\n<p dir="ltr">\n  Ann Lee gave a talk on <a href="https://x.io/v">Plonk at Scale</a>.\n</p>\n<p>\n  <strong>Second</strong> thought.\n</p>\n';
    expect(headings(md)).toEqual(['Zorb Monitoring']);
    const blocks = texts(md);
    expect(blocks.map((b) => b.lines.join(' '))).toEqual(['Ann Lee gave a talk on Plonk at Scale.', 'Second thought.']);
    expect(blocks[0]?.links.map((l) => l.text)).toEqual(['Plonk at Scale']);
    expect(blocks[1]?.strong.length).toBe(1);
  });

  it('reads the talks of HTML cards whose links hold bold "Title - Speaker" leads', () => {
    const card = (n: number, title: string, speaker: string): string =>
      `<div style="float: left">\n    <a href="https://events.example.org/sessions/${n}">**${title} - ${speaker}**</a>\n    <img src="/i/${n}.jpg" />\n    Een sessie over ${title}.\n</div>`;
    const md = `# Must watch\n\n<div>${card(1, 'Zorb Platform Overview', 'Ann Lee')}${card(2, 'Inside the Plonk Datacenter', 'Ivo Brevik')}</div>\n`;
    expect(talkTitles(md)).toEqual(['Zorb Platform Overview', 'Inside the Plonk Datacenter']);
  });
});
