// Load plans: checked before any store is touched, cut by rows and by size, moved between threads without a copy,
// and a plan that did not come from planLoad (wrong labels, bytes that are not rows) is refused.
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { EdgeData, KnowledgeGraph, NodeData } from '../../../extractor/schema.ts';
import { InvalidGraphError } from '../../../store/errors.ts';
import { checkLoadPlan, decodeEdgeRows, decodeNodeRows, planLoad, planTransfers, type LoadPlan } from '../../../store/load-plan.ts';

const project = (n: number): NodeData => ({ id: `project:p${n}`, name: `P${n}`, aliases: [`P${n}`], type: 'Project', homepage: null, repo: null, maturity: null, category: null });
const talk: NodeData = { id: 'talk:t', name: 'T', aliases: [], type: 'Talk', title: 'T', kind: 'talk', day: null, level: null, videoId: null, videoUrl: null, url: 'https://p/#t', heading: 'T', event: null };
const mention = (n: number, sentences: number): EdgeData => ({
  id: `MENTIONS:talk:t->project:p${n}`,
  source: 'talk:t',
  target: `project:p${n}`,
  type: 'MENTIONS',
  evidence: Array.from({ length: sentences }, (_, i) => ({ text: `Sentence ${i} about P${n}.`, url: 'https://p/#t' })),
  count: sentences,
  role: null,
});

function graphOf(nodes: NodeData[], edges: EdgeData[]): KnowledgeGraph {
  return { elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) }, warnings: [] };
}

const allNodeIds = (plan: LoadPlan) => plan.nodeGroups.flatMap((g) => g.batches.flatMap((b) => decodeNodeRows(b).map((r) => r.id)));
const allEdgeIds = (plan: LoadPlan) => plan.edgeGroups.flatMap((g) => g.batches.flatMap((b) => decodeEdgeRows(b).map((r) => r.id)));

describe('planLoad', () => {
  const projects = Array.from({ length: 10 }, (_, i) => project(i));
  const graph = graphOf([talk, ...projects, projects[0] as NodeData], projects.map((_, i) => mention(i, i === 3 ? 400 : 2)));

  it('groups nodes by label and edges by type and end labels, each element once (duplicates merged)', () => {
    const plan = planLoad(graph);
    expect(plan.nodeGroups.map((g) => g.label).sort()).toEqual(['Project', 'Talk']);
    expect(plan.edgeGroups.map((g) => [g.type, g.source, g.target])).toEqual([['MENTIONS', 'Talk', 'Project']]);
    expect(allNodeIds(plan).sort()).toEqual([talk, ...projects].map((n) => n.id).sort());
    expect(allEdgeIds(plan)).toEqual(projects.map((_, i) => mention(i, 0).id));
  });

  it('cuts batches at the row limit and at the size limit; a row larger than the size is a batch of its own', () => {
    const byRows = planLoad(graph, { rows: 4, chars: Infinity });
    expect(byRows.edgeGroups[0]?.batches.map((b) => decodeEdgeRows(b).length)).toEqual([4, 4, 2]);
    const bySize = planLoad(graph, { rows: 1000, chars: 1000 });
    const sizes = bySize.edgeGroups[0]?.batches.map((b) => decodeEdgeRows(b).map((r) => r.id)) ?? [];
    expect(sizes.find((ids) => ids.includes(mention(3, 0).id))).toEqual([mention(3, 0).id]);
    for (const batch of bySize.edgeGroups[0]?.batches ?? []) if (decodeEdgeRows(batch).length > 1) expect(batch.byteLength).toBeLessThanOrEqual(1000 + 2);
    expect(allEdgeIds(bySize)).toEqual(allEdgeIds(byRows));
  });

  it('stores what the codec stores: evidence as JSON text, no nulls', () => {
    const [row] = decodeEdgeRows(planLoad(graph).edgeGroups[0]?.batches[0] as Uint8Array);
    expect(row?.props).toEqual({ id: mention(0, 0).id, evidence: JSON.stringify(mention(0, 2).evidence), count: 2 });
  });

  it('refuses a graph that does not fit the schema, or an edge end that is nowhere, with InvalidGraphError', () => {
    expect(() => planLoad({ elements: { nodes: [{ data: { id: '', type: 'Project' } }], edges: [] }, warnings: [] })).toThrow(InvalidGraphError);
    expect(() => planLoad(graphOf([talk], [{ ...mention(0, 1), target: 'spaceship:x' }]))).toThrow(/no known id prefix/);
    expect(() => planLoad(graphOf([talk, { ...talk, name: 'Other' }], []))).toThrow(/two different nodes/);
  });

  it('moves to another thread without a copy: the sender keeps detached buffers, the receiver the same rows', async () => {
    const plan = planLoad(graph, { rows: 3 });
    const expected = { nodes: allNodeIds(plan), edges: allEdgeIds(plan) };
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port1.postMessage(plan, planTransfers(plan));
    const arrived = checkLoadPlan(await received);
    port1.close();
    port2.close();
    expect(plan.edgeGroups[0]?.batches.every((b) => b.byteLength === 0)).toBe(true);
    expect({ nodes: allNodeIds(arrived), edges: allEdgeIds(arrived) }).toEqual(expected);
  });
});

