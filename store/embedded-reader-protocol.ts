/** The IPC messages between EmbeddedReader and its child process. */
import type { RowValue } from './graph-store.ts';

export type ReaderRequest =
  | { id: number; type: 'open'; path: string }
  | { id: number; type: 'query'; cypher: string; params: Record<string, unknown>; maxRows: number; maxBytes: number; planCheck: boolean };

/** `refused`: the plan check said no; `limit`: the answer outgrew its byte cap; `engine`: grafeo's own error. */
export type ReaderFailure = 'refused' | 'limit' | 'engine';

export type ReaderReply =
  | { id: number; ok: true; columns: string[]; rows: Array<Record<string, RowValue>>; truncated: boolean }
  | { id: number; ok: false; failure: ReaderFailure; message: string; gqlStatus: string | undefined };
