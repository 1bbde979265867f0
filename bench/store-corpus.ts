/**
 * A generated corpus in the one graph shape, for the store bench: `talks` talks that each mention
 * `mentionsPerTalk` entities (skewed, as real posts mention a few projects a lot), with speakers,
 * organizations, events and posts. Deterministic (seeded) so runs compare.
 */
import type { EdgeData, KnowledgeGraph, NodeData } from '../extractor/schema.ts';
import { edgeId } from '../extractor/schema.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateCorpus(talks: number, mentionsPerTalk = 10, seed = 42): KnowledgeGraph {
  const random = rng(seed);
  const nodes: NodeData[] = [];
  const edges: EdgeData[] = [];
  const pick = (n: number): number => Math.floor(random() ** 2 * n);
  const projects = Math.max(50, Math.round(talks / 5));
  const orgs = Math.max(20, Math.round(talks / 10));
  const people = Math.max(20, Math.round(talks / 2));
  const events = Math.max(1, Math.round(talks / 200));
  const base = { aliases: [] as string[] };
  for (let i = 0; i < projects; i++) {
    nodes.push({ ...base, id: `project:p${i}`, name: `Project ${i}`, aliases: [`Project ${i}`, `P${i}`], type: 'Project', homepage: null, repo: null, maturity: i % 3 ? null : 'graduated', category: null });
  }
  for (let i = 0; i < orgs; i++) nodes.push({ ...base, id: `org:o${i}`, name: `Org ${i}`, type: 'Organization', homepage: `https://o${i}.example` });
  for (let i = 0; i < people; i++) nodes.push({ ...base, id: `person:u${i}`, name: `Person ${i}`, type: 'Person' });
  for (let i = 0; i < people; i++) edges.push({ id: edgeId('WORKS_FOR', `person:u${i}`, `org:o${i % orgs}`), source: `person:u${i}`, target: `org:o${i % orgs}`, type: 'WORKS_FOR', evidence: [], count: null, role: null });
  for (let e = 0; e < events; e++) {
    nodes.push({ ...base, id: `event:e${e}`, name: `Event ${e}`, type: 'Event', year: 2017 + (e % 8) });
    nodes.push({ ...base, id: `post:e${e}`, name: `Post ${e}`, type: 'Post', title: `Post ${e}`, url: `https://blog.example/e${e}/`, source: null, date: null, author: null, tags: [] });
  }
  for (let t = 0; t < talks; t++) {
    const id = `talk:t${t}`;
    const event = `event:e${t % events}`;
    const url = `https://blog.example/e${t % events}/#t${t}`;
    nodes.push({ ...base, id, name: `Talk ${t}`, type: 'Talk', title: `Talk ${t}`, kind: 'talk', day: 1 + (t % 3), level: null, videoId: null, videoUrl: null, url, heading: `Talk ${t} - Person`, event });
    edges.push({ id: edgeId('PART_OF', id, event), source: id, target: event, type: 'PART_OF', evidence: [], count: null, role: null });
    edges.push({ id: edgeId('COVERS', `post:e${t % events}`, id), source: `post:e${t % events}`, target: id, type: 'COVERS', evidence: [], count: null, role: null });
    const speaker = `person:u${t % people}`;
    edges.push({ id: edgeId('PRESENTED', speaker, id), source: speaker, target: id, type: 'PRESENTED', evidence: [], count: null, role: null });
    const mentioned = new Set<string>();
    while (mentioned.size < mentionsPerTalk) {
      const r = random();
      mentioned.add(r < 0.7 ? `project:p${pick(projects)}` : r < 0.9 ? `org:o${pick(orgs)}` : `person:u${pick(people)}`);
    }
    for (const target of mentioned) {
      const evidence = [{ text: `Talk ${t} is about ${target}.`, url }];
      edges.push({ id: edgeId('MENTIONS', id, target), source: id, target, type: 'MENTIONS', evidence, count: 1 + pick(5), role: null });
    }
  }
  return { elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) }, warnings: [] };
}

/**
 * The corpus as the posts it would come from (one per event), each with the nodes its edges touch:
 * loading them one by one is what `confgraph load posts/` does (later posts merge into shared entities).
 */
export function splitIntoPosts(corpus: KnowledgeGraph): KnowledgeGraph[] {
  const byId = new Map(corpus.elements.nodes.map((n) => [n.data.id, n]));
  const postOfTalk = new Map<string, string>();
  for (const { data } of corpus.elements.edges) if (data.type === 'COVERS') postOfTalk.set(data.target, data.source);
  const speakerPosts = new Map<string, Set<string>>();
  for (const { data } of corpus.elements.edges) {
    const post = data.type === 'PRESENTED' ? postOfTalk.get(data.target) : undefined;
    if (post) speakerPosts.set(data.source, (speakerPosts.get(data.source) ?? new Set()).add(post));
  }
  const edgesByPost = new Map<string, KnowledgeGraph['elements']['edges']>();
  const push = (post: string, edge: KnowledgeGraph['elements']['edges'][number]): void => {
    const list = edgesByPost.get(post);
    if (list) list.push(edge);
    else edgesByPost.set(post, [edge]);
  };
  for (const edge of corpus.elements.edges) {
    const { data } = edge;
    if (data.type === 'WORKS_FOR') for (const post of speakerPosts.get(data.source) ?? []) push(post, edge);
    else {
      const post = postOfTalk.get(data.type === 'COVERS' || data.type === 'PRESENTED' ? data.target : data.source);
      if (post) push(post, edge);
    }
  }
  return [...edgesByPost.values()].map((edges) => {
    const ids = new Set(edges.flatMap((e) => [e.data.source, e.data.target]));
    const nodes = [...ids].map((id) => byId.get(id)).filter((n): n is KnowledgeGraph['elements']['nodes'][number] => n !== undefined);
    return { elements: { nodes, edges }, warnings: [] };
  });
}
