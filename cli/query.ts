/** `confgraph query [--store ...] [--params JSON] [--json] "<cypher>"`: runs a read-only Cypher query (on the store, or through the running app) and prints the rows. */
import type { QueryResult, RowValue } from '../store/graph-store.ts';
import { UsageError, type Command } from './command.ts';
import { SERVER_USAGE, openStoreOrServer } from './store-or-server.ts';
import { STORE_USAGE, parseFlags, storeConfig } from './store-options.ts';

const MAX_CELL = 60;

function cell(value: RowValue | undefined): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** A plain text table: header, rule, one line per row. */
export function formatTable(result: QueryResult): string {
  const cells = result.rows.map((row) => result.columns.map((c) => cell(row[c])));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  return [line(result.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)].join('\n');
}

function parseParams(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('--params must be a JSON object, e.g. --params \'{"id":"project:kubernetes"}\'');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError('--params must be a JSON object');
  return value as Record<string, unknown>;
}

export const queryCommand: Command = {
  name: 'query',
  usage: [
    'usage: confgraph query [--store embedded|neo4j] [--data-dir DIR] [--server URL] [--params JSON] [--json] [--max-rows N] [--timeout MS] "<cypher>"',
    '',
    ...STORE_USAGE,
    ...SERVER_USAGE,
    '  --params JSON   query parameters, e.g. \'{"id":"project:kubernetes"}\' for $id',
    '  --json          print {columns, rows, truncated} as JSON instead of a table',
    '  --max-rows N    at most N rows (default 1000; through a server, its own limit)',
    '  --timeout MS    stop the query after MS milliseconds (default 5000; through a server, its own limit)',
    '',
    'Queries are read-only: anything that writes is refused.',
  ].join('\n'),
  async run(rawArgs) {
    const { flags, positional } = parseFlags(rawArgs, ['--store', '--data-dir', '--server', '--params', '--max-rows', '--timeout'], ['--json']);
    if (positional.length !== 1 || !positional[0]?.trim()) throw new UsageError('give exactly one Cypher query (quote it)');
    const params = parseParams(flags.get('--params'));
    const number = (flag: string): number | undefined => {
      const raw = flags.get(flag);
      if (raw === undefined) return undefined;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number`);
      return n;
    };
    const options = { maxRows: number('--max-rows'), timeoutMs: number('--timeout') };
    const target = await openStoreOrServer(storeConfig(flags), flags.get('--server'), (line) => process.stderr.write(`confgraph query: ${line}\n`));
    try {
      const result =
        target.kind === 'store'
          ? await target.store.runReadOnly(positional[0], params, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)))
          : await target.server.query(positional[0], params);
      if (flags.has('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else {
        process.stdout.write(formatTable(result) + '\n');
        process.stderr.write(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ', cut at the row limit' : ''})\n`);
      }
    } finally {
      if (target.kind === 'store') await target.store.close();
    }
    return 0;
  },
};
