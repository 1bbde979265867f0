/**
 * The load algorithm both stores share, run inside ONE write transaction per graph (a post): a plan (load-plan.ts:
 * checked, grouped, batched) is written label by label, then relationship type by type, one batch per statement,
 * with a turn of the event loop between batches so a large post never holds the main thread for long.
 */
import { statement } from './cypher-files.ts';
import { InvalidGraphError } from './errors.ts';
import type { LoadSummary, RowValue } from './graph-store.ts';
import { mergeEdge, mergeNodeProps, sameProps, type Props } from './graph-codec.ts';
import { decodeEdgeRows, decodeNodeRows, type EdgeGroup, type LoadPlan, type NodeGroup } from './load-plan.ts';

export interface TxRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<Array<Record<string, RowValue>>>;
}

/**
 * A turn of the event loop between batches: the engines' calls are asynchronous, but decoding a batch, converting its
 * parameters and merging evidence are not, and requests waiting meanwhile (/api/health) are answered here.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function storedProps(tx: TxRunner, cypher: string, params: Record<string, unknown>): Promise<Map<string, Props>> {
  const rows = await tx.run(cypher, params);
  return new Map(rows.map((row) => [String(row.id), (row.props ?? {}) as Props]));
}

/** Stored edge properties as edgeProps() makes them: evidence stays JSON text, so an unchanged one is compared, not parsed. */
async function storedEdgeProps(tx: TxRunner, cypher: string, edges: Array<{ id: string; source: string; target: string }>): Promise<Map<string, Props>> {
  const rows = await tx.run(cypher, { rows: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })) });
  return new Map(
    rows.map((row): [string, Props] => {
      const props: Props = { id: String(row.id) };
      for (const [key, value] of [['evidence', row.evidenceJson], ['count', row.count], ['role', row.role]] as const) if (value !== null && value !== undefined) props[key] = value;
      return [String(row.id), props];
    }),
  );
}

/** True when the store holds nothing of this label/type yet: the group is created, not merged. */
async function noneStored(tx: TxRunner, key: 'load/count-label' | 'load/count-type', fill: Record<string, string>): Promise<boolean> {
  const [row] = await tx.run(statement(key, fill), {});
  return Number(row?.count ?? 0) === 0;
}

async function writeRows(tx: TxRunner, key: string, fill: Record<string, string>, rows: object[], what: string): Promise<void> {
  if (rows.length === 0) return;
  const [result] = await tx.run(statement(key, fill), { rows });
  const written = Number(result?.merged ?? 0);
  if (written !== rows.length) {
    throw new InvalidGraphError(`invalid graph: ${rows.length - written} ${what} edge(s) point at a node that is neither in the graph nor in the store`);
  }
}

/**
 * Nodes label by label: ids the store lacks are CREATEd, stored ones whose merged properties differ are
 * updated, unchanged ones are not written at all. Returns the ids created, whose edges cannot exist yet.
 */
async function loadNodes(tx: TxRunner, groups: NodeGroup[], summary: LoadSummary): Promise<Set<string>> {
  const created = new Set<string>();
  for (const { label, batches } of groups) {
    const fill = { __LABEL__: label };
    const fresh = await noneStored(tx, 'load/count-label', fill);
    for (const encoded of batches) {
      await yieldToEventLoop();
      const batch = decodeNodeRows(encoded);
      const stored = fresh ? new Map<string, Props>() : await storedProps(tx, statement('load/fetch-nodes', fill), { ids: batch.map((n) => n.id) });
      const toCreate: Array<{ id: string; props: Props }> = [];
      const toUpdate: Array<{ id: string; props: Props }> = [];
      for (const n of batch) {
        const before = stored.get(n.id);
        const props = mergeNodeProps(n.props, before);
        if (!before) {
          toCreate.push({ id: n.id, props });
          created.add(n.id);
        } else if (!sameProps(before, props)) toUpdate.push({ id: n.id, props });
      }
      summary.nodesCreated += toCreate.length;
      summary.nodesUpdated += toUpdate.length;
      if (toCreate.length) await tx.run(statement('load/create-nodes', fill), { rows: toCreate });
      if (toUpdate.length) await tx.run(statement('load/merge-nodes', fill), { rows: toUpdate });
    }
  }
  return created;
}

/**
 * Relationships type by type: one touching a node created by this load (or of a type the store has
 * none of) cannot exist yet and is CREATEd without a lookup; the others are fetched and, when new or
 * changed, merged. Every write checks that both ends were found, else the whole load rolls back.
 */
async function loadEdges(tx: TxRunner, groups: EdgeGroup[], createdNodes: Set<string>, summary: LoadSummary): Promise<void> {
  // Asked once per type before any edge is written: a type's later groups (other end labels) stay "fresh".
  const freshTypes = new Set<string>();
  for (const type of new Set(groups.map((g) => g.type))) if (await noneStored(tx, 'load/count-type', { __TYPE__: type })) freshTypes.add(type);
  // List rows, in the order the create/merge-edges headers give: cheaper to hand to grafeo than maps.
  const row = (e: { id: string; source: string; target: string }, props: Props): RowValue[] => [e.id, e.source, e.target, props.evidence ?? '[]', props.count ?? null, props.role ?? null];
  for (const { type, source, target, batches } of groups) {
    const fill = { __TYPE__: type, __SOURCE__: source, __TARGET__: target };
    const cannotExist = (e: { source: string; target: string }): boolean => freshTypes.has(type) || createdNodes.has(e.source) || createdNodes.has(e.target);
    for (const encoded of batches) {
      await yieldToEventLoop();
      const batch = decodeEdgeRows(encoded);
      const known = batch.filter((e) => !cannotExist(e));
      const stored = known.length ? await storedEdgeProps(tx, statement('load/fetch-edges', fill), known) : new Map<string, Props>();
      const toCreate: RowValue[][] = [];
      const toUpdate: RowValue[][] = [];
      for (const e of batch) {
        const before = stored.get(e.id);
        const { props, changed } = mergeEdge(e.props, before);
        if (!before) toCreate.push(row(e, props));
        else if (changed) toUpdate.push(row(e, props));
      }
      summary.edgesCreated += toCreate.length;
      summary.edgesUpdated += toUpdate.length;
      await writeRows(tx, 'load/create-edges', fill, toCreate, type);
      await writeRows(tx, 'load/merge-edges', fill, toUpdate, type);
    }
  }
}

/** Writes `plan` through `tx`; throws (so the caller rolls back) on the first problem. */
export async function loadGraph(tx: TxRunner, plan: LoadPlan): Promise<LoadSummary> {
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0 };
  const created = await loadNodes(tx, plan.nodeGroups, summary);
  await loadEdges(tx, plan.edgeGroups, created, summary);
  return summary;
}
