/**
 * The running confgraph server seen from the CLI: the three things `query`, `load` and `export` need, over its HTTP
 * API (POST /api/cypher, POST /api/posts, GET /api/graph). Used when the server holds the embedded store, or with --server.
 */
import { KnowledgeGraph } from '../extractor/schema.ts';
import type { LoadSummary, QueryResult } from '../store/graph-store.ts';

export interface PostAdded {
  talks: number;
  warnings: string[];
  load: LoadSummary;
}

/** The server answered with an error (its `{error: {code, message}}` body, one line). */
export class ServerError extends Error {}

export class ServerClient {
  readonly url: string;

  constructor(url: string) {
    this.url = url.replace(/\/+$/, '');
  }

  private async call(route: string, init: RequestInit = {}): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.url}${route}`, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
    } catch (error) {
      throw new ServerError(`cannot reach the confgraph server at ${this.url} (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`);
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const error = (body as { error?: { message?: string } } | null)?.error;
      throw new ServerError(`the server at ${this.url} answered ${res.status}: ${error?.message ?? res.statusText}`);
    }
    return body;
  }

  async query(cypher: string, params: Record<string, unknown>): Promise<QueryResult & { truncated: boolean }> {
    const body = (await this.call('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: cypher, params }) })) as QueryResult & { truncated: boolean };
    return { columns: body.columns, rows: body.rows, truncated: body.truncated };
  }

  async addPost(markdown: string, source: string, baseUrl: string | undefined, token: string | undefined): Promise<PostAdded> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    return (await this.call('/api/posts', { method: 'POST', headers, body: JSON.stringify({ markdown, source, ...(baseUrl ? { baseUrl } : {}) }) })) as PostAdded;
  }

  async graph(): Promise<KnowledgeGraph> {
    return KnowledgeGraph.parse(await this.call('/api/graph'));
  }
}
