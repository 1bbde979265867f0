// A stored post as a page: heading ids are the extractor's anchors, and nothing in the markdown can run or link to code.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extractor/index.ts';
import { renderPostBody, renderPostPage } from '../../../server/render-post.ts';

const post = [
  '---',
  'title: "FooConf <script>alert(1)</script>"',
  '---',
  '## Talks',
  '### Scaling Things - Ann Lee, Acme',
  '{{< youtube AAAAAAAAAAA >}}',
  'Kubernetes is great. <script>alert(2)</script> <img src=x onerror=alert(3)>',
  '[click](javascript:alert(4)) [ok](https://kubernetes.io/)',
  '### Scaling Things - Ann Lee, Acme',
  'The same heading twice.',
  '### Custom {#my-id}',
  'Text.',
].join('\n');

describe('renderPostBody', () => {
  it('gives each heading the anchor its talk url ends with', () => {
    const html = renderPostBody(post);
    const graph = extract(post, { baseUrl: '/posts/fooconf/' });
    const anchors = graph.elements.nodes.flatMap((n) => (n.data.type === 'Talk' ? [n.data.url.split('#')[1] ?? ''] : []));
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(html).toContain(` id="${anchor}"`);
    expect(html).toContain('<h3 id="scaling-things---ann-lee-acme">');
    expect(html).toContain('<h3 id="scaling-things---ann-lee-acme-1">');
    expect(html).toContain('<h3 id="my-id">Custom</h3>');
  });

  it('shows raw HTML as text and drops script links', () => {
    const html = renderPostPage(post);
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain("&lt;img src=x onerror=alert(3)&gt;");
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<title>FooConf &#60;script&#62;alert(1)&#60;/script&#62; · confgraph</title>');
    expect(html).toContain('<a href="https://kubernetes.io/">ok</a>');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=AAAAAAAAAAA">');
  });
});