describe('checkLoadPlan and the row decoders', () => {
  const plan = planLoad(graphOf([talk, project(1)], [mention(1, 1)]));
  const encode = (text: string) => new TextEncoder().encode(text);

  it('accept a plan as planLoad makes it', () => {
    expect(checkLoadPlan(plan)).toBe(plan);
  });

  it('refuse labels and types outside the schema (they become part of statements) and batches that are not bytes', () => {
    const hostile = '`) DETACH DELETE n //';
    expect(() => checkLoadPlan({ ...plan, nodeGroups: [{ label: hostile, batches: [] }] })).toThrow(InvalidGraphError);
    expect(() => checkLoadPlan({ ...plan, edgeGroups: [{ type: 'MENTIONS', source: 'Talk', target: hostile, batches: [] }] })).toThrow(InvalidGraphError);
    expect(() => checkLoadPlan({ ...plan, edgeGroups: [{ type: 'OWNS', source: 'Talk', target: 'Project', batches: [] }] })).toThrow(InvalidGraphError);
    expect(() => checkLoadPlan({ ...plan, nodeGroups: [{ label: 'Talk', batches: ['[]'] }] })).toThrow(InvalidGraphError);
    expect(() => checkLoadPlan(null)).toThrow(InvalidGraphError);
  });

  it('refuse rows that are not rows: not JSON, not UTF-8, no id, props for another id, evidence that is not text', () => {
    expect(() => decodeNodeRows(encode('[{"id":'))).toThrow(InvalidGraphError);
    expect(() => decodeNodeRows(new Uint8Array([0x5b, 0xff, 0x5d]))).toThrow(InvalidGraphError);
    expect(() => decodeNodeRows(encode('{"id":"a","props":{"id":"a"}}'))).toThrow(InvalidGraphError);
    expect(() => decodeNodeRows(encode('[{"props":{"id":"a"}}]'))).toThrow(InvalidGraphError);
    expect(() => decodeNodeRows(encode('[{"id":"a","props":{"id":"b"}}]'))).toThrow(InvalidGraphError);
    expect(() => decodeEdgeRows(encode('[{"id":"e","source":"a","props":{"id":"e"}}]'))).toThrow(InvalidGraphError);
    expect(() => decodeEdgeRows(encode('[{"id":"e","source":"a","target":"b","props":{"id":"e","evidence":[]}}]'))).toThrow(InvalidGraphError);
    expect(decodeNodeRows(encode('[{"id":"a","props":{"id":"a","name":"A"}}]'))).toEqual([{ id: 'a', props: { id: 'a', name: 'A' } }]);
  });
});
