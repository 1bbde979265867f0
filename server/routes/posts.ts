/** POST /api/posts: add a markdown post (text/markdown, or JSON {markdown, source, baseUrl}); extracted, merged, summarized. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import express from 'express';
import type { Request } from 'express';
import type { RouteModule } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { checkPost, type PostInput } from '../post-input.ts';
import { pacedText } from '../paced-text-body.ts';
import { limiter } from '../rate-limit.ts';
import { sameOriginWrites } from '../same-origin-writes.ts';
import { InvalidGraphError } from '../../store/errors.ts';
import type { PreparedPost } from '../prepared-post.ts';
import { ErrorBody, errorResponses } from '../schemas/common.ts';
import { PostJson, PostQuery, PostSummary } from '../schemas/posts.ts';
import { z } from '../schemas/zod.ts';

const MARKDOWN_TYPES = ['text/markdown', 'text/x-markdown'];

function readInput(req: Request): PostInput {
  if (req.is('application/json')) {
    const { markdown, source, baseUrl } = PostJson.parse(req.body ?? {});
    return { markdown, ...(source ? { source } : {}), ...(baseUrl ? { baseUrl } : {}) };
  }
  if (req.is(MARKDOWN_TYPES) && typeof req.body === 'string') {
    const { source, baseUrl } = PostQuery.parse(req.query);
    return { markdown: req.body, ...(source ? { source } : {}), ...(baseUrl ? { baseUrl } : {}) };
  }
  throw new HttpError(415, 'unsupported_media_type', 'Send the post as text/markdown, or as JSON {"markdown": "..."}.');
}

export const postsRoutes: RouteModule = {
  docs: [
    {
      method: 'post',
      path: '/api/posts',
      summary: 'Add a markdown post (<= 5 MB): extracted and merged into the graph',
      request: {
        query: PostQuery,
        body: { content: { 'application/json': { schema: PostJson }, 'text/markdown': { schema: z.string() } } },
      },
      responses: {
        201: { description: 'What was extracted and loaded', content: { 'application/json': { schema: PostSummary } } },
        ...errorResponses,
        413: { description: 'The post is larger than 5 MB', content: { 'application/json': { schema: ErrorBody } } },
        403: { description: 'Sent from another site (Origin or Sec-Fetch-Site)', content: { 'application/json': { schema: ErrorBody } } },
        415: { description: 'Neither JSON nor text/markdown', content: { 'application/json': { schema: ErrorBody } } },
        422: { description: 'The post could not be extracted', content: { 'application/json': { schema: ErrorBody } } },
        429: { description: 'Rate limit hit', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  ],
  mount(router, { store, options, graphChanged }) {
    // JSON escaping makes a 5 MB post somewhat larger on the wire; the markdown itself is checked exactly below.
    const jsonLimit = Math.ceil(options.maxPostBytes * 1.1) + 4096;
    router.post(
      '/api/posts',
      limiter(options.rateLimit.windowMs, options.rateLimit.postsMax, 'post upload'),
      sameOriginWrites(),
      express.json({ limit: jsonLimit }),
      pacedText({ types: MARKDOWN_TYPES, limit: options.maxPostBytes }),
      async (req, res) => {
        // The main thread's own work on a 5 MB post, after reading it (paced-text-body.ts): checkPost scans the text
        // (~1-4 ms) and handing it to the worker copies it (~3-7 ms). A turn of the event loop before each lets waiting
        // requests (/api/health) in between instead of one burst with the body parser's end (bench/ingest-stalls.mjs).
        await nextTurn();
        const input = checkPost(readInput(req), options.maxPostBytes);
        await nextTurn();
        let prepared: PreparedPost;
        try {
          // Extracted, checked and batched for the store together: in npm start's worker thread (worker-extract.ts).
          prepared = await options.prepare(input.markdown, { ...(input.source ? { source: input.source } : {}), ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}) });
        } catch (error) {
          // A graph that does not fit the schema is the store's 400, as when load() itself refuses it.
          if (error instanceof InvalidGraphError) throw error;
          options.logError(error);
          throw new HttpError(422, 'extraction_failed', `The post could not be read as a conference write-up: ${error instanceof Error ? error.message : String(error)}`);
        }
        const load = await store.loadPlanned(prepared.plan).finally(graphChanged);
        res.status(201).json({ ...prepared.summary, load });
      },
    );
  },
};
