// Markdown normalisation: headings found (and only real ones), prose lines plain, code out, links/videos recorded.
import { describe, expect, it } from 'vitest';
import { normaliseMarkdown, type Block } from '../../../extractor/passes/00-blocks.ts';

const headings = (md: string): Array<[number, string]> =>
  normaliseMarkdown(md).blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => [b.level, b.text]);
const lines = (md: string): string[] => normaliseMarkdown(md).blocks.flatMap((b) => (b.kind === 'text' ? b.lines : []));
const links = (md: string) => normaliseMarkdown(md).blocks.flatMap((b) => (b.kind === 'text' ? b.links.map(({ text, href }) => ({ text, href })) : []));
const videos = (md: string): string[] => normaliseMarkdown(md).blocks.flatMap((b) => (b.kind === 'text' ? b.videos.map((v) => v.id) : []));

describe('headings', () => {
  const rows: Array<[string, string, Array<[number, string]>]> = [
    ['ATX levels', '# One\n## Two\n###### Six', [[1, 'One'], [2, 'Two'], [6, 'Six']]],
    ['closing hashes', '## Title ##', [[2, 'Title']]],
    ['setext', 'Day 1\n=====\n\nKeynotes\n--------', [[1, 'Day 1'], [2, 'Keynotes']]],
    ['emphasis and links stripped', '## **Bold** [Link](http://x.io) `code`', [[2, 'Bold Link code']]],
    ['explicit id removed from text', '## Tuesday {#day-tue}', [[2, 'Tuesday']]],
    ['raw HTML headings', '<h2 id="d1">Day 1</h2>\n<h3>Talk <em>One</em></h3>', [[2, 'Day 1'], [3, 'Talk One']]],
    ['a non-breaking hyphen, as an entity or a character, read as a hyphen', '## Zorb -- Ann Glatter&#8209;Plonk\n## Ivo Quux\u2011Brevik', [[2, 'Zorb -- Ann Glatter-Plonk'], [2, 'Ivo Quux-Brevik']]],
  ];
  it.each(rows)('%s', (_n, md, expected) => expect(headings(md)).toEqual(expected));

  const negatives: Array<[string, string]> = [
    ['# in a fenced code block', '```bash\n# comment\n```'],
    ['# in a tilde fence', '~~~\n## not\n~~~'],
    ['# in a Liquid highlight block', '{% highlight yaml %}\n# not\n{% endhighlight %}'],
    ['hashtag without a space', '#hashtag'],
    ['heading inside a block quote', '> ## quoted'],
    ['heading inside an HTML comment', '<!--\n## hidden\n-->'],
    ['a thematic break after a blank line', 'text\n\n---'],
  ];
  it.each(negatives)('no heading for %s', (_n, md) => expect(headings(md)).toEqual([]));
});

describe('prose lines', () => {
  const rows: Array<[string, string, string[]]> = [
    ['block quotes', '> **NOTE** read this\n>\n> second', ['NOTE read this', 'second']],
    ['lists', '* one\n* two\n    * nested\n1. first', ['one', 'two', 'nested', 'first']],
    ['hard-wrapped paragraph joins', 'Kubernetes is a\ncontainer orchestrator.', ['Kubernetes is a container orchestrator.']],
    ['an italic run wrapped over two lines stays on one', 'The keynote *"Zorb: Start and Sustain\nPlonk Teams"* was given.', ['The keynote "Zorb: Start and Sustain Plonk Teams" was given.']],
    ['one sentence per line stays apart', 'First sentence here\nSecond sentence here.', ['First sentence here', 'Second sentence here.']],
    ['inline code dropped from prose', 'Run `kubectl get pods --all` now.', ['Run now.']],
    ['a bare identifier in code stays as a name', 'It uses `runC` to run.', ['It uses runC to run.']],
    ['figure title', '{{< figure src="a.jpg" title="Fluentd logging flow" >}}', ['Fluentd logging flow']],
    ['figure caption and alt', '{{< figure src="a.jpg" caption="The booth" alt="Photo of booth" >}}', ['The booth', 'Photo of booth']],
    ['paired shortcode keeps inner text', '{{% notice info %}}\nInside text\n{{% /notice %}}', ['Inside text']],
    ['a ref shortcode as a link definition keeps the definitions after it', 'See [Summit] and [Envoy].\n\n  [Summit]: {{% ref "/post/summit-2024" %}}\n    "The Summit"\n  [Envoy]: https://www.envoyproxy.io "Envoy Proxy"', ['See Summit and Envoy.']],
    ['img alt', '<img src="x.png" alt="Slide: Rust for Linux">', ['Slide: Rust for Linux']],
    ['markdown image alt', '![Yocto logo](yocto.png)', ['Yocto logo']],
    ['markdown image title as its own line', '![photo](talk.jpg "Ann Lee on stage")', ['photo', 'Ann Lee on stage']],
    ['HTML table cells', '<table><tr><td>eBPF</td><td>growing</td></tr></table>', ['eBPF', 'growing']],
    ['markdown table rows', '| Project | Status |\n|---|---|\n| Envoy | graduated |', ['Project | Status', 'Envoy | graduated']],
    ['other tags stripped', '<center>We took <b>photos</b>.</center>', ['We took photos.']],
    ['entities decoded', 'Tom &amp; Jerry', ['Tom & Jerry']],
    ['style block removed', '<style>iframe{display:block}</style>\nText', ['Text']],
    ['escapes', 'Not \\*emphasis\\*', ['Not *emphasis*']],
    ['snake_case kept', 'the kube_proxy_mode flag', ['the kube_proxy_mode flag']],
  ];
  it.each(rows)('%s', (_n, md, expected) => expect(lines(md)).toEqual(expected));

  it('drops fenced code entirely', () => {
    expect(lines('Before\n\n```\nconst secret = 1;\n```\n\nAfter')).toEqual(['Before', 'After']);
  });
});

