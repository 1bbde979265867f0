/** The worker thread body of worker-extract.ts: runs the extractor on each posted markdown and answers with the graph or the error. */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extractor/index.ts';
import type { ExtractOptions } from '../extractor/passes/types.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';

export type ExtractRequest = { id: number; markdown: string; options: ExtractOptions };
export type ExtractReply = { id: number; ok: true; graph: KnowledgeGraph } | { id: number; ok: false; message: string };

parentPort?.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, ok: true, graph: extract(request.markdown, request.options) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
