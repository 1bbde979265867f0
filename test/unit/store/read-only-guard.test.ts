// The static read-only guard: writes of every kind refused, reads (and write words used as names) let through.
import { describe, expect, it } from 'vitest';
import { ReadOnlyViolationError } from '../../../store/errors.ts';
import { assertReadOnlyCypher } from '../../../store/read-only-guard.ts';

const refused = [
  'CREATE (n:X)',
  'match (n) set n.x = 1',
  'MATCH (n) DETACH DELETE n',
  'MERGE (n:Project {id: "x"})',
  'MATCH (n) REMOVE n.name',
  'MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.y = 1)',
  'CREATE INDEX i FOR (n:X) ON (n.id)',
  'DROP INDEX i',
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "CALL db.createLabel('X')",
  "CALL `db`.`createLabel`('X')",
  'MATCH (n) RETURN n; MATCH (n) DELETE n',
  'MATCH (n) RETURN n.id AS id UNION MATCH (m) DELETE m RETURN 1 AS id',
  'MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n',
  'MATCH (n) /* a comment */ SeT /* more */ n.x = 1',
  "MATCH (n) WHERE n.name = '\\u0027' CREATE (m)",
  'START DATABASE neo4j',
  'USE system SHOW USERS',
  'GRANT ROLE admin TO bob',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
];

const allowed = [
  'MATCH (n) RETURN n.set AS set',
  "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
  'MATCH (n) // DELETE n\nRETURN count(n)',
  'RETURN {create: 1, delete: 2} AS m',
  'CALL db.labels()',
  'MATCH (n) CALL { WITH n RETURN n.id AS x } RETURN x',
  'MATCH (n) RETURN n;',
  'MATCH (start)-[:MENTIONS]->(stop) RETURN start.id, stop.id',
  'MATCH (n:Set) RETURN n',
];

describe('read-only guard', () => {
  it.each(refused)('refuses %s', (cypher) => {
    expect(() => assertReadOnlyCypher(cypher)).toThrow(ReadOnlyViolationError);
  });
  it.each(allowed)('lets through %s', (cypher) => {
    expect(() => assertReadOnlyCypher(cypher)).not.toThrow();
  });
});
