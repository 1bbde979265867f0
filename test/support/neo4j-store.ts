// A Neo4jStore on whatever Neo4j acquireNeo4j() finds, as the open/close pair the store suites take.
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { acquireNeo4j, type Neo4jHandle } from './neo4j.ts';

export interface Neo4jStoreFactory {
  /** Null off CI when no Neo4j can be had (the suite skips loudly); throws under CI=true. */
  open(): Promise<Neo4jStore | null>;
  /** Stops the engine this factory started (a NEO4J_URI one is left running). */
  stop(): Promise<void>;
}

export function neo4jStoreFactory(): Neo4jStoreFactory {
  let handle: Neo4jHandle | null = null;
  return {
    async open() {
      handle = await acquireNeo4j();
      return handle ? Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password }) : null;
    },
    async stop() {
      await handle?.stop();
    },
  };
}
