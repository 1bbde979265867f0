/** createApp options, each documented at its default value. */
import type { ExtractOptions } from '../extractor/passes/types.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import type { PostArchive } from './post-archive.ts';
import { preparePost, type PreparedPost } from './prepared-post.ts';
import type { WriteAuthOptions } from './write-auth.ts';

export type ExtractFn = (markdown: string, options: ExtractOptions) => KnowledgeGraph | Promise<KnowledgeGraph>;
/** Extraction and load planning together (prepared-post.ts); throws InvalidGraphError when the graph does not fit the schema. */
export type PrepareFn = (markdown: string, options: ExtractOptions) => Promise<PreparedPost>;

export interface AppOptions {
  /** Requests per window (60 s) per client on POST /api/cypher (60), POST /api/posts (20) and GET /api/graph (120). */
  rateLimit?: { windowMs?: number; cypherMax?: number; postsMax?: number; graphMax?: number };
  /** User Cypher: aborted after timeoutMs (5000), at most maxRows rows (1000) and maxBytes of rows as JSON (8 MB, else 422). */
  cypher?: { timeoutMs?: number; maxRows?: number; maxBytes?: number };
  /**
   * GET /api/graph: at most maxNodes nodes (20000) and maxEdges edges (80000), the answer says when it was cut;
   * answers are reused until the store changes, and for Neo4j (which other clients may write) for ttlMs (5000) at most.
   */
  graph?: { maxNodes?: number; maxEdges?: number; ttlMs?: number };
  /** Largest accepted post body in bytes (5 MB). */
  maxPostBytes?: number;
  /** Largest JSON body on every other route (100 kB). */
  maxJsonBytes?: number;
  /** Who may frame /embed (CONFGRAPH_FRAME_ANCESTORS, space-separated; default `*`). */
  frameAncestors?: string[];
  /** The built web app to serve statically (web/dist), or null for the API only. */
  webDist?: string | null;
  /** The extractor; defaults to extractor/index.ts, injectable for tests of the route alone. */
  extract?: ExtractFn;
  /**
   * What POST /api/posts runs: `extract`, then preparePost (prepared-post.ts), on this thread. `npm start` passes its
   * worker's (worker-extract.ts), so a 5 MB post is read, checked and batched without blocking requests.
   */
  prepare?: PrepareFn;
  /** Where unexpected errors are logged (console.error). */
  logError?: (error: unknown) => void;
  /** Who may add posts: the listen host (127.0.0.1) and CONFGRAPH_WRITE_TOKEN (none); see write-auth.ts. */
  writeAuth?: WriteAuthOptions;
  /** The raw posts /posts/<slug>/ renders (none: that route answers 404); see archiving-extract.ts for filling it. */
  postArchive?: PostArchive | null;
  /**
   * How long entity views and the search index may be reused (ms). Default: until the next load for the
   * embedded store (only this process can write to it); for Neo4j, which others may write to and which
   * may go down, views are not cached and the search index is rebuilt every 30 s.
   */
  cache?: { entityTtlMs?: number; searchMaxAgeMs?: number };
}

export interface ResolvedOptions {
  rateLimit: { windowMs: number; cypherMax: number; postsMax: number; graphMax: number };
  cypher: { timeoutMs: number; maxRows: number; maxBytes: number };
  graph: { maxNodes: number; maxEdges: number; ttlMs: number };
  maxPostBytes: number;
  maxJsonBytes: number;
  frameAncestors: string[];
  webDist: string | null;
  extract: ExtractFn;
  prepare: PrepareFn;
  logError: (error: unknown) => void;
  writeAuth: WriteAuthOptions;
  postArchive: PostArchive | null;
  cache: { entityTtlMs: number; searchMaxAgeMs: number };
}

const defaultExtract: ExtractFn = async (markdown, options) => {
  // Loaded on first use so the API starts without paying for the NLP lexicon until a post arrives.
  const mod = await import('../extractor/index.ts');
  return mod.extract(markdown, options);
};

export function frameAncestorsFromEnv(value: string | undefined): string[] {
  const list = (value ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
  return list.length > 0 ? list : ['*'];
}

export function resolveOptions(options: AppOptions = {}, storeKind: 'embedded' | 'neo4j' = 'embedded'): ResolvedOptions {
  const exclusive = storeKind === 'embedded';
  const extract = options.extract ?? defaultExtract;
  return {
    rateLimit: {
      windowMs: options.rateLimit?.windowMs ?? 60_000,
      cypherMax: options.rateLimit?.cypherMax ?? 60,
      postsMax: options.rateLimit?.postsMax ?? 20,
      graphMax: options.rateLimit?.graphMax ?? 120,
    },
    cypher: {
      timeoutMs: options.cypher?.timeoutMs ?? 5_000,
      maxRows: options.cypher?.maxRows ?? 1_000,
      maxBytes: options.cypher?.maxBytes ?? 8 * 1024 * 1024,
    },
    graph: {
      // A corpus of 10,000 nodes and 40,000 edges (9.8 MB) is what the explorer is built and benched for (bench/render.bench.ts).
      maxNodes: options.graph?.maxNodes ?? 20_000,
      maxEdges: options.graph?.maxEdges ?? 80_000,
      ttlMs: options.graph?.ttlMs ?? (exclusive ? Infinity : 5_000),
    },
    maxPostBytes: options.maxPostBytes ?? 5 * 1024 * 1024,
    maxJsonBytes: options.maxJsonBytes ?? 100 * 1024,
    frameAncestors: options.frameAncestors ?? frameAncestorsFromEnv(process.env.CONFGRAPH_FRAME_ANCESTORS),
    webDist: options.webDist ?? null,
    extract,
    prepare: options.prepare ?? (async (markdown, opts) => preparePost(await extract(markdown, opts))),
    logError: options.logError ?? ((error: unknown) => console.error(error)),
    writeAuth: options.writeAuth ?? { host: '127.0.0.1', token: null },
    postArchive: options.postArchive ?? null,
    cache: {
      entityTtlMs: options.cache?.entityTtlMs ?? (exclusive ? Infinity : 0),
      searchMaxAgeMs: options.cache?.searchMaxAgeMs ?? (exclusive ? Infinity : 30_000),
    },
  };
}
