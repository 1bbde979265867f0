/**
 * Maps every failure to `{ error: { code, message } }` with the right status. Typed store errors are
 * matched by class (never by message); anything unexpected is a 500 whose details stay in the log.
 * A database that is down, out of memory or that ended the transaction is a 503 with Retry-After,
 * and its body never carries the driver's words (addresses, ports): those go to the log.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import {
  InvalidGraphError,
  InvalidParamsError,
  QueryLimitError,
  QuerySyntaxError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreOverloadedError,
  StoreUnavailableError,
  TransactionTerminatedError,
  UnknownQueryError,
} from '../store/errors.ts';
import { HttpError } from './http-error.ts';

export interface ErrorReply {
  status: number;
  code: string;
  message: string;
  /** Seconds a client should wait before trying again (the Retry-After header of a 503). */
  retryAfter?: number;
}

function zodMessage(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** body-parser's errors carry a `type` and an `expose`d status. */
function parserError(error: unknown): ErrorReply | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, status, limit } = error as { type?: unknown; status?: unknown; limit?: unknown };
  if (type === 'entity.too.large') {
    return { status: 413, code: 'payload_too_large', message: `The request body is larger than the limit of ${String(limit)} bytes.` };
  }
  if (type === 'entity.parse.failed') return { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON.' };
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { status: 415, code: 'unsupported_encoding', message: 'The request body encoding is not supported; send UTF-8.' };
  }
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'bad_request', message: 'The request body could not be read.' };
  }
  // Client errors Express raises itself: a malformed %-escape in the path (a URIError), or ones marked safe to show.
  const { expose, message } = error as { expose?: unknown; message?: unknown };
  if ((expose === true || error instanceof URIError) && typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: 'bad_request', message: typeof message === 'string' && message ? message : 'Bad request.' };
  }
  return null;
}

export function toErrorReply(error: unknown): ErrorReply | null {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof ZodError) return { status: 400, code: 'invalid_input', message: zodMessage(error) };
  if (error instanceof ReadOnlyViolationError) {
    return { status: 403, code: 'read_only', message: `The graph is read-only here; the query was refused: ${error.message}` };
  }
  if (error instanceof QueryTimeoutError) return { status: 408, code: 'query_timeout', message: error.message };
  if (error instanceof QueryLimitError) return { status: 422, code: 'query_limit', message: `The query was stopped by a resource limit: ${error.message}` };
  if (error instanceof QuerySyntaxError) return { status: 400, code: 'query_syntax', message: error.message };
  if (error instanceof UnknownQueryError) return { status: 404, code: 'unknown_query', message: error.message };
  if (error instanceof InvalidParamsError) return { status: 400, code: 'invalid_params', message: error.message };
  if (error instanceof InvalidGraphError) return { status: 400, code: 'invalid_graph', message: error.message };
  if (error instanceof StoreOverloadedError) {
    return { status: 503, code: 'store_overloaded', message: 'The graph database is out of memory for the moment. Try again shortly.', retryAfter: 10 };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      status: 503,
      code: 'store_unavailable',
      message: 'The graph database cannot be reached right now. Try again in a moment; GET /api/health shows when it is back.',
      retryAfter: 5,
    };
  }
  if (error instanceof TransactionTerminatedError) {
    return { status: 503, code: 'transaction_terminated', message: 'The graph database terminated the transaction before it finished; nothing of it was kept. Try again.', retryAfter: 1 };
  }
  return parserError(error);
}

export function errorHandler(logError: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const reply = toErrorReply(error);
    // The details of an outage (which address, which driver error) are for the operator's log, not the client.
    if (reply === null || reply.status === 503) logError(error);
    const { status, code, message, retryAfter } = reply ?? { status: 500, code: 'internal', message: 'Internal server error.' };
    if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
    res.status(status).json({ error: { code, message } });
  };
}

/** Unknown routes under /api answer JSON, not Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route ${req.method} ${req.path}.` } });
};
