/**
 * Every Cypher statement the project runs, read from cypher/**.cypher: parses each file's header
 * (purpose, params, columns, optional engines and placeholders) and hands statements out by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDGE_TYPES, NODE_TYPES } from '../extractor/schema.ts';

export interface ParamSpec {
  name: string;
  /** The type as the header spells it: `string`, `string|null`, `integer 1..500`, `list of string`, ... */
  type: string;
}

export interface CypherFile {
  /** Path under cypher/ without the extension, e.g. `queries/top-projects`. */
  key: string;
  /** The file name without extension, e.g. `top-projects`. */
  name: string;
  /** `queries`, `schema` or `load`. */
  group: string;
  purpose: string;
  params: ParamSpec[];
  columns: string[];
  engines: Array<'embedded' | 'neo4j'>;
  placeholders: string[];
  /** The statement without its header comment. */
  body: string;
}

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cypher');

const PLACEHOLDER_VALUES: Record<string, readonly string[]> = {
  __LABEL__: NODE_TYPES,
  __SOURCE__: NODE_TYPES,
  __TARGET__: NODE_TYPES,
  __TYPE__: EDGE_TYPES,
};

/** Parses one file's text; throws when the header lacks purpose, params or columns. */
export function parseCypherFile(key: string, text: string): CypherFile {
  const header = new Map<string, string>();
  const bodyLines: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\/\/\s*([a-z]+):\s*(.*)$/.exec(line.trim());
    if (m && bodyLines.length === 0 && m[1] && m[2] !== undefined) header.set(m[1], m[2].trim());
    else if (line.trim() !== '' || bodyLines.length > 0) bodyLines.push(line);
  }
  for (const required of ['purpose', 'params', 'columns']) {
    if (!header.get(required)) throw new Error(`cypher/${key}.cypher: header line "// ${required}:" is missing`);
  }
  const params = [...(header.get('params') ?? '').matchAll(/\$([A-Za-z_]\w*)\s*\(([^)]*)\)/g)].map((m) => ({
    name: m[1] ?? '',
    type: (m[2] ?? '').trim(),
  }));
  const columnsText = header.get('columns') ?? 'none';
  const columns = columnsText === 'none' ? [] : columnsText.split(',').map((c) => c.trim().split(/\s/)[0] ?? '');
  const engines = (header.get('engines') ?? 'embedded, neo4j').split(/[,\s]+/).filter((e): e is 'embedded' | 'neo4j' => e === 'embedded' || e === 'neo4j');
  const placeholders = [...(header.get('placeholders') ?? '').matchAll(/__[A-Z]+__/g)].map((m) => m[0]);
  const slash = key.lastIndexOf('/');
  return {
    key,
    name: key.slice(slash + 1),
    group: slash >= 0 ? key.slice(0, slash) : '',
    purpose: header.get('purpose') ?? '',
    params,
    columns,
    engines,
    placeholders,
    body: bodyLines.join('\n').trim(),
  };
}

/** The $params a statement's body uses (comments and string literals ignored). */
export function paramsUsedIn(body: string): string[] {
  const code = body
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1] ?? ''))].sort();
}

function readAll(): Map<string, CypherFile> {
  const files = new Map<string, CypherFile>();
  for (const entry of readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.cypher')) continue;
    const key = entry.split(path.sep).join('/').replace(/\.cypher$/, '');
    files.set(key, parseCypherFile(key, readFileSync(path.join(CYPHER_DIR, entry), 'utf8')));
  }
  return files;
}

const files = readAll();
const used = new Set<string>();

export function allCypherFiles(): CypherFile[] {
  return [...files.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The named queries (cypher/queries/*), by file name. */
export function namedQuery(name: string): CypherFile | undefined {
  return files.get(`queries/${name}`);
}

/** The statement of `key`, its placeholders filled with checked identifiers (labels and types are not values). */
export function statement(key: string, fill: Record<string, string> = {}): string {
  const file = files.get(key);
  if (!file) throw new Error(`no cypher file cypher/${key}.cypher`);
  let text = file.body;
  for (const placeholder of file.placeholders) {
    const value = fill[placeholder];
    if (value === undefined || !PLACEHOLDER_VALUES[placeholder]?.includes(value)) {
      throw new Error(`cypher/${key}.cypher: ${placeholder} must be one of the schema's names, got ${String(value)}`);
    }
    text = text.split(placeholder).join(value);
  }
  used.add(key);
  return text;
}

/** Which files were rendered since the last reset (the cypher-files test checks every file ran). */
export function usedCypherFiles(): Set<string> {
  return new Set(used);
}
export function resetCypherUsage(): void {
  used.clear();
}
