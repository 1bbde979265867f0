/**
 * An ExtractFn and a PrepareFn that run the extractor in a worker thread, so a large post (seconds of CPU) never blocks
 * the event loop: /api/health and every other request keep being answered while it is read. `prepare` also checks and
 * batches the graph there (prepared-post.ts), so the main thread receives byte batches it decodes one at a time while
 * writing, never the whole graph at once. One worker, started on first use, takes the posts one after another; if it
 * dies, the waiting posts fail and the next one starts a new one.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extractor/passes/types.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { InvalidGraphError } from '../store/errors.ts';
import type { ExtractReply, ExtractRequest } from './extract-worker.ts';
import type { ExtractFn, PrepareFn } from './options.ts';
import type { PreparedPost } from './prepared-post.ts';

/** Compiled (dist/*.js) the worker is plain JavaScript; from the sources it runs under the same tsx loader as its parent. */
const WORKER = new URL(import.meta.url.endsWith('.js') ? './extract-worker.js' : './extract-worker.ts', import.meta.url);

export interface WorkerExtract {
  extract: ExtractFn;
  prepare: PrepareFn;
  close(): Promise<void>;
}

export function workerExtract(): WorkerExtract {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: ExtractReply & { ok: true }) => void; reject: (error: Error) => void }>();

  const start = (): Worker => {
    const w = new Worker(WORKER);
    w.on('message', (reply: ExtractReply) => {
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) w.unref();
      if (reply.ok) entry?.resolve(reply);
      else entry?.reject(reply.invalidGraph ? new InvalidGraphError(reply.message) : new Error(reply.message));
    });
    const fail = (error: Error) => {
      if (worker === w) worker = null;
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit ${code})`)));
    return w;
  };

  const ask = (want: ExtractRequest['want'], markdown: string, options: ExtractOptions): Promise<ExtractReply & { ok: true }> => {
    worker ??= start();
    // Held while a post is being read (the process waits for it); an idle worker must not keep the process alive.
    worker.ref();
    const id = nextId++;
    const request: ExtractRequest = { id, want, markdown, options };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker?.postMessage(request);
    });
  };

  return {
    async extract(markdown: string, options: ExtractOptions): Promise<KnowledgeGraph> {
      const reply = await ask('graph', markdown, options);
      if (!('graph' in reply)) throw new Error('the extraction worker answered without a graph');
      return reply.graph;
    },
    async prepare(markdown: string, options: ExtractOptions): Promise<PreparedPost> {
      const reply = await ask('prepared', markdown, options);
      if (!('prepared' in reply)) throw new Error('the extraction worker answered without a prepared post');
      return reply.prepared;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
