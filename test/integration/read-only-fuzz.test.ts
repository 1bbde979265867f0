// Fuzzes the read-only guard on both stores: hostile statements with the characters around their keywords mutated
// (line breaks of every kind, control characters, comment and quote openers, escapes, case). Whatever the guard and the
// engine make of each variant, it is refused or answers nothing secret; afterwards the graph is unchanged and no URL
// was fetched.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../store/embedded-store.ts';
import { QueryLimitError, QuerySyntaxError, ReadOnlyViolationError } from '../../store/errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { neo4jStoreFactory } from '../support/neo4j-store.ts';
import { seedGraph, sortedGraph } from './store-seed.ts';

const SECRET = `fuzz-secret-${process.pid}-${Date.now()}`;

/** Separators that keep a statement whole (mostly), the ones the old text-scanning guard misjudged, and openers that change how the rest is read. */
const PLAIN = [' ', '\n', '\t', '\r\n', ' /* c */ ', '\n// c\n', '//\r', '//\u2028', '//\u2029', '//\u0085', '\u000b', '\u000c'];
const TRICKY = [
  '\r', '\u2028', '\u2029', '\u0085', '\u001c', '\u001d', '\u001e', '\u001f', '\u00a0', '\u200b', '\ufeff', '\\ ', '\\u000a', '\\n',
  '//', '/*', '*/', '`', "'", '"', ';', '{', '}', '(', ')',
];
const piece = fc.oneof(
  { arbitrary: fc.constant(' '), weight: 24 },
  { arbitrary: fc.constantFrom(...PLAIN), weight: 6 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 1 },
);

let canary: Server;
let canaryHits = 0;
let dir: string;
let templates: string[][];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'confgraph-fuzz-'));
  const file = path.join(dir, 'secret.csv');
  writeFileSync(file, `name,value\nsecret,${SECRET}\n`);
  canary = createServer((_req, res) => {
    canaryHits++;
    res.end(`name,value\nsecret,${SECRET}\n`);
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  const address = canary.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/x.csv`;
  templates = [
    ['LOAD', 'CSV', 'FROM', `'${pathToFileURL(file).href}'`, 'AS', 'l', 'RETURN', 'l'],
    ['LOAD', 'CSV', 'WITH', 'HEADERS', 'FROM', `'${url}'`, 'AS', 'l', 'RETURN', 'l'],
    ['MATCH', '(n)', 'RETURN', 'n', 'UNION', 'LOAD', 'CSV', 'FROM', `'${url}'`, 'AS', 'n', 'RETURN', 'n'],
    ['SHOW', 'TRANSACTIONS', 'YIELD', 'currentQuery', ',', 'parameters'],
    ['TERMINATE', 'TRANSACTIONS', "'neo4j-transaction-1'"],
    ['USE', 'system', 'SHOW', 'USERS'],
    ['SHOW', 'SETTINGS'],
    ['CALL', 'dbms.listConnections', '(', ')'],
    ['MATCH', '(n)', 'SET', 'n.name', '=', "'x'", 'RETURN', 'n'],
    ['MATCH', '(n)', 'DETACH', 'DELETE', 'n'],
    ['CREATE', '(:Hacked', '{id:', "'x'})", 'RETURN', '1'],
  ];
});
afterAll(async () => {
  await new Promise((resolve) => canary.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A template with a fuzzed separator between every two of its words, and some words' case flipped. */
const variant = fc.integer({ min: 0, max: 10 }).chain((t) =>
  fc.record({
    template: fc.constant(t),
    separators: fc.array(fc.array(piece, { minLength: 1, maxLength: 2 }), { minLength: 14, maxLength: 14 }),
    flips: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
  }),
);

function build(words: string[], separators: string[][], flips: boolean[]): string {
  return words.map((w, i) => `${i > 0 ? (separators[i]?.join('') ?? ' ') : (separators[0]?.join('') ?? '')}${flips[i] ? w.toLowerCase() : w}`).join('');
}

function fuzzSuite(name: string, make: () => Promise<GraphStore | null>, cleanup: () => Promise<void>, runs: number): void {
  describe(`read-only fuzz: ${name}`, () => {
    let store: GraphStore | null = null;
    beforeAll(async () => {
      store = await make();
      if (!store) return;
      await store.init();
      await store.clear();
      await store.load(await seedGraph());
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it(`${runs} mutated hostile statements: refused or harmless; graph unchanged, nothing fetched`, async (ctx) => {
      const s = store;
      if (!s) return ctx.skip();
      const before = sortedGraph(await s.exportGraph());
      const outcomes = { refused: 0, syntax: 0, answered: 0 };
      await fc.assert(
        fc.asyncProperty(variant, async ({ template, separators, flips }) => {
          const cypher = build(templates[template] ?? [], separators, flips);
          try {
            const result = await s.runReadOnly(cypher, {}, { timeoutMs: 5_000 });
            outcomes.answered++;
            const text = JSON.stringify(result);
            expect(text.includes(SECRET) || text.includes('root:x:0:0') || text.includes('neo4j-transaction-'), `${JSON.stringify(cypher)} answered ${text.slice(0, 200)}`).toBe(false);
          } catch (error) {
            if (error instanceof ReadOnlyViolationError) outcomes.refused++;
            else if (error instanceof QuerySyntaxError || error instanceof QueryLimitError) outcomes.syntax++;
            else throw new Error(`${JSON.stringify(cypher)} failed with ${String(error)}`, { cause: error });
          }
        }),
        { numRuns: runs },
      );
      console.log(`read-only fuzz ${name}: ${JSON.stringify(outcomes)}`);
      expect(outcomes.refused).toBeGreaterThan(0);
      expect(canaryHits).toBe(0);
      expect(sortedGraph(await s.exportGraph())).toEqual(before);
    });
  });
}

fuzzSuite('embedded', async () => EmbeddedStore.create(), async () => {}, 400);
const neo4j = neo4jStoreFactory();
fuzzSuite('neo4j', neo4j.open, neo4j.stop, 200);
