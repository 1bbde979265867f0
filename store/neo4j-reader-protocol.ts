/** The IPC messages between Neo4jReader and its child process. */
import type { ReadOnlyRun } from './engine.ts';
import type { RowValue } from './graph-store.ts';
import type { Neo4jConfig } from './neo4j-driver.ts';

export type Neo4jReaderRequest =
  | { id: number; type: 'connect'; config: Neo4jConfig }
  | { id: number; type: 'query'; cypher: string; params: Record<string, unknown>; options: ReadOnlyRun };

export type Neo4jReaderReply =
  | { id: number; ok: true; columns: string[]; rows: Array<Record<string, RowValue>>; truncated: boolean }
  /** `error` is the class name of the typed store error (errors.ts), rebuilt on the other side. */
  | { id: number; ok: false; error: string; message: string };
