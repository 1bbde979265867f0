/**
 * Where `query`, `load` and `export` read and write: the store itself, or, when `npm start` holds the embedded store
 * (one process at a time), that server's API, found through `<data dir>/server.json`. `--server URL` asks for the API.
 */
import path from 'node:path';
import { StoreUnavailableError } from '../store/errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { defaultDataDir, openStore, type StoreConfig } from '../store/open-store.ts';
import { readServerUrl, SERVER_FILE } from '../server/server-url-file.ts';
import { ServerClient } from './server-client.ts';

export type Target = { kind: 'store'; store: GraphStore } | { kind: 'server'; server: ServerClient };

/** Opens the store, or falls back to the running server; one clear line when neither can be used. */
export async function openStoreOrServer(config: StoreConfig, serverUrl: string | undefined, say: (line: string) => void): Promise<Target> {
  if (serverUrl) return { kind: 'server', server: new ServerClient(serverUrl, say) };
  try {
    return { kind: 'store', store: await openStore(config) };
  } catch (error) {
    const embedded = (config.kind ?? (process.env.NEO4J_URI ? 'neo4j' : 'embedded')) === 'embedded';
    if (!(error instanceof StoreUnavailableError) || !embedded) throw error;
    const dataDir = config.dataDir ? path.resolve(config.dataDir) : defaultDataDir();
    const running = readServerUrl(dataDir);
    if (!running) {
      throw new StoreUnavailableError(
        `the embedded store in ${dataDir} is in use by another process and no running confgraph server is recorded in ${path.join(dataDir, SERVER_FILE)}: stop that process, or pass --server URL of the app that holds it`,
      );
    }
    say(`the embedded store is held by the running app (pid ${running.pid}); going through its API at ${running.url}`);
    return { kind: 'server', server: new ServerClient(running.url, say) };
  }
}

export const SERVER_USAGE = ['  --server URL    go through a running confgraph app\'s API (automatic when `npm start` holds the embedded store)'];
