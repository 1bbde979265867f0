/**
 * Runs users' Cypher for the embedded store in a child process (query-child.ts) on a read-only snapshot:
 * grafeo then refuses writes itself (a read-only handle), and a runaway query is stopped by killing the
 * child, since @grafeo-db/js 0.6 has no query timeout or cancel of its own. The child runs under a
 * memory cap; a query that outgrows it ends as a QueryLimitError and the next query gets a fresh child.
 */
import { QueryLimitError, ReadOnlyViolationError } from './errors.ts';
import { mapGrafeoError } from './grafeo-errors.ts';
import type { QueryResult } from './graph-store.ts';
import type { ReaderReply, ReaderRequest } from './embedded-reader-protocol.ts';
import { QueryChild } from './query-child.ts';

/** Opening a snapshot of a large graph can take a while; it is not the user's query time. */
const OPEN_TIMEOUT_MS = 60_000;

export class EmbeddedReader {
  private readonly child = new QueryChild<ReaderRequest, ReaderReply>(new URL('./embedded-reader-child.ts', import.meta.url));
  /** The snapshot the child has open, and which child that is (a fresh child has none open). */
  private open: { path: string; instance: number } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** `snapshot()` returns the path of a file holding the current committed graph. */
  constructor(private readonly snapshot: () => Promise<string>) {}

  /** One query at a time: the child answers them in turn, and a timeout kills it. */
  query(
    cypher: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; maxRows: number; maxBytes: number; planCheck: boolean },
  ): Promise<QueryResult & { truncated: boolean }> {
    const { timeoutMs, ...caps } = limits;
    const run = async (): Promise<QueryResult & { truncated: boolean }> => {
      const path = await this.snapshot();
      const instance = this.child.instance;
      if (this.open?.path !== path || this.open.instance !== instance) {
        this.open = null;
        await this.child.request({ type: 'open', path }, OPEN_TIMEOUT_MS, true);
        this.open = { path, instance };
      }
      const reply = await this.child.request({ type: 'query', cypher, params, ...caps }, timeoutMs, true);
      if (!reply.ok && reply.failure === 'refused') throw new ReadOnlyViolationError(reply.message);
      if (!reply.ok && reply.failure === 'limit') throw new QueryLimitError(reply.message);
      if (!reply.ok) throw mapGrafeoError(Object.assign(new Error(reply.message), { gqlStatus: reply.gqlStatus }));
      return { columns: reply.columns, rows: reply.rows, truncated: reply.truncated };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): Promise<void> {
    this.open = null;
    return this.child.close();
  }
}
