/** Per-client rate limits for the expensive routes, answering 429 in the API's JSON error shape. */
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';

export function limiter(windowMs: number, limit: number, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        error: { code: 'rate_limited', message: `Too many ${what} requests; at most ${limit} per ${Math.round(windowMs / 1000)} s. Try again shortly.` },
      });
    },
  });
}
