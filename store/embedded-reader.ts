/**
 * Runs users' Cypher for the embedded store in a child process on a read-only snapshot: grafeo then
 * refuses writes itself (a read-only handle), and a runaway query is stopped by killing the child,
 * since @grafeo-db/js 0.6 has no query timeout or cancel of its own. The child runs under a memory
 * cap (reader-memory.ts); a query that outgrows it ends as a QueryLimitError and the next query gets
 * a fresh child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueryLimitError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError } from './errors.ts';
import { mapGrafeoError } from './grafeo-errors.ts';
import type { QueryResult } from './graph-store.ts';
import type { ReaderReply, ReaderRequest } from './embedded-reader-protocol.ts';
import { cappedExec, readerMemoryCapBytes, watchResidentMemory } from './reader-memory.ts';
import { formatBytes } from './result-budget.ts';

type Pending = { resolve: (reply: ReaderReply) => void; reject: (error: Error) => void };
type RequestBody = ReaderRequest extends infer R ? (R extends ReaderRequest ? Omit<R, 'id'> : never) : never;

const CHILD = fileURLToPath(new URL('./embedded-reader-child.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Opening a snapshot of a large graph can take a while; it is not the user's query time. */
const OPEN_TIMEOUT_MS = 60_000;

export class EmbeddedReader {
  private child: ChildProcess | null = null;
  private openPath: string | null = null;
  private nextId = 1;
  /** Requests waiting for an answer, per child: a killed child's exit must not fail its successor's requests. */
  private readonly pending = new Map<ChildProcess, Map<number, Pending>>();
  private queue: Promise<unknown> = Promise.resolve();

  private readonly memoryCap = readerMemoryCapBytes();

  /** `snapshot()` returns the path of a file holding the current committed graph. */
  constructor(private readonly snapshot: () => Promise<string>) {}

  query(
    cypher: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; maxRows: number; maxBytes: number; planCheck: boolean },
  ): Promise<QueryResult & { truncated: boolean }> {
    const { timeoutMs, ...caps } = limits;
    const run = async (): Promise<QueryResult & { truncated: boolean }> => {
      const path = await this.snapshot();
      if (this.openPath !== path) {
        await this.request({ type: 'open', path }, OPEN_TIMEOUT_MS);
        this.openPath = path;
      }
      const reply = await this.request({ type: 'query', cypher, params, ...caps }, timeoutMs);
      if (!reply.ok && reply.failure === 'refused') throw new ReadOnlyViolationError(reply.message);
      if (!reply.ok && reply.failure === 'limit') throw new QueryLimitError(reply.message);
      if (!reply.ok) throw mapGrafeoError(Object.assign(new Error(reply.message), { gqlStatus: reply.gqlStatus }));
      return { columns: reply.columns, rows: reply.rows, truncated: reply.truncated };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private spawn(): ChildProcess {
    const exec = cappedExec(this.memoryCap, ['--import', TSX]);
    const child = fork(CHILD, [], {
      execPath: exec.execPath,
      execArgv: exec.execArgv,
      // An allocation past the cap aborts the child; grafeo's backtrace of that would only be noise in the log.
      env: { ...process.env, RUST_BACKTRACE: '0' },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pending = new Map<number, Pending>();
    this.pending.set(child, pending);
    let overMemory = false;
    const stopWatch = exec.enforcedByKernel || child.pid === undefined
      ? () => undefined
      : watchResidentMemory(child.pid, this.memoryCap, () => {
          overMemory = true;
          child.kill('SIGKILL');
        });
    child.on('message', (reply: ReaderReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    child.on('exit', (code, signal) => {
      stopWatch();
      if (this.child === child) this.reset();
      // Aborted by the kernel's data limit (SIGABRT, or V8's own out-of-memory exit 134) or killed by the watchdog.
      const outOfMemory = overMemory || signal === 'SIGABRT' || code === 134;
      const error = outOfMemory
        ? new QueryLimitError(`the query needed more than the ${formatBytes(this.memoryCap)} of memory a query may use and was stopped`)
        : new StoreUnavailableError('the embedded query process ended unexpectedly');
      for (const waiting of pending.values()) waiting.reject(error);
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
