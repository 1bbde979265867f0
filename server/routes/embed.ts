/** GET /embed: the embeddable graph page (web/dist/embed.html, built by the web app), framable by the configured ancestors. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RouteModule } from '../context.ts';
import { HttpError } from '../http-error.ts';

export const embedRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/embed',
      summary: 'The embeddable graph view (HTML), framable by CONFGRAPH_FRAME_ANCESTORS',
      responses: { 200: { description: 'The embed page', content: { 'text/html': { schema: { type: 'string' } } } } },
    },
  ],
  mount(router, { options }) {
    router.get('/embed', (_req, res) => {
      const file = options.webDist ? path.join(options.webDist, 'embed.html') : null;
      if (!file || !existsSync(file)) throw new HttpError(404, 'not_built', 'The embed page is not built; run `npm run build`.');
      res.sendFile(file);
    });
  },
};
