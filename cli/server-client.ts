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

/** How long a 429 asks to wait (Retry-After, else the draft-8 RateLimit header's `t=`), in seconds. */
function retryAfterSeconds(res: Response): number {
  const after = Number(res.headers.get('retry-after'));
  if (Number.isFinite(after) && after > 0) return after;
  const t = /;t=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1];
  return t ? Number(t) : 10;
}

/** A directory of posts loaded through the app meets its rate limit (20 posts a minute): waiting is better than failing. */
const MAX_RATE_LIMIT_WAIT_S = 120;

export class ServerClient {
  readonly url: string;

  constructor(
    url: string,
    private readonly say: (line: string) => void = () => undefined,
  ) {
    this.url = url.replace(/\/+$/, '');
  }

  private async call(route: string, init: RequestInit = {}): Promise<unknown> {
    let res: Response;
    let waited = 0;
    for (;;) {
      try {
        res = await fetch(`${this.url}${route}`, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
      } catch (error) {
        throw new ServerError(`cannot reach the confgraph server at ${this.url} (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`);
      }
      const wait = retryAfterSeconds(res);
      if (res.status !== 429 || waited + wait > MAX_RATE_LIMIT_WAIT_S) break;
      this.say(`the app's rate limit: waiting ${wait} s`);
      await res.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      waited += wait;
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
