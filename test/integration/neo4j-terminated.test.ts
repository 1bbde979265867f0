// A load whose transaction another client terminates fails as a TransactionTerminatedError that says so (not as a
// timeout), keeps nothing of itself, and the store loads again right after.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../store/engine.ts';
import { TransactionTerminatedError } from '../../store/errors.ts';
import { Neo4jStore } from '../../store/neo4j-store.ts';
import { acquireNeo4j, type Neo4jHandle } from '../support/neo4j.ts';

let handle: Neo4jHandle | null = null;
let store: Neo4jStore | null = null;

beforeAll(async () => {
  handle = await acquireNeo4j();
  if (!handle) return;
  store = Neo4jStore.connect({ uri: handle.uri, user: handle.user, password: handle.password });
  await store.init();
});
afterAll(async () => {
  await store?.close();
  await handle?.stop();
});

/** What an administrator (or the attack of issue 11) does: terminate every other running transaction. */
async function terminateOthers(h: Neo4jHandle): Promise<number> {
  const driver = neo4j.driver(h.uri, neo4j.auth.basic(h.user, h.password));
  try {
    const shown = await driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId");
    const ids = shown.records.map((r) => String(r.get('transactionId')));
    if (ids.length > 0) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await driver.close();
  }
}

describe('a terminated Neo4j transaction', () => {
  it('fails as TransactionTerminatedError, keeps nothing, and the next load works', async (ctx) => {
    if (!handle || !store) return ctx.skip();
    const h = handle;
    const engine = (store as unknown as { engine: Engine }).engine;
    let terminated = 0;
    const error = await engine
      .write(async (tx) => {
        await tx.run("MERGE (n:Probe {id: 'probe:terminated'})", {});
        terminated = await terminateOthers(h);
        await tx.run('RETURN 1 AS one', {});
      })
      .then(() => null, (e: unknown) => e);
    expect(terminated).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(TransactionTerminatedError);
    expect(String((error as Error).message)).toMatch(/terminated the transaction before it finished.*nothing of it was kept/);
    const left = await engine.run("MATCH (n:Probe {id: 'probe:terminated'}) RETURN count(n) AS c");
    expect(left.rows[0]?.c).toBe(0);
    await engine.write(async (tx) => {
      await tx.run("MERGE (n:Probe {id: 'probe:after'})", {});
    });
    expect((await engine.run("MATCH (n:Probe {id: 'probe:after'}) RETURN count(n) AS c")).rows[0]?.c).toBe(1);
    await engine.run('MATCH (n:Probe) DELETE n');
  });
});
