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
    // Non-strict routing: /posts/<slug>/ (the links' form) matches too.
    router.get('/posts/:slug', (req, res) => {
      const slug = String(req.params.slug);
      const markdown = options.postArchive?.read(slug) ?? null;
      if (markdown === null) throw notFound(`No stored post "${slug}".`);
      res.type('html').send(renderPostPage(markdown));
    });
  },
};
