/**
 * Child process behind EmbeddedReader: holds a read-only @grafeo-db/js handle on a snapshot file
 * (the engine refuses every write on it) and answers one query at a time over IPC. The parent kills
 * it when a query outruns its timeout, which is the only way to stop a running grafeo query.
 */
import pkg from '@grafeo-db/js';
import type { GrafeoDB as GrafeoDBType } from '@grafeo-db/js';
import { fromGrafeo, normaliseRow } from './row-values.ts';
import type { ReaderReply, ReaderRequest } from './embedded-reader-protocol.ts';

const { GrafeoDB } = pkg;
let db: GrafeoDBType | null = null;

function reply(message: ReaderReply): void {
  process.send?.(message);
}

async function handle(request: ReaderRequest): Promise<void> {
  try {
    if (request.type === 'open') {
      db?.close();
      db = GrafeoDB.openReadOnly(request.path);
      reply({ id: request.id, ok: true, columns: [], rows: [], truncated: false });
      return;
    }
    if (!db) throw new Error('no snapshot is open');
    const result = await db.executeCypher(request.cypher, request.params);
    const rows = result.toArray();
    reply({
      id: request.id,
      ok: true,
      columns: result.columns,
      rows: rows.slice(0, request.maxRows).map((row) => normaliseRow(row, fromGrafeo)),
      truncated: rows.length > request.maxRows,
    });
  } catch (error) {
    const gqlStatus = (error as { gqlStatus?: unknown }).gqlStatus;
    reply({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      gqlStatus: typeof gqlStatus === 'string' ? gqlStatus : undefined,
    });
  }
}

process.on('message', (request: ReaderRequest) => void handle(request));
process.on('disconnect', () => process.exit(0));
