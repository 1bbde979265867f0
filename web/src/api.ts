// Typed client for the confgraph API; every failure becomes an ApiError whose message can be shown as is.
import type { EdgeData, Evidence, KnowledgeGraph, NodeData, TalkNode } from '../../extractor/schema.ts';

export type { EdgeData, Evidence, KnowledgeGraph, NodeData, TalkNode };
export type RowValue = null | boolean | number | string | RowValue[] | { [key: string]: RowValue };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  /** The name or alias that matched. */
  matched?: string;
  match?: 'exact' | 'prefix' | 'contains' | 'fuzzy';
}

export interface TalkMention {
  talk: TalkNode;
  evidence: Evidence[];
  speakers: Array<{ id: string; name: string; organizations?: Array<{ id: string; name: string }> }>;
}

export interface Neighbour {
  node: NodeData;
  edge: EdgeData;
}

export interface EntityDetails {
  node: NodeData;
  neighbours: Neighbour[];
  talks: TalkMention[];
}

export interface NamedQuery {
  name: string;
  description: string;
  /** Param type as the query file's header spells it: `string`, `string|null`, `integer 1..500`. */
  params: Array<{ name: string; type?: string }>;
  columns?: string[];
  /** The query text, when the server sends it. */
  cypher?: string;
}

export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, RowValue>>;
  truncated: boolean;
  elements: KnowledgeGraph['elements'];
}

export interface PathResult {
  found: boolean;
  /** Node ids in order, endpoints included (empty when not found). */
  nodes: string[];
  /** Edge ids on the path. */
  edges: string[];
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (error) {
    throw new ApiError(0, 'network', `The server could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `The server answered ${res.status} ${res.statusText}.`);
  }
  if (body === null) throw new ApiError(res.status, 'bad_body', `The server sent a reply that is not JSON (${url}).`);
  return body as T;
}

const enc = encodeURIComponent;

export function getGraph(filter: { types?: readonly string[]; event?: string } = {}): Promise<KnowledgeGraph> {
  const q = new URLSearchParams();
  if (filter.types && filter.types.length > 0) q.set('types', filter.types.join(','));
  if (filter.event) q.set('event', filter.event);
  const qs = q.toString();
  return request<KnowledgeGraph>(`/api/graph${qs ? `?${qs}` : ''}`);
}

export function getEntity(id: string): Promise<EntityDetails> {
  return request<EntityDetails>(`/api/entities/${enc(id)}`);
}

export async function search(q: string, limit = 10): Promise<SearchHit[]> {
  const body = await request<{ results?: SearchHit[]; hits?: SearchHit[] } | SearchHit[]>(`/api/search?q=${enc(q)}&limit=${limit}`);
  return Array.isArray(body) ? body : (body.results ?? body.hits ?? []);
}

export async function getPath(from: string, to: string): Promise<PathResult> {
  const body = await request<{ found: boolean; nodes?: string[]; edges?: string[]; elements?: KnowledgeGraph['elements'] }>(
    `/api/path?from=${enc(from)}&to=${enc(to)}`,
  );
  return {
    found: body.found,
    nodes: body.nodes ?? (body.elements?.nodes ?? []).map((n) => n.data.id),
    edges: body.edges ?? (body.elements?.edges ?? []).map((e) => e.data.id),
  };
}

export async function listQueries(): Promise<NamedQuery[]> {
  const body = await request<{ queries: NamedQuery[] } | NamedQuery[]>('/api/queries');
  return Array.isArray(body) ? body : body.queries;
}

export async function runNamedQuery(name: string, params: Record<string, string> = {}): Promise<CypherResult> {
  // Empty fields are left out, so the query's own default applies.
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v.trim() !== '')).toString();
  const body = await request<Omit<CypherResult, 'truncated'> & { truncated?: boolean }>(`/api/queries/${enc(name)}${qs ? `?${qs}` : ''}`);
  return { ...body, truncated: body.truncated ?? false };
}

export function runCypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  return request<CypherResult>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
