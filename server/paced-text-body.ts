/**
 * A text body parser that reads a large upload a bounded piece at a time. express.text reads a 5 MB post as fast as the
 * socket gives it (up to 32 reads of 64 KB per turn of the event loop, each parsed, decoded and appended as a string
 * piece), then the first check flattens the resulting rope: bench/ingest-stalls.mjs found that the main thread's
 * largest own piece of work on a post (12-16 ms of CPU at once, as the body starts to arrive). Here the request is
 * read in paused mode with a turn of the event loop after every PACE_BYTES, and decoded once, from one buffer, at the
 * end. Its errors carry body-parser's `type`, `status` and `limit`, so the app's error handler answers them alike.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MIMEType } from 'node:util';
import express from 'express';
import type { Request, RequestHandler } from 'express';

/** Bytes read between two turns of the event loop: a few 64 KB socket reads, well under a millisecond of work. */
export const PACE_BYTES = 256 * 1024;

function bodyError(message: string, status: number, type: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true }, extra);
}

function charsetOf(req: Request): string {
  try {
    return new MIMEType(req.headers['content-type'] ?? '').params.get('charset') ?? 'utf-8';
  } catch {
    return 'utf-8';
  }
}

/** The whole body as one buffer; over `limit` bytes it stops reading (without destroying the request) and rejects. */
function readPaced(req: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let sinceTurn = 0;
    let waiting = false;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      req.off('readable', drain).off('end', onEnd).off('error', onError).off('aborted', onAborted);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    function drain(): void {
      if (waiting || settled) return;
      for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) {
        size += chunk.length;
        if (size > limit) return settle(bodyError('request entity too large', 413, 'entity.too.large', { limit, length: size }));
        chunks.push(chunk);
        sinceTurn += chunk.length;
        if (sinceTurn >= PACE_BYTES) {
          // What arrives meanwhile stays in the stream's buffer (and then the socket's): read on the next turn.
          sinceTurn = 0;
          waiting = true;
          void nextTurn().then(() => {
            waiting = false;
            drain();
          });
          return;
        }
      }
    }
    const onEnd = () => settle(null);
    const onError = (error: Error) => settle(bodyError(error.message, 400, 'request.aborted'));
    const onAborted = () => settle(bodyError('request aborted', 400, 'request.aborted'));
    req.on('readable', drain).on('end', onEnd).on('error', onError).on('aborted', onAborted);
  });
}

/**
 * express.text's contract for `types` up to `limit` bytes (413 past it, 415 for a charset it cannot decode), read paced.
 * A compressed body (Content-Encoding) is left to express.text, which inflates it.
 */
export function pacedText({ types, limit }: { types: string[]; limit: number }): RequestHandler {
  const inflating = express.text({ type: types, limit });
  return async (req, res, next) => {
    if (!req.is(types)) return next();
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return inflating(req, res, next);
    const declared = Number(req.headers['content-length']);
    if (declared > limit) return next(bodyError('request entity too large', 413, 'entity.too.large', { limit, length: declared }));
    let decode: (bytes: Buffer) => string;
    try {
      const decoder = new TextDecoder(charsetOf(req));
      decode = (bytes) => decoder.decode(bytes);
    } catch {
      return next(bodyError(`unsupported charset "${charsetOf(req).toUpperCase()}"`, 415, 'charset.unsupported', { charset: charsetOf(req) }));
    }
    try {
      const bytes = await readPaced(req, limit);
      await nextTurn();
      req.body = decode(bytes);
      next();
    } catch (error) {
      next(error);
    }
  };
}
