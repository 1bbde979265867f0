/**
 * A child process that answers users' queries over IPC under a memory cap (reader-memory.ts), so that a
 * query building gigabytes, or an answer that would take seconds to decode, costs that child and not the
 * server. Requests carry an id; a request that outruns its time either kills the child (the only way to
 * stop a running grafeo query) or is only given up on (Neo4j stops the query itself). When the child
 * ends, its waiting requests fail (a QueryLimitError when it ran out of memory) and the next request
 * starts a fresh one. Children are unref'd: an idle store never keeps a process alive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueryLimitError, QueryTimeoutError, StoreUnavailableError } from './errors.ts';
import { cappedExec, readerMemoryCapBytes, watchResidentMemory } from './reader-memory.ts';
import { formatBytes } from './result-budget.ts';

type Pending<Reply> = { resolve: (reply: Reply) => void; reject: (error: Error) => void };
/** A request without its id, for each member of a union of requests. */
export type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;

/** Compiled (dist/*.js), the child is plain JavaScript; from the sources (tests, tsx) it needs tsx's loader too. */
const COMPILED = import.meta.url.endsWith('.js');
const loaderArgs = (): string[] => (COMPILED ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]);
const childPath = (file: URL): string => fileURLToPath(COMPILED ? new URL(file.href.replace(/\.ts$/, '.js')) : file);

export class QueryChild<Request extends { id: number }, Reply extends { id: number }> {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private spawned = 0;
  /** Requests waiting for an answer, per child: a killed child's exit must not fail its successor's requests. */
  private readonly pending = new Map<ChildProcess, Map<number, Pending<Reply>>>();
  readonly memoryCap = readerMemoryCapBytes();

  /** `childFile` is the module the child runs (a URL relative to the caller's module). */
  constructor(private readonly childFile: URL) {}

  /** Which child answers the next request: a new number means a fresh child (state it held, such as an open file, is gone). */
  get instance(): number {
    this.current();
    return this.spawned;
  }

  private current(): ChildProcess {
    this.child ??= this.spawn();
    return this.child;
  }

  private spawn(): ChildProcess {
    const exec = cappedExec(this.memoryCap, loaderArgs());
    const child = fork(childPath(this.childFile), [], {
      execPath: exec.execPath,
      execArgv: exec.execArgv,
      // An allocation past the cap aborts the child; a native backtrace of that would only be noise in the log.
      env: { ...process.env, RUST_BACKTRACE: '0' },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.spawned++;
    const pending = new Map<number, Pending<Reply>>();
    this.pending.set(child, pending);
    let overMemory = false;
    const stopWatch =
      exec.enforcedByKernel || child.pid === undefined
        ? () => undefined
        : watchResidentMemory(child.pid, this.memoryCap, () => {
            overMemory = true;
            child.kill('SIGKILL');
          });
    child.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    child.on('exit', (code, signal) => {
      stopWatch();
      if (this.child === child) this.child = null;
      // Aborted by the kernel's data limit (SIGABRT, or V8's own out-of-memory exit 134) or killed by the watchdog.
      const outOfMemory = overMemory || signal === 'SIGABRT' || code === 134;
      const error = outOfMemory
        ? new QueryLimitError(`the query needed more than the ${formatBytes(this.memoryCap)} of memory a query may use and was stopped`)
        : new StoreUnavailableError('the query process ended unexpectedly');
      for (const waiting of pending.values()) waiting.reject(error);
      this.pending.delete(child);
    });
    child.unref();
    return child;
  }

  /** Sends one request; after `timeoutMs` it fails with a QueryTimeoutError, killing the child when `killOnTimeout`. */
  request(body: WithoutId<Request>, timeoutMs: number, killOnTimeout: boolean): Promise<Reply> {
    const child = this.current();
    const pending = this.pending.get(child);
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending?.delete(id);
        if (killOnTimeout) {
          if (this.child === child) this.child = null;
          child.kill('SIGKILL');
        }
        reject(new QueryTimeoutError(`the query did not finish within ${timeoutMs} ms and was stopped`));
      }, timeoutMs);
      pending?.set(id, {
        resolve: (reply) => (clearTimeout(timer), resolve(reply)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      child.send({ ...body, id });
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      // Hold the event loop until the child is gone.
      child.ref();
      const ended = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await ended;
    }
  }
}
