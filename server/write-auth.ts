/**
 * Who may write (POST /api/posts). With CONFGRAPH_WRITE_TOKEN set, every write needs `Authorization: Bearer <token>`
 * (401 otherwise). Without a token, writes are open only while the server listens on loopback; a server reachable
 * from other machines refuses them (403) rather than letting anyone on the network change the graph.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

/** Loopback listen addresses: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface WriteAuthOptions {
  /** The address the server listens on (HOST, default 127.0.0.1). */
  host: string;
  /** CONFGRAPH_WRITE_TOKEN, or null when unset. */
  token: string | null;
}

export function requireWriteToken({ host, token }: WriteAuthOptions): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      if (isLoopbackHost(host)) return next();
      return next(new HttpError(403, 'writes_disabled', 'This server listens beyond loopback and has no CONFGRAPH_WRITE_TOKEN: adding posts is off.'));
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (\S+)$/i.exec(header.trim());
    if (match?.[1] && sameToken(match[1], token)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="confgraph"');
    return next(new HttpError(401, 'unauthorized', 'Adding posts needs Authorization: Bearer <CONFGRAPH_WRITE_TOKEN>.'));
  };
}
