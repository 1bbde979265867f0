/**
 * The export formats, one entry each (STYLE.md lesson 13): the CLI (`confgraph export`) and the web app's Export
 * menu both read this list. A writer returns the file's text or bytes, or (csv) several named text files; PNG has no
 * writer here because each side rasterises its own way (the browser's canvas, headless Chromium in the CLI).
 */
import type { ExportInput } from './export-input.ts';
import { withAbsoluteUrls } from './absolute-urls.ts';
import { writeCsv } from './formats/csv.ts';
import { writeCyjs } from './formats/cyjs.ts';
import { writeGraphml } from './formats/graphml.ts';
import { writeHtml } from './formats/html.ts';
import { writeSvg } from './formats/svg.ts';

export type ExportBody = string | Uint8Array | Record<string, string>;

export interface ExportFormatEntry {
  name: string;
  /** For menus. */
  label: string;
  /** File extension (csv: `zip`, the files zipped). */
  extension: string;
  mime: string;
  write: ((input: ExportInput) => Promise<ExportBody>) | null;
}

export const EXPORT_FORMATS = [
  { name: 'png', label: 'PNG image', extension: 'png', mime: 'image/png', write: null },
  { name: 'svg', label: 'SVG (vector)', extension: 'svg', mime: 'image/svg+xml', write: async (input) => writeSvg(input) },
  { name: 'html', label: 'HTML (offline, one file)', extension: 'html', mime: 'text/html', write: async (input) => writeHtml(input) },
  {
    name: 'pptx',
    label: 'PowerPoint slide (.pptx)',
    extension: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    // pptxgenjs is big: loaded on first use only.
    write: async (input) => (await import('./formats/pptx.ts')).writePptx(input),
  },
  { name: 'cyjs', label: 'Cytoscape desktop (.cyjs)', extension: 'cyjs', mime: 'application/json', write: async (input) => writeCyjs(input) },
  { name: 'graphml', label: 'GraphML (Gephi)', extension: 'graphml', mime: 'application/xml', write: async (input) => writeGraphml(input) },
  { name: 'csv', label: 'CSV (nodes + edges, zipped)', extension: 'zip', mime: 'application/zip', write: async (input) => ({ ...writeCsv(input) }) },
] as const satisfies readonly ExportFormatEntry[];

export type ExportFormatName = (typeof EXPORT_FORMATS)[number]['name'];
export const EXPORT_FORMAT_NAMES: readonly ExportFormatName[] = EXPORT_FORMATS.map((f) => f.name);

export function exportFormat(name: ExportFormatName): ExportFormatEntry {
  const entry = EXPORT_FORMATS.find((f) => f.name === name);
  if (!entry) throw new Error(`unknown export format "${name}"`);
  return entry;
}

/** The file body of a vector or data format, links made absolute against `origin` (the app's URL). */
export async function writeExport(name: Exclude<ExportFormatName, 'png'>, input: ExportInput, origin: string): Promise<ExportBody> {
  const write = exportFormat(name).write;
  if (!write) throw new Error(`${name} has no writer here`);
  return write(withAbsoluteUrls(input, origin));
}
