// The GraphStore spec on real Neo4j (acquireNeo4j: NEO4J_URI, testcontainers or the local launcher; fails under CI without one).
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../store/errors.ts';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { acquireNeo4j, type Neo4jHandle } from '../support/neo4j.ts';
import { storeSpecs } from './store-spec.ts';

let handle: Neo4jHandle | null = null;

storeSpecs(
  'neo4j',
  async () => {
    handle = await acquireNeo4j();
    return handle ? Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password }) : null;
  },
  async () => {
    await handle?.stop();
  },
);

describe('neo4j store without a server', () => {
  it('reports the database as unavailable with a typed error, not a crash', async () => {
    const store = Neo4jStore.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      expect(await store.health()).toBe(false);
      await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });
});
