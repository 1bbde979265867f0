// The two calls "Add a post" makes: POST /api/posts (the markdown as JSON) and GET /api/entities/<post id> (what it added).
import { ApiError, getEntity, type EntityDetails } from '../api.ts';

export interface PostSummary {
  post: { id: string; title: string; url: string } | null;
  nodes: number;
  edges: number;
  talks: number;
  warnings: string[];
  load: { nodesCreated: number; nodesUpdated: number; edgesCreated: number; edgesUpdated: number };
}

export async function addPost(markdown: string, source: string | null): Promise<PostSummary> {
  let res: Response;
  try {
    res = await fetch('/api/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ markdown, ...(source ? { source } : {}) }),
    });
  } catch (error) {
    throw new ApiError(0, 'network', `The server could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  const body = (await res.json().catch(() => null)) as (PostSummary & { error?: { code?: string; message?: string } }) | null;
  if (!res.ok || !body) throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? `The server answered ${res.status} ${res.statusText}.`);
  return body;
}

/** Talks read from more than this many are listed, but not each opened for what they mention. */
const MAX_TALKS_OPENED = 80;

/**
 * What the post brought, as names by node type: its talks and what its sections mention (its neighbours), plus the
 * speakers and entities of each talk (the talks' neighbours).
 */
export async function postContents(postId: string): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const add = (type: string, name: string) => found.set(type, (found.get(type) ?? new Set()).add(name));
  const post: EntityDetails = await getEntity(postId);
  const talks = post.neighbours.filter(({ node }) => node.type === 'Talk').map(({ node }) => node.id);
  for (const { node } of post.neighbours) if (node.type !== 'Event') add(node.type, node.name);
  const details = await Promise.all(talks.slice(0, MAX_TALKS_OPENED).map((id) => getEntity(id).catch(() => null)));
  for (const talk of details) for (const { node } of talk?.neighbours ?? []) if (node.type !== 'Post' && node.type !== 'Event') add(node.type, node.name);
  return found;
}
