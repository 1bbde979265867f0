/**
 * Runs users' reads for the Neo4j store in a child process under a memory cap (query-child.ts), several
 * at a time. A timeout does not kill the child: Neo4j stops the transaction itself (its server-side
 * timeout), and the others in flight go on. Typed errors cross the process boundary by class name.
 */
import type { ReadOnlyRun } from './engine.ts';
import * as errors from './errors.ts';
import type { QueryResult } from './graph-store.ts';
import type { Neo4jConfig } from './neo4j-driver.ts';
import { CLIENT_GRACE_MS } from './neo4j-read.ts';
import type { Neo4jReaderReply, Neo4jReaderRequest } from './neo4j-reader-protocol.ts';
import { QueryChild } from './query-child.ts';

const CONNECT_TIMEOUT_MS = 30_000;

/** The typed store errors by class name (errors.ts exports only those classes). */
const ERROR_CLASSES = new Map<string, new (message: string) => errors.StoreError>(
  Object.values(errors)
    .filter((value): value is typeof errors.StoreError => typeof value === 'function' && (value === errors.StoreError || value.prototype instanceof errors.StoreError))
    .map((type) => [type.name, type]),
);

export class Neo4jReader {
  private readonly child = new QueryChild<Neo4jReaderRequest, Neo4jReaderReply>(new URL('./neo4j-reader-child.ts', import.meta.url));
  private connected: Promise<void> | null = null;
  private connectedInstance = -1;

  constructor(private readonly config: Neo4jConfig) {}

  private async connect(): Promise<void> {
    const instance = this.child.instance;
    if (this.connected && this.connectedInstance === instance) return this.connected;
    this.connectedInstance = instance;
    this.connected = this.child.request({ type: 'connect', config: this.config }, CONNECT_TIMEOUT_MS, true).then(() => undefined);
    this.connected.catch(() => {
      this.connected = null;
    });
    return this.connected;
  }

  async query(cypher: string, params: Record<string, unknown>, options: ReadOnlyRun): Promise<QueryResult & { truncated: boolean }> {
    await this.connect();
    // The child gives up after the timeout and its grace; this is the backstop if its event loop is stuck.
    const reply = await this.child.request({ type: 'query', cypher, params, options }, options.timeoutMs + 2 * CLIENT_GRACE_MS, false);
    if (reply.ok) return { columns: reply.columns, rows: reply.rows, truncated: reply.truncated };
    const Type = ERROR_CLASSES.get(reply.error) ?? errors.StoreError;
    throw new Type(reply.message);
  }

  close(): Promise<void> {
    this.connected = null;
    return this.child.close();
  }
}
