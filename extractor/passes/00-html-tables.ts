/**
 * Pass 0 helper: an HTML table written into the markdown (a programme pasted from a spreadsheet or a CMS) reads as the
 * markdown table a visitor sees, so its rows reach the talk readers as rows of cells, as a GFM table's do. Without it
 * the table is one flat run of text, a cell per line, and no reader can tell its titles from its speakers.
 */
import { htmlBlockAsMarkdown } from './00-html-markdown.ts';

/** Tables larger than this stay as they were read before (flat text). */
const MAX_TABLE = 256 * 1024;
const TABLE = /<table\b[^<>]{0,2000}>([\s\S]*)<\/table\s*>/i;

/** A cell's HTML as one line of markdown: its links and emphasis kept, its pipes escaped. */
function cellMarkdown(html: string): string {
  const markdown = htmlBlockAsMarkdown(`<p>${html}</p>`) ?? html;
  return markdown.replace(/<[^<>]{0,2000}>/g, ' ').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** The cells of each row: each piece after a "<tr>" up to its "</tr>", split at its cells' opening tags. */
function rowsOf(body: string): Array<{ cells: string[]; header: boolean }> {
  const rows: Array<{ cells: string[]; header: boolean }> = [];
  // (Split, not a lazy match per row: a table of unclosed rows stays linear.)
  for (const piece of body.split(/<tr\b[^<>]{0,2000}>/i).slice(1)) {
    const row = piece.split(/<\/tr\s*>/i)[0] ?? '';
    const header = /<th\b/i.test(row) && !/<td\b/i.test(row);
    const cells = row.split(/<t[dh]\b[^<>]{0,2000}>/i).slice(1).map((cell) => cellMarkdown(cell.split(/<\/t[dh]\s*>/i)[0] ?? ''));
    if (cells.length) rows.push({ cells, header });
  }
  return rows;
}

/**
 * The block with its one table as a GFM table (the text around the table kept around it), or null where the block
 * holds no table, more than one, a nested one, or code.
 */
export function htmlTableAsMarkdown(value: string): string | null {
  if (value.length > MAX_TABLE || /<(?:pre|code|script|style)\b/i.test(value)) return null;
  const m = TABLE.exec(value);
  if (!m?.[1] || /<table\b/i.test(m[1])) return null;
  const rows = rowsOf(m[1]);
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  // A table without a header row gets an empty one: GFM needs a header, and its first row is a row like the others.
  const [first, ...rest] = rows;
  const header = first?.header ? first.cells : [];
  const body = first?.header ? rest : rows;
  const table = [line(header), line(Array.from({ length: width }, () => '---')), ...body.map((r) => line(r.cells))].join('\n');
  return `${value.slice(0, m.index)}\n\n${table}\n\n${value.slice(m.index + m[0].length)}`;
}
