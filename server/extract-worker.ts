/**
 * The worker thread body of worker-extract.ts: runs the extractor on each posted markdown and answers with the graph,
 * or with the post prepared for loading (prepared-post.ts: checked, batched, its batches transferred, not copied), or
 * with the error.
 */
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { extract } from '../extractor/index.ts';
import type { ExtractOptions } from '../extractor/passes/types.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { InvalidGraphError } from '../store/errors.ts';
import { planTransfers } from '../store/load-plan.ts';
import { preparePost, type PreparedPost } from './prepared-post.ts';

export type ExtractRequest = { id: number; want: 'graph' | 'prepared'; markdown: string; options: ExtractOptions };
export type ExtractReply =
  | { id: number; ok: true; graph: KnowledgeGraph }
  | { id: number; ok: true; prepared: PreparedPost }
  /** invalidGraph: the graph did not fit the schema (an InvalidGraphError on the other side), else extraction failed. */
  | { id: number; ok: false; message: string; invalidGraph: boolean };

// Extraction is background work: below the main thread, which answers requests. On Linux this lowers this thread only
// (setpriority on the calling task); where the call is refused, the worker runs at the normal priority.
try {
  setPriority(Math.min(19, getPriority() + 10));
} catch {
  // Not permitted here: nothing to do.
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    const graph = extract(request.markdown, request.options);
    if (request.want === 'graph') {
      parentPort?.postMessage({ id: request.id, ok: true, graph } satisfies ExtractReply);
      return;
    }
    const prepared = preparePost(graph);
    parentPort?.postMessage({ id: request.id, ok: true, prepared } satisfies ExtractReply, planTransfers(prepared.plan));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ id: request.id, ok: false, message, invalidGraph: error instanceof InvalidGraphError } satisfies ExtractReply);
  }
});
