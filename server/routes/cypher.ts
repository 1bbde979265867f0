/** POST /api/cypher: a user's Cypher, run read-only (the engine's plan must only read) with a timeout, a row and a byte cap; rows plus the graph elements found in them. */
import express from 'express';
import { QueryTimeoutError, StoreUnavailableError } from '../../store/errors.ts';
import type { RouteModule } from '../context.ts';
import { elementsFromRows } from '../elements-from-rows.ts';
import { limiter } from '../rate-limit.ts';
import { ErrorBody, errorResponses } from '../schemas/common.ts';
import { CypherRequest, CypherResult } from '../schemas/cypher.ts';

const json = (schema: typeof ErrorBody, description: string) => ({ description, content: { 'application/json': { schema } } });

export const cypherRoutes: RouteModule = {
  docs: [
    {
      method: 'post',
      path: '/api/cypher',
      summary: 'Run read-only Cypher (timeout, row and byte caps); writes, files, URLs and admin commands are refused with 403',
      request: { body: { content: { 'application/json': { schema: CypherRequest } } } },
      responses: {
        200: { description: 'Rows and the graph elements found in them', content: { 'application/json': { schema: CypherResult } } },
        ...errorResponses,
        403: json(ErrorBody, 'The query tried to write'),
        408: json(ErrorBody, 'The query ran past its timeout'),
        413: json(ErrorBody, 'The body is too large'),
        422: json(ErrorBody, 'The answer outgrew its byte cap, or the query its memory cap'),
        429: json(ErrorBody, 'Rate limit hit'),
      },
    },
  ],
  mount(router, { store, options }) {
    router.post(
      '/api/cypher',
      limiter(options.rateLimit.windowMs, options.rateLimit.cypherMax, 'Cypher'),
      express.json({ limit: options.maxJsonBytes }),
      async (req, res) => {
        const { query, params } = CypherRequest.parse(req.body ?? {});
        const result = await store.runReadOnly(query, params, options.cypher).catch(async (error: unknown) => {
          // A driver that keeps retrying an unreachable server ends in a timeout: that is an outage, not a slow query.
          if (error instanceof QueryTimeoutError && !(await store.health().catch(() => false))) {
            throw new StoreUnavailableError(`the ${store.kind} store did not answer`, { cause: error });
          }
          throw error;
        });
        res.json({ columns: result.columns, rows: result.rows, truncated: result.truncated, elements: elementsFromRows(result.rows) });
      },
    );
  },
};
