/**
 * The first line of defence for users' Cypher: refuses, before anything runs, a statement that
 * names a write clause, a schema/admin command, LOAD CSV, a second statement after `;` or a
 * procedure outside a short read-only list. The engines enforce read-only on their own as well
 * (Neo4j READ transactions, grafeo read-only handles); this gives a clear error first and keeps
 * schema commands (which are not transactional everywhere) from ever reaching an engine.
 */
import { ReadOnlyViolationError } from './errors.ts';

const WRITE_WORDS = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'DROP', 'LOAD', 'INSERT']);

/** Admin commands: refused where a statement (or a subquery) starts; elsewhere (`MATCH (start)`) they are names. */
const ADMIN_WORDS = new Set(['ALTER', 'GRANT', 'DENY', 'REVOKE', 'RENAME', 'TERMINATE', 'START', 'STOP', 'USE', 'ENABLE', 'DEALLOCATE', 'REALLOCATE']);

/** Procedures a user may CALL: they only describe the graph. */
const READ_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization',
  'db.schema.nodetypeproperties', 'db.schema.reltypeproperties',
]);

interface Token {
  text: string;
  kind: 'word' | 'quoted' | 'symbol';
}

/** Words, backticked names and symbols; comments and string literals are dropped. */
export function cypherTokens(cypher: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i] ?? '';
    const next = cypher[i + 1] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '/' && next === '/') i = cypher.indexOf('\n', i) < 0 ? cypher.length : cypher.indexOf('\n', i);
    else if (c === '/' && next === '*') i = cypher.indexOf('*/', i + 2) < 0 ? cypher.length : cypher.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' ? 2 : 1;
      tokens.push({ text: "''", kind: 'symbol' });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      while (j < cypher.length && !(cypher[j] === '`' && cypher[j + 1] !== '`')) {
        name += cypher[j] === '`' ? '`' : cypher[j];
        j += cypher[j] === '`' ? 2 : 1;
      }
      tokens.push({ text: name, kind: 'quoted' });
      i = j + 1;
    } else if (/[\p{L}_$]/u.test(c)) {
      let j = i;
      while (j < cypher.length && /[\p{L}\p{N}_$]/u.test(cypher[j] ?? '')) j++;
      tokens.push({ text: cypher.slice(i, j), kind: 'word' });
      i = j;
    } else {
      tokens.push({ text: c, kind: 'symbol' });
      i++;
    }
  }
  return tokens;
}

function procedureName(tokens: Token[], from: number): string {
  let name = '';
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (t.kind === 'symbol' && t.text !== '.')) break;
    name += t.text;
  }
  return name.toLowerCase();
}

/** Throws ReadOnlyViolationError when `cypher` could change anything. */
export function assertReadOnlyCypher(cypher: string): void {
  const tokens = cypherTokens(cypher);
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon >= 0 && semicolon < tokens.length - 1) {
    throw new ReadOnlyViolationError('read-only: one statement per query (found a second statement after ";")');
  }
  tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const before = tokens[i - 1]?.text;
    const after = tokens[i + 1]?.text;
    // n.set, {set: 1}, $set, :Set and `AS set` are names, not clauses.
    if (before === '.' || before === '$' || before === ':' || after === ':' || before?.toUpperCase() === 'AS') return;
    const word = token.text.toUpperCase();
    if (WRITE_WORDS.has(word) || (ADMIN_WORDS.has(word) && (before === undefined || before === '{'))) {
      throw new ReadOnlyViolationError(`read-only: ${word} is not allowed in a query (queries cannot change the graph or read files)`);
    }
    if (word === 'CALL' && after !== '{' && after !== '(') {
      const name = procedureName(tokens, i + 1);
      if (!READ_PROCEDURES.has(name)) throw new ReadOnlyViolationError(`read-only: procedure "${name}" is not on the read-only list`);
    }
  });
}
