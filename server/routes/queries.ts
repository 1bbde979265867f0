/** GET /api/queries (the named query library, from the cypher/ file headers) and GET /api/queries/:name?param=... */
import type { RouteModule } from '../context.ts';
import { elementsFromRows } from '../elements-from-rows.ts';
import { badRequest, notFound } from '../http-error.ts';
import { findQuery, listQueries, type QueryInfo } from '../query-library.ts';
import { ErrorBody, errorResponses } from '../schemas/common.ts';
import { QueryInfoSchema, QueryName, QueryParams, QueryParamsDoc, NamedResult } from '../schemas/queries.ts';
import { z } from '../schemas/zod.ts';

/** Query strings are text: integer params are converted; the store validates every param against its header type. */
function coerce(info: QueryInfo, raw: Record<string, string>): Record<string, unknown> {
  const unknown = Object.keys(raw).filter((key) => !info.params.some((p) => p.name === key));
  if (unknown.length > 0) {
    throw badRequest(`Query "${info.name}" takes ${info.params.map((p) => p.name).join(', ') || 'no params'}; unknown: ${unknown.join(', ')}.`);
  }
  const params: Record<string, unknown> = {};
  for (const { name, type } of info.params) {
    const value = raw[name];
    if (value === undefined) continue;
    params[name] = type.startsWith('integer') && /^-?\d{1,9}$/.test(value) ? Number(value) : value;
  }
  return params;
}

export const queriesRoutes: RouteModule = {
  docs: [
    {
      method: 'get',
      path: '/api/queries',
      summary: 'The named queries with their parameters and columns',
      responses: { 200: { description: 'The query library', content: { 'application/json': { schema: z.object({ queries: z.array(QueryInfoSchema) }) } } } },
    },
    {
      method: 'get',
      path: '/api/queries/{name}',
      summary: 'Run a named query; parameters come from the query string',
      request: { params: QueryName, query: QueryParamsDoc },
      responses: {
        200: { description: 'Rows and the graph elements found in them', content: { 'application/json': { schema: NamedResult } } },
        ...errorResponses,
        404: { description: 'No such query', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  ],
  mount(router, { store }) {
    router.get('/api/queries', (_req, res) => {
      res.json({ queries: listQueries() });
    });
    router.get('/api/queries/:name', async (req, res) => {
      const { name } = QueryName.parse(req.params);
      const raw = QueryParams.parse(req.query);
      const info = findQuery(name);
      if (!info) throw notFound(`No named query "${name}"; GET /api/queries lists them.`);
      const params = coerce(info, raw);
      const result = await store.runNamed(name, params);
      res.json({ name, params, columns: result.columns, rows: result.rows, truncated: false, elements: elementsFromRows(result.rows) });
    });
  },
};
