// CSV writer: nodes.csv and edges.csv, RFC 4180 (CRLF, quotes doubled), guarded against spreadsheet formula injection.
import type { ExportInput } from '../export-input.ts';
import { nodeLook } from '../export-input.ts';

export interface CsvFiles {
  'nodes.csv': string;
  'edges.csv': string;
}

/**
 * One field. Text a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading
 * apostrophe (OWASP's advice); numbers are written as numbers.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) text = value.join(' | ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: string[], rows: Array<Record<string, unknown>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Columns: the fixed ones first, then every other field any row has, in first-seen order. */
function columnsOf(fixed: string[], rows: Array<Record<string, unknown>>): string[] {
  const seen = new Set(fixed);
  const cols = [...fixed];
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (seen.has(key)) continue;
      seen.add(key);
      cols.push(key);
    }
  }
  return cols;
}

export function writeCsv(input: ExportInput): CsvFiles {
  const nodes = input.graph.elements.nodes.map(({ data }) => {
    const look = nodeLook(input, data.id);
    return { ...data, x: Math.round(look.x * 100) / 100, y: Math.round(look.y * 100) / 100 };
  });
  const edges = input.graph.elements.edges.map(({ data }) => ({
    ...data,
    // The sentences themselves read better than JSON in a spreadsheet; the links follow in their own column.
    evidence: data.evidence.map((e) => e.text).join(' | '),
    evidence_urls: data.evidence.map((e) => e.url).join(' | '),
  }));
  return {
    'nodes.csv': table(columnsOf(['id', 'type', 'name', 'x', 'y'], nodes), nodes),
    'edges.csv': table(columnsOf(['id', 'source', 'target', 'type', 'count', 'role', 'evidence', 'evidence_urls'], edges), edges),
  };
}
