// pacedText: express.text's contract (whole text, 413 past the limit, 415 for an unknown charset, compressed bodies
// inflated), read a bounded piece per turn of the event loop.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../../../server/error-handler.ts';
import { PACE_BYTES, pacedText } from '../../../server/paced-text-body.ts';

function app(limit: number) {
  const a = express();
  a.post('/echo', pacedText({ types: ['text/markdown'], limit }), (req, res) => {
    res.json({ type: typeof req.body, text: req.body as unknown });
  });
  a.use(errorHandler(() => undefined));
  return a;
}

describe('pacedText', () => {
  it('reads a body many paces long whole, multi-byte characters cut by chunk edges included', async () => {
    const text = 'Ünïcödé — 東京 🎉 line\n'.repeat(Math.ceil((3 * PACE_BYTES) / 20));
    const res = await request(app(5 * 1024 * 1024)).post('/echo').set('content-type', 'text/markdown').send(text);
    expect(res.status).toBe(200);
    expect(res.body.text).toBe(text);
  });

  it('leaves other content types to the next parser', async () => {
    const res = await request(app(1024)).post('/echo').set('content-type', 'text/plain').send('hello');
    expect(res.body.type).toBe('undefined');
  });

  it('answers 413 past the limit, declared or not, without resetting the connection', async () => {
    const big = 'x'.repeat(4096);
    const declared = await request(app(1024)).post('/echo').set('content-type', 'text/markdown').send(big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('payload_too_large');
    // Chunked, no Content-Length: the limit is met while reading, and the client still gets the answer.
    const server = app(1024).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = httpRequest({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST', path: '/echo', headers: { 'content-type': 'text/markdown' } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on('error', reject);
        req.write(big);
        req.end(big);
      });
      expect(status).toBe(413);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('decodes the declared charset and refuses one it does not know with 415', async () => {
    const latin1 = Buffer.from('café', 'latin1');
    const ok = await request(app(1024)).post('/echo').set('content-type', 'text/markdown; charset=iso-8859-1').send(latin1);
    expect(ok.body.text).toBe('café');
    const unknown = await request(app(1024)).post('/echo').set('content-type', 'text/markdown; charset=x-no-such').send('abc');
    expect(unknown.status).toBe(415);
    expect(unknown.body.error.code).toBe('unsupported_encoding');
  });

  it('inflates a gzip-encoded body as express.text does', async () => {
    const res = await request(app(1024)).post('/echo').set('content-type', 'text/markdown').set('content-encoding', 'gzip').send(gzipSync('# Title\n'));
    expect(res.body.text).toBe('# Title\n');
  });
});
