/**
 * Load generator for api.bench.ts, in its own thread so it does not share the server's event loop:
 * `connections` keep-alive connections, each sending the next path as soon as the last answer arrived.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadRequest {
  origin: string;
  paths: string[];
  connections: number;
  durationMs: number;
}
export interface LoadResult {
  latenciesMs: number[];
  errors: number;
  non2xx: number;
  elapsedMs: number;
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function run({ origin, paths, connections, durationMs }: LoadRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latenciesMs: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const connection = async () => {
    while (performance.now() < deadline) {
      const path = paths[next++ % paths.length]!;
      const t0 = performance.now();
      try {
        const status = await get(agent, origin + path);
        latenciesMs.push(performance.now() - t0);
        if (status < 200 || status >= 300) non2xx++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { latenciesMs, errors, non2xx, elapsedMs };
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as LoadRequest).then((result) => port.postMessage(result));
}
