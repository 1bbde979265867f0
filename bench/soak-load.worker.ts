/**
 * Load generator for soak.bench.ts, in its own thread: `connections` keep-alive connections, each sending a mix of
 * reads, post uploads and hostile queries back to back. Every `windowMs` it posts that window's latencies per class
 * (p50/p99), its request count and the answers of the wrong kind (a read or upload that is not 2xx, a hostile query
 * that is not 4xx), then forgets them, so the generator's own memory stays flat.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export type SoakClass = 'read' | 'upload' | 'hostile';

export interface SoakRequest {
  cls: SoakClass;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
}

export interface SoakLoad {
  origin: string;
  /** The mix, drawn round-robin; repeat an entry to weight it. */
  requests: SoakRequest[];
  connections: number;
  durationMs: number;
  windowMs: number;
}

export interface SoakWindow {
  /** Seconds since the start, at the end of the window. */
  t_s: number;
  requests: number;
  p50_ms: Record<SoakClass, number | null>;
  p99_ms: Record<SoakClass, number | null>;
  /** Answers of the wrong kind, per class, and connection errors. */
  wrong: Record<SoakClass, number>;
  errors: number;
  /** A few of the wrong answers, for the report. */
  examples: string[];
}

function send(agent: http.Agent, origin: string, r: SoakRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(origin + r.path, { agent, method: r.method, headers: r.body ? { 'content-type': r.contentType ?? 'application/json' } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

function pct(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[rank] ?? 0) * 100) / 100;
}

async function run({ origin, requests, connections, durationMs, windowMs }: SoakLoad, post: (w: SoakWindow) => void): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const fresh = () => ({ latencies: { read: [] as number[], upload: [] as number[], hostile: [] as number[] }, wrong: { read: 0, upload: 0, hostile: 0 }, errors: 0, examples: [] as string[] });
  let window = fresh();
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const flush = () => {
    const w = window;
    window = fresh();
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const s = { read: sorted(w.latencies.read), upload: sorted(w.latencies.upload), hostile: sorted(w.latencies.hostile) };
    post({
      t_s: Math.round((performance.now() - started) / 100) / 10,
      requests: s.read.length + s.upload.length + s.hostile.length,
      p50_ms: { read: pct(s.read, 50), upload: pct(s.upload, 50), hostile: pct(s.hostile, 50) },
      p99_ms: { read: pct(s.read, 99), upload: pct(s.upload, 99), hostile: pct(s.hostile, 99) },
      wrong: w.wrong,
      errors: w.errors,
      examples: w.examples,
    });
  };
  const timer = setInterval(flush, windowMs);
  const connection = async () => {
    while (performance.now() < deadline) {
      const r = requests[next++ % requests.length]!;
      const t0 = performance.now();
      try {
        const status = await send(agent, origin, r);
        window.latencies[r.cls].push(performance.now() - t0);
        const right = r.cls === 'hostile' ? status >= 400 && status < 500 : status >= 200 && status < 300;
        if (!right) {
          window.wrong[r.cls]++;
          if (window.examples.length < 3) window.examples.push(`${status} ${r.method} ${r.path} ${(r.body ?? '').slice(0, 80)}`);
        }
      } catch {
        window.errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, connection));
  clearInterval(timer);
  flush();
  agent.destroy();
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as SoakLoad, (w) => port.postMessage({ window: w })).then(() => port.postMessage({ done: true }));
}
