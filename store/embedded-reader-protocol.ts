/** The IPC messages between EmbeddedReader and its child process. */
import type { RowValue } from './graph-store.ts';

export type ReaderRequest =
  | { id: number; type: 'open'; path: string }
  | { id: number; type: 'query'; cypher: string; params: Record<string, unknown>; maxRows: number };

export type ReaderReply =
  | { id: number; ok: true; columns: string[]; rows: Array<Record<string, RowValue>>; truncated: boolean }
  | { id: number; ok: false; message: string; gqlStatus: string | undefined };
