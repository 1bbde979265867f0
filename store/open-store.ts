/**
 * openStore(config): the embedded store by default (data dir from CONFGRAPH_DATA_DIR or
 * ./.confgraph/data), Neo4j when asked for or when NEO4J_URI is set (NEO4J_USER/NEO4J_PASSWORD).
 */
import path from 'node:path';
import { EmbeddedStore } from './embedded-store.ts';
import { StoreUnavailableError } from './errors.ts';
import type { GraphStore } from './graph-store.ts';
import { Neo4jStore } from './neo4j-store.ts';

export interface StoreConfig {
  /** Which store; default: 'embedded' when inMemory or dataDir is given, else 'neo4j' when NEO4J_URI is set, else 'embedded'. */
  kind?: 'embedded' | 'neo4j';
  /** Embedded: the data directory (default CONFGRAPH_DATA_DIR or ./.confgraph/data). */
  dataDir?: string;
  /** Embedded: keep the graph in memory only (tests). */
  inMemory?: boolean;
  /** Neo4j: connection, each defaulting to NEO4J_URI, NEO4J_USER (neo4j), NEO4J_PASSWORD. */
  uri?: string;
  user?: string;
  password?: string;
  env?: NodeJS.ProcessEnv;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONFGRAPH_DATA_DIR ?? path.join('.confgraph', 'data'));
}

/** Opens the configured store and creates its indexes/constraints. */
export async function openStore(config: StoreConfig = {}): Promise<GraphStore> {
  const env = config.env ?? process.env;
  // An in-memory store or a data directory can only mean the embedded store, whatever NEO4J_URI says.
  const embeddedAsked = config.inMemory === true || config.dataDir !== undefined;
  const kind = config.kind ?? (embeddedAsked || !env.NEO4J_URI ? 'embedded' : 'neo4j');
  if (kind === 'neo4j') {
    const uri = config.uri ?? env.NEO4J_URI;
    if (!uri) throw new StoreUnavailableError('the Neo4j store needs NEO4J_URI (e.g. bolt://localhost:7687)');
    const store = Neo4jStore.connect({ uri, user: config.user ?? env.NEO4J_USER ?? 'neo4j', password: config.password ?? env.NEO4J_PASSWORD ?? '' });
    try {
      await store.init();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }
  const store = config.inMemory ? EmbeddedStore.create() : EmbeddedStore.open(config.dataDir ?? defaultDataDir(env));
  await store.init();
  return store;
}
