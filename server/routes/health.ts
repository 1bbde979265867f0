/** GET /api/health: 200 when the store answers, 503 (with the reason) when it does not. */
import type { RouteModule } from '../context.ts';
import { Health } from '../schemas/health.ts';

export const healthRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/health',
      summary: 'Whether the graph store is reachable',
      responses: {
        200: { description: 'The store answers', content: { 'application/json': { schema: Health } } },
        503: { description: 'The store cannot be reached', content: { 'application/json': { schema: Health } } },
      },
    },
  ],
  mount(router, { store }) {
    router.get('/api/health', async (_req, res) => {
      const ok = await store.health().catch(() => false);
      if (ok) {
        res.json({ ok: true, store: store.kind });
        return;
      }
      res.status(503).set('Retry-After', '5').json({
        ok: false,
        store: store.kind,
        error: { code: 'store_unavailable', message: `The ${store.kind} graph store is not reachable.` },
      });
    });
  },
};
