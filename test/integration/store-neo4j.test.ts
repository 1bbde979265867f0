// The GraphStore spec on real Neo4j (acquireNeo4j: NEO4J_URI, testcontainers or the local launcher; fails under CI without one).
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../store/errors.ts';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { neo4jStoreFactory } from '../support/neo4j-store.ts';
import { storeSpecs } from './store-spec.ts';

const neo4j = neo4jStoreFactory();
storeSpecs('neo4j', neo4j.open, neo4j.stop);

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
