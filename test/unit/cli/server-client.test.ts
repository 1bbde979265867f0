// The CLI's client of a running app: it waits out the app's rate limit instead of failing, and says so; errors are one line.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerClient, ServerError } from '../../../cli/server-client.ts';

let server: Server;
let url = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/api/cypher' && hits === 1) {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests.' } }));
      return;
    }
    if (req.url === '/api/cypher') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ columns: ['n'], rows: [{ n: 1 }], truncated: false, elements: { nodes: [], edges: [] } }));
      return;
    }
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'writes_disabled', message: 'adding posts is off.' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('ServerClient', () => {
  it('waits for the rate limit as the app asks, then gets the rows', async () => {
    const said: string[] = [];
    const client = new ServerClient(`${url}/`, (line) => said.push(line));
    const result = await client.query('MATCH (n) RETURN 1 AS n', {});
    expect(result).toEqual({ columns: ['n'], rows: [{ n: 1 }], truncated: false });
    expect(hits).toBe(2);
    expect(said).toEqual(["the app's rate limit: waiting 1 s"]);
  });

  it('turns an error answer into one line with the status and the app\'s message', async () => {
    const client = new ServerClient(url);
    await expect(client.addPost('# x', 'x.md', undefined, undefined)).rejects.toThrow(new ServerError(`the server at ${url} answered 403: adding posts is off.`));
  });

  it('says when the app cannot be reached', async () => {
    await expect(new ServerClient('http://127.0.0.1:9').graph()).rejects.toThrow(/cannot reach the confgraph server at http:\/\/127\.0\.0\.1:9/);
  });
});
