/**
 * Cross-site write protection for POST /api/posts. A page on another origin can send a no-cors
 * `fetch` with a CORS-safelisted content type (text/plain, form encodings) without any preflight,
 * so such a request planted a talk in the graph. Refused here: a body that is not JSON or markdown
 * (415; neither can be sent cross-site without a preflight, which this server never grants), a
 * browser request marked `Sec-Fetch-Site: cross-site`/`same-site`, and an `Origin` other than this
 * server's own (403). Requests without these headers (curl, the CLI, server-to-server) pass.
 */
import type { Request, RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

export const POST_BODY_TYPES = ['application/json', 'text/markdown', 'text/x-markdown'];

/** True when `origin` names the host this request was addressed to (the scheme is left out: a TLS proxy in front changes it). */
function isOwnOrigin(req: Request, origin: string): boolean {
  const host = req.get('host')?.toLowerCase();
  try {
    return host !== undefined && new URL(origin).host.toLowerCase() === host;
  } catch {
    // `null` (sandboxed frames, file: pages) and anything unparsable are foreign.
    return false;
  }
}

export function sameOriginWrites(): RequestHandler {
  return (req, _res, next) => {
    const site = req.get('sec-fetch-site')?.toLowerCase();
    if (site === 'cross-site' || site === 'same-site') {
      next(new HttpError(403, 'cross_site_write', 'Posts can only be added from this site itself, not from another site.'));
      return;
    }
    const origin = req.get('origin');
    if (origin !== undefined && !isOwnOrigin(req, origin)) {
      next(new HttpError(403, 'cross_site_write', `Posts can only be added from this site itself; the request came from ${origin.slice(0, 200)}.`));
      return;
    }
    if (!req.is(POST_BODY_TYPES)) {
      next(new HttpError(415, 'unsupported_media_type', 'Send the post as text/markdown, or as JSON {"markdown": "..."} (application/json).'));
      return;
    }
    next();
  };
}
