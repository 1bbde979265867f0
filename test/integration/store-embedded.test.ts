// The GraphStore spec on the embedded store (@grafeo-db/js in memory), plus the file-backed data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import { StoreUnavailableError } from '../../store/errors.ts';
import { openStore } from '../../store/open-store.ts';
import { storeSpecs } from './store-spec.ts';
import { seedGraph, sortedGraph } from './store-seed.ts';

storeSpecs('embedded (in memory)', async () => EmbeddedStore.create());

describe('embedded store on disk', () => {
  it('keeps the graph in its data directory across close and open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-store-'));
    try {
      const graph = await seedGraph();
      const first = EmbeddedStore.open(dir);
      await first.init();
      await first.load(graph);
      await first.close();
      const second = EmbeddedStore.open(dir);
      expect(sortedGraph(await second.exportGraph())).toEqual(sortedGraph(graph));
      expect(() => EmbeddedStore.open(dir)).toThrow(StoreUnavailableError);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('openStore', () => {
  it('opens the embedded store by default and Neo4j only when asked or configured', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'confgraph-open-'));
    try {
      const store = await openStore({ env: { CONFGRAPH_DATA_DIR: dir } });
      expect(store.kind).toBe('embedded');
      expect(await store.health()).toBe(true);
      await store.close();
      await expect(openStore({ kind: 'neo4j', env: {} })).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(openStore({ env: { NEO4J_URI: 'bolt://127.0.0.1:1' } })).rejects.toBeInstanceOf(StoreUnavailableError);
      // An in-memory store or a data directory is the embedded store even where NEO4J_URI is set (CI sets it).
      const memory = await openStore({ inMemory: true, env: { NEO4J_URI: 'bolt://127.0.0.1:1' } });
      expect(memory.kind).toBe('embedded');
      await memory.close();
      const inDir = await openStore({ dataDir: dir, env: { NEO4J_URI: 'bolt://127.0.0.1:1' } });
      expect(inDir.kind).toBe('embedded');
      await inDir.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
