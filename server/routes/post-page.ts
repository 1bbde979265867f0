/** GET /posts/:slug (and /posts/:slug/): a stored post rendered (render-post.ts), the target of the section and evidence links of posts without a URL of their own. */
import type { RouteModule } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPostPage } from '../render-post.ts';

export const postPageRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/posts/{slug}',
      summary: 'A stored post as an HTML page; heading ids are the anchors of its talks\' urls',
      responses: {
        200: { description: 'The post', content: { 'text/html': { schema: { type: 'string' } } } },
        404: { description: 'No post by that slug', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    },
  ],
  mount(router, { options }) {
    // Rendering a large post takes a while (about 2 s for 5 MB): each page is rendered once per version of its markdown.
    const rendered = new Map<string, { markdown: string; html: string }>();
    // Non-strict routing: /posts/<slug>/ (the links' form) matches too.
    router.get('/posts/:slug', (req, res) => {
      const slug = String(req.params.slug);
      const markdown = options.postArchive?.read(slug) ?? null;
      if (markdown === null) throw notFound(`No stored post "${slug}".`);
      let page = rendered.get(slug);
      if (page?.markdown !== markdown) {
        page = { markdown, html: renderPostPage(markdown) };
        rendered.set(slug, page);
      }
      res.type('html').send(page.html);
    });
  },
};
