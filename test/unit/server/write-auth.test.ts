// Who may add posts: open on loopback without a token, 403 beyond loopback without one, 401 without the right bearer token.
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../../../server/error-handler.ts';
import { isLoopbackHost, requireWriteToken, type WriteAuthOptions } from '../../../server/write-auth.ts';

function app(auth: WriteAuthOptions) {
  const a = express();
  a.post('/api/posts', requireWriteToken(auth), (_req, res) => {
    res.status(201).json({ written: true });
  });
  a.use(errorHandler(() => undefined));
  return a;
}

describe('requireWriteToken', () => {
  it.each([
    ['loopback, no token: open', { host: '127.0.0.1', token: null }, undefined, 201],
    ['localhost, no token: open', { host: 'localhost', token: null }, undefined, 201],
    ['all interfaces, no token: writes are off', { host: '0.0.0.0', token: null }, undefined, 403],
    ['all interfaces, no token, a bearer sent anyway: still off', { host: '::', token: null }, 'Bearer guess', 403],
    ['all interfaces, token, none sent', { host: '0.0.0.0', token: 's3cret-token' }, undefined, 401],
    ['all interfaces, token, wrong one', { host: '0.0.0.0', token: 's3cret-token' }, 'Bearer s3cret-tokem', 401],
    ['all interfaces, token, another scheme', { host: '0.0.0.0', token: 's3cret-token' }, 'Basic s3cret-token', 401],
    ['all interfaces, token, right one', { host: '0.0.0.0', token: 's3cret-token' }, 'Bearer s3cret-token', 201],
    ['loopback with a token set: the token is still required', { host: '127.0.0.1', token: 's3cret-token' }, undefined, 401],
  ] as const)('%s', async (_name, auth, header, status) => {
    const req = request(app(auth)).post('/api/posts');
    const res = await (header ? req.set('Authorization', header) : req);
    expect(res.status).toBe(status);
    if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    if (status >= 400) expect(res.body.error.code).toBe(status === 401 ? 'unauthorized' : 'writes_disabled');
  });

  it('tells loopback addresses from the others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '', '192.168.1.4', 'example.com', '127.0.0.1.example.com']) expect(isLoopbackHost(host), host).toBe(false);
  });
});
