/**
 * The embedded default store: @grafeo-db/js in this process, file-backed under a data directory
 * (`EmbeddedStore.open(dir)`) or in memory for tests (`EmbeddedStore.create()`).
 */
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pkg from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDBType, Transaction } from '@grafeo-db/js';
import { CypherStore } from './cypher-store.ts';
import { debugCypher, type Engine, type ReadOnlyRun } from './engine.ts';
import { EmbeddedReader } from './embedded-reader.ts';
import { StoreUnavailableError } from './errors.ts';
import { mapGrafeoError } from './grafeo-errors.ts';
import type { QueryResult, RowValue } from './graph-store.ts';
import type { TxRunner } from './load-graph.ts';
import { fromGrafeo, normaliseRow } from './row-values.ts';
import { removeStaleSnapshots, snapshotDirPrefix } from './stale-snapshots.ts';

const { GrafeoDB } = pkg;

/** Snapshot directories of stores not closed yet, removed when the process exits anyway. */
const openSnapshotDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of openSnapshotDirs) rmSync(dir, { recursive: true, force: true });
});
/** The database file inside a data directory. */
const DB_FILE = 'confgraph.grafeo';

class GrafeoEngine implements Engine {
  readonly kind = 'embedded' as const;
  readonly schemaFile = 'schema/node-id-index' as const;
  /** Bumped by every committed write, so the reader's snapshot is refreshed before the next user query. */
  private generation = 0;
  private snapshotGeneration = -1;
  private snapshotPath: string | null = null;
  private readonly snapshotDir = mkdtempSync(snapshotDirPrefix(tmpdir()));
  private writes: Promise<unknown> = Promise.resolve();
  private readonly reader = new EmbeddedReader(() => this.serialised(() => this.snapshot()));
  private closed = false;

  constructor(private readonly db: GrafeoDBType) {
    removeStaleSnapshots(tmpdir());
    openSnapshotDirs.add(this.snapshotDir);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work, work);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private async snapshot(): Promise<string> {
    if (this.snapshotPath && this.snapshotGeneration === this.generation) return this.snapshotPath;
    const next = path.join(this.snapshotDir, `snapshot-${this.generation}-${Date.now()}.grafeo`);
    this.db.save(next);
    if (this.snapshotPath) rmSync(this.snapshotPath, { force: true });
    this.snapshotPath = next;
    this.snapshotGeneration = this.generation;
    return next;
  }

  private check(): void {
    if (this.closed) throw new StoreUnavailableError('the embedded store is closed');
  }

  async run(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    this.check();
    debugCypher(this.kind, cypher, params);
    try {
      const result = await this.db.executeCypher(cypher, params);
      if (result.counters.nodesCreated + result.counters.nodesDeleted + result.counters.edgesCreated + result.counters.edgesDeleted + result.counters.propertiesSet > 0) this.generation++;
      return { columns: result.columns, rows: result.toArray().map((row) => normaliseRow(row, fromGrafeo)) };
    } catch (error) {
      throw mapGrafeoError(error);
    }
  }

  write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.serialised(async () => {
      this.check();
      const tx: Transaction = this.db.beginTransaction();
      const runner: TxRunner = {
        run: async (cypher, params): Promise<Array<Record<string, RowValue>>> => {
          debugCypher(this.kind, cypher, params);
          try {
            return (await tx.executeCypher(cypher, params)).toArray().map((row) => normaliseRow(row, fromGrafeo));
          } catch (error) {
            throw mapGrafeoError(error);
          }
        },
      };
      try {
        const value = await work(runner);
        tx.commit();
        this.generation++;
        return value;
      } catch (error) {
        if (tx.isActive) tx.rollback();
        throw error;
      }
    });
  }

  readOnly(cypher: string, params: Record<string, unknown>, options: ReadOnlyRun): Promise<QueryResult & { truncated: boolean }> {
    this.check();
    debugCypher(`${this.kind} read-only`, cypher, params);
    return this.reader.query(cypher, params, options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.reader.close();
    await this.writes;
    this.db.close();
    rmSync(this.snapshotDir, { recursive: true, force: true });
    openSnapshotDirs.delete(this.snapshotDir);
  }
}

export class EmbeddedStore extends CypherStore {
  /** An in-memory store (tests), or a new database file at `file`. */
  static create(file?: string): EmbeddedStore {
    try {
      return new EmbeddedStore(new GrafeoEngine(file ? GrafeoDB.create(file) : GrafeoDB.create()));
    } catch (error) {
      throw mapGrafeoError(error);
    }
  }

  /** The database in data directory `dir`, created on first use. */
  static open(dir: string): EmbeddedStore {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, DB_FILE);
    try {
      return new EmbeddedStore(new GrafeoEngine(existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file)));
    } catch (error) {
      const mapped = mapGrafeoError(error);
      throw new StoreUnavailableError(`cannot open the embedded store in ${dir}: ${mapped.message} (is another confgraph process using it?)`, { cause: error });
    }
  }
}