describe('links and videos', () => {
  it('keeps link text in prose and records the link', () => {
    expect(lines('See [Notary](https://github.com/theupdateframework/notary).')).toEqual(['See Notary.']);
    expect(links('See [Notary](https://github.com/theupdateframework/notary).')).toEqual([{ text: 'Notary', href: 'https://github.com/theupdateframework/notary' }]);
  });
  it('resolves reference links, also defined after use', () => {
    const md = 'Read [the docs][d] and [Helm].\n\n[d]: https://docs.example.org\n[helm]: https://helm.sh';
    expect(links(md)).toEqual([{ text: 'the docs', href: 'https://docs.example.org' }, { text: 'Helm', href: 'https://helm.sh' }]);
    expect(lines(md)).toEqual(['Read the docs and Helm.']);
  });
  const anchorRows: Array<[string, string, Array<{ text: string; href: string }>]> = [
    ['an HTML anchor inside prose is a link', 'See <a href="https://zorb.io/" target="_blank">Zorb</a> and more.', [{ text: 'Zorb', href: 'https://zorb.io/' }]],
    ['an anchor wrapped over two lines keeps its whole text', 'A talk by <a href="https://example.org/u/1">Ann\nLee</a> on tests.', [{ text: 'Ann Lee', href: 'https://example.org/u/1' }]],
    ['two anchors in one line', '<a href="https://plonk.dev">plonk</a>, <a href="https://quux.dev">quux</a>', [{ text: 'plonk', href: 'https://plonk.dev' }, { text: 'quux', href: 'https://quux.dev' }]],
    ['an anchor with no href is no link', 'Jump <a name="top">here</a> now.', []],
    ['a closing tag with no opening one is no link', 'Stray </a> tag.', []],
  ];
  it.each(anchorRows)('%s', (_n, md, expected) => expect(links(md)).toEqual(expected));
  it('an HTML anchor keeps its text in the prose', () => {
    expect(lines('See <a href="https://zorb.io/">Zorb</a> and more.')).toEqual(['See Zorb and more.']);
  });
  it('records bare and autolinked URLs', () => {
    expect(links('Go to https://example.org/a. Or <https://b.example.org>').map((l) => l.href)).toEqual(['https://example.org/a', 'https://b.example.org']);
  });
  const videoRows: Array<[string, string, string[]]> = [
    ['nocookie iframe', '<iframe src="https://www.youtube-nocookie.com/embed/Z3aBWkNXnhw"></iframe>', ['Z3aBWkNXnhw']],
    ['youtube iframe', "<iframe width=560 src='https://www.youtube.com/embed/zPOlDe-J9ZA?rel=0'></iframe>", ['zPOlDe-J9ZA']],
    ['shortcode positional', '{{< youtube pqoDF4QCRy8 >}}', ['pqoDF4QCRy8']],
    ['shortcode named', '{{< youtube id="mfFtfaulCtg" autoplay="true" >}}', ['mfFtfaulCtg']],
    ['liquid tag', '{% youtube 5U-6sxR5DaQ %}', ['5U-6sxR5DaQ']],
    ['watch link', '[Video](https://www.youtube.com/watch?v=NElaNl1Kwkw&t=10)', ['NElaNl1Kwkw']],
    ['youtu.be link', 'https://youtu.be/NVa8xR4Eyj8', ['NVa8xR4Eyj8']],
    ['a playlist player is not a video', '<iframe src="https://www.youtube.com/embed/videoseries?list=PLj6h78yzYM2P"></iframe>', []],
    ['a playlist is not a video', '[List](https://www.youtube.com/playlist?list=PLj6h78yzYM2P-3-xqvmWaZbbI1sW-ulZb)', []],
    ['a vimeo iframe is not a YouTube video', '<iframe src="https://player.vimeo.com/video/123"></iframe>', []],
    ['AMP player', '<amp-youtube data-videoid="mxqdVO462HU" layout="responsive"></amp-youtube>', ['mxqdVO462HU']],
    ['AMP player wrapped over lines, its ">" opening the last', '<amp-youtube\n    data-videoid="mxqdVO462HU"\n    layout="responsive"\n></amp-youtube>', ['mxqdVO462HU']],
    ['lite player', '<lite-youtube videoid="9Htdhz6Op1I"></lite-youtube>', ['9Htdhz6Op1I']],
    ['an AMP player without a YouTube id', '<amp-youtube data-videoid="not an id"></amp-youtube>', []],
  ];
  it('keeps every later line\'s number when it joins a wrapped embed tag', () => {
    const blocks = normaliseMarkdown('<iframe\n  src="https://www.youtube.com/embed/Z3aBWkNXnhw"\n></iframe>\n\n## Next\n\nText').blocks;
    const text = blocks.find((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text' && b.text === 'Text');
    expect(text?.line).toBe(7);
  });
  it.each(videoRows)('%s', (_n, md, expected) => expect(videos(md)).toEqual(expected));
});

describe('broken markup', () => {
  it('warns about an unclosed fence: code up to the next blank line, the rest read as text', () => {
    const result = normaliseMarkdown('# A\n```\nconst x = 1;\n# comment\n\n## B\ntext');
    expect(result.warnings.some((w) => /unclosed code fence at line 2/.test(w))).toBe(true);
    const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(['A', 'B']);
    expect(result.blocks.flatMap((b) => (b.kind === 'text' ? b.lines : []))).toEqual(['text']);
  });
  it('warns about an unclosed shortcode and keeps the following text', () => {
    const result = normaliseMarkdown('{{< youtube abcdefghijk\n\nText after.');
    expect(result.warnings.some((w) => /unclosed shortcode at line 1/.test(w))).toBe(true);
    expect(result.blocks.flatMap((b) => (b.kind === 'text' ? b.lines : []))).toEqual(['Text after.']);
  });
  it('joins a shortcode spread over several lines', () => {
    expect(lines('{{< figure src="a.jpg"\n    title="Multi line title" >}}')).toEqual(['Multi line title']);
  });
});

describe('HTML tables', () => {
  const rows = (md: string): Array<{ cells: string[] | undefined; header: string[] | undefined }> =>
    normaliseMarkdown(md).blocks.flatMap((b) => (b.kind === 'text' && b.form === 'row' ? [{ cells: b.cells, header: b.header }] : []));

  it('reads a pasted table of rows as table rows with cells, its links kept', () => {
    const md = '<table width="552">\n<tbody>\n<tr>\n<td data-x="[null,3]">9:00 am</td>\n<td>Zorbs at <a href="https://zorb.example/s">Scale</a></td>\n<td>Maria Gonzalez</td>\n</tr>\n<tr>\n<td>9:30 am</td>\n<td>Plonk | Quux</td>\n<td>Ivo Brevik</td>\n</tr>\n</tbody>\n</table>';
    expect(rows(md)).toEqual([
      { cells: ['9:00 am', 'Zorbs at Scale', 'Maria Gonzalez'], header: ['', '', ''] },
      { cells: ['9:30 am', 'Plonk | Quux', 'Ivo Brevik'], header: ['', '', ''] },
    ]);
    expect(links(md)).toEqual([{ text: 'Scale', href: 'https://zorb.example/s' }]);
  });

  it('takes a row of header cells as the header', () => {
    const md = '<table><tr><th>Time</th><th>Title</th></tr><tr><td>9:00</td><td>Zorbs</td></tr><tr><td>9:30</td><td>Plonk</td></tr></table>';
    expect(rows(md).map((r) => [r.cells, r.header])).toEqual([[['Time', 'Title'], undefined], [['9:00', 'Zorbs'], ['Time', 'Title']], [['9:30', 'Plonk'], ['Time', 'Title']]]);
  });

  it.each([
    ['a nested table', '<table><tr><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table></td></tr><tr><td>c</td></tr></table>'],
    ['a table of one row', '<table><tr><td>eBPF</td><td>growing</td></tr></table>'],
    ['a table inside code', '<pre><table><tr><td>a</td></tr><tr><td>b</td></tr></table></pre>'],
  ])('leaves %s as flat text', (_n, md) => expect(rows(md)).toEqual([]));
});
