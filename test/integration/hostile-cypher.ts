// Hostile Cypher for the read-only suites: writes of every kind, and the attack run of issue 11 (file and URL reads,
// transaction and admin commands, dbms procedures), each also hidden behind the comment, line-break and control-character
// tricks that slipped past the old text-scanning guard.

/** Writes of every kind (the first list of the attack run). */
export const WRITES = [
  "CREATE (n:Project {id: 'project:hacked', name: 'x'})",
  "MERGE (n:Project {id: 'project:kubernetes'}) SET n.name = 'hacked'",
  "MATCH (n) SET n.name = 'x'",
  'MATCH (n) DELETE n',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Project) REMOVE n.name',
  'MATCH (n) REMOVE n:Project',
  'MATCH (n) SET n:Hacked',
  "MATCH (n:Project) SET n += {name: 'x'}",
  'MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hacked = true)',
  'CREATE INDEX hacked FOR (n:Project) ON (n.name)',
  'CREATE CONSTRAINT hacked FOR (n:Talk) REQUIRE n.title IS UNIQUE',
  'DROP INDEX Project_id',
  'DROP CONSTRAINT Talk_id_unique',
  "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Leak {line: row[0]})",
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "CALL db.createLabel('Hacked')",
  "CALL `db`.`createProperty`('hacked')",
  "CALL apoc.create.node(['X'], {})",
  'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n',
  "MATCH (n) RETURN n.id AS id UNION MATCH (m:Project) SET m.name = 'x' RETURN m.id AS id",
  'MATCH (n) CALL { WITH n DETACH DELETE n } RETURN count(*) AS c',
  'MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS RETURN count(*) AS c',
  '/* only reading */ mAtCh (n) // harmless\n dEtAcH dElEtE n',
  "MATCH (n) WHERE n.name = '\\u0041' SET n.name = '\\u0042'",
  'UNWIND range(1, 10) AS i CREATE (:Spam {i: i})',
  'MATCH (n) WITH n LIMIT 1 MERGE (n)-[:SELF]->(n)',
  "INSERT (:Hacked {id: 'x'})",
];

/** Reads that must never answer: files, URLs, other clients' transactions, users, settings, connections. */
export function leakingReads(target: { fileUrl: string; httpUrl: string }): string[] {
  return [
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    `LOAD CSV FROM '${target.fileUrl}' AS l RETURN l`,
    `LOAD CSV WITH HEADERS FROM '${target.fileUrl}' AS l RETURN l`,
    `LOAD CSV FROM '${target.httpUrl}' AS l RETURN l`,
    `CYPHER runtime=slotted LOAD CSV FROM '${target.httpUrl}' AS l RETURN l`,
    `WITH 1 AS x LOAD CSV FROM '${target.fileUrl}' AS l RETURN l`,
    `UNWIND ['${target.httpUrl}'] AS u LOAD CSV FROM u AS l RETURN l`,
    `CALL { LOAD CSV FROM '${target.fileUrl}' AS l RETURN l } RETURN l`,
    `RETURN 1 AS l UNION LOAD CSV FROM '${target.fileUrl}' AS l RETURN l`,
    'SHOW TRANSACTIONS',
    'SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters',
    'SHOW TRANSACTIONS YIELD *',
    'SHOW TRANSACTIONS YIELD transactionId AS txId TERMINATE TRANSACTIONS txId',
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1', 'neo4j-transaction-2', 'neo4j-transaction-3'",
    'SHOW USERS',
    'SHOW CURRENT USER',
    'SHOW SETTINGS',
    'SHOW SETTINGS YIELD name, value',
    'SHOW DATABASES',
    'SHOW PROCEDURES',
    'SHOW FUNCTIONS',
    'SHOW PRIVILEGES',
    'SHOW SERVERS',
    'CALL dbms.listConnections()',
    'CALL dbms.listConfig()',
    'CALL dbms.components()',
    'CALL dbms.showCurrentUser()',
    "CALL dbms.killConnections(['bolt-1'])",
    "CALL db.labels() YIELD label CALL dbms.listConnections() YIELD connectionId RETURN label, connectionId",
    'CALL db.clearQueryCaches()',
    "CALL tx.setMetaData({app: 'x'})",
    'USE system SHOW USERS',
    'USE system MATCH (n) RETURN n',
    "CREATE USER hacker SET PASSWORD 'hacker-pass'",
    "ALTER USER neo4j SET PASSWORD 'changed-pass'",
    'STOP DATABASE neo4j',
    'CREATE DATABASE hacked',
    'GRANT ROLE admin TO hacker',
  ];
}

/** What the old guard missed: a `//` comment ended by \r or a Unicode line break, control characters, `\ ` before a word. */
export const EVASIONS = ['//\r', '//\u2028', '//\u2029', '//\u0085', '// \\u000a\n', '/* x */', '\u001c', '\u001d', '\u001e', '\u001f', '\\ ', '\t\u000b\u000c'];

/** The leaking reads that the attack run got through, each behind every evasion. */
export function evasiveReads(target: { fileUrl: string; httpUrl: string }): string[] {
  const bodies = [
    `LOAD CSV FROM '${target.fileUrl}' AS l RETURN l`,
    `LOAD CSV FROM '${target.httpUrl}' AS l RETURN l`,
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'SHOW TRANSACTIONS YIELD currentQuery, parameters',
    'USE system SHOW USERS',
    'SHOW SETTINGS',
  ];
  return EVASIONS.flatMap((evasion) => bodies.map((body) => `${evasion}${body}`));
}
