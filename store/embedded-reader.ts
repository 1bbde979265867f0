/**
 * Runs users' Cypher for the embedded store in a child process on a read-only snapshot: grafeo then
 * refuses writes itself (a read-only handle), and a runaway query is stopped by killing the child,
 * since @grafeo-db/js 0.6 has no query timeout or cancel of its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueryTimeoutError, StoreUnavailableError } from './errors.ts';
import { mapGrafeoError } from './grafeo-errors.ts';
import type { QueryResult } from './graph-store.ts';
import type { ReaderReply, ReaderRequest } from './embedded-reader-protocol.ts';

type Pending = { resolve: (reply: ReaderReply) => void; reject: (error: Error) => void };
type RequestBody = ReaderRequest extends infer R ? (R extends ReaderRequest ? Omit<R, 'id'> : never) : never;

/** Compiled (dist/*.js), the child is plain JavaScript; from the sources (tests, tsx) it needs tsx's loader too. */
const COMPILED = import.meta.url.endsWith('.js');
const CHILD = fileURLToPath(new URL(COMPILED ? './embedded-reader-child.js' : './embedded-reader-child.ts', import.meta.url));
const childExecArgv = (): string[] => (COMPILED ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]);
/** Opening a snapshot of a large graph can take a while; it is not the user's query time. */
const OPEN_TIMEOUT_MS = 60_000;

export class EmbeddedReader {
  private child: ChildProcess | null = null;
  private openPath: string | null = null;
  private nextId = 1;
  /** Requests waiting for an answer, per child: a killed child's exit must not fail its successor's requests. */
  private readonly pending = new Map<ChildProcess, Map<number, Pending>>();
  private queue: Promise<unknown> = Promise.resolve();

  /** `snapshot()` returns the path of a file holding the current committed graph. */
  constructor(private readonly snapshot: () => Promise<string>) {}

  query(cypher: string, params: Record<string, unknown>, timeoutMs: number, maxRows: number): Promise<QueryResult & { truncated: boolean }> {
    const run = async (): Promise<QueryResult & { truncated: boolean }> => {
      const path = await this.snapshot();
      if (this.openPath !== path) {
        await this.request({ type: 'open', path }, OPEN_TIMEOUT_MS);
        this.openPath = path;
      }
      const reply = await this.request({ type: 'query', cypher, params, maxRows }, timeoutMs);
      if (!reply.ok) throw mapGrafeoError(Object.assign(new Error(reply.message), { gqlStatus: reply.gqlStatus }));
      return { columns: reply.columns, rows: reply.rows, truncated: reply.truncated };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private spawn(): ChildProcess {
    const child = fork(CHILD, [], { execArgv: childExecArgv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const pending = new Map<number, Pending>();
    this.pending.set(child, pending);
    child.on('message', (reply: ReaderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    child.on('exit', () => {
      if (this.child === child) this.reset();
      for (const waiting of pending.values()) waiting.reject(new StoreUnavailableError('the embedded query process ended unexpectedly'));
      this.pending.delete(child);
    });
    child.unref();
    return child;
  }

  private reset(): void {
    this.child = null;
    this.openPath = null;
  }

  private request(body: RequestBody, timeoutMs: number): Promise<ReaderReply> {
    const child = (this.child ??= this.spawn());
    const pending = this.pending.get(child);
    const id = this.nextId++;
    return new Promise<ReaderReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending?.delete(id);
        this.reset();
        child.kill('SIGKILL');
        reject(new QueryTimeoutError(`the query did not finish within ${timeoutMs} ms and was stopped`));
      }, timeoutMs);
      pending?.set(id, {
        resolve: (reply) => (clearTimeout(timer), resolve(reply)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      child.send({ ...body, id } as ReaderRequest);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.reset();
    if (child && child.exitCode === null) {
      // Hold the event loop until the child is gone (it is unref'd so an idle store never keeps a process alive).
      child.ref();
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await ended;
    }
  }
}
