// The Export menu's action: the current view of the live graph becomes a downloaded file, in a format of the shared registry (export/registry.ts).
import type { Core } from 'cytoscape';
import { getTheme } from '../graph/style.ts';
import type { ExportInput } from '../../../export/export-input.ts';
import { EXPORT_FORMATS, exportFormat, writeExport, type ExportBody, type ExportFormatName } from '../../../export/registry.ts';
import { inputFromCy } from './input-from-cy.ts';
import { downloadBlob } from './download.ts';

export const FORMATS: readonly ExportFormatName[] = EXPORT_FORMATS.map((f) => f.name);
export type ExportFormat = ExportFormatName;
export const FORMAT_LABELS = Object.fromEntries(EXPORT_FORMATS.map((f) => [f.name, f.label])) as Record<ExportFormat, string>;

export interface ExportRequest {
  cy: Core;
  format: ExportFormat;
  /** File name without extension. */
  stem: string;
  title: string;
  theme: string;
  /** PNG only: 1..4 */
  scale: number;
  /** PNG/SVG/HTML: no page colour. */
  transparent: boolean;
  /** Keep the selection's highlight (and the fading of the rest); off by default: a picture shows the graph, not the UI state. */
  keepSelection?: boolean;
}

/** The classes of the explorer's selection; removed while an export reads the graph unless asked to keep them. */
const SELECTION_CLASSES = 'cg-selected cg-highlight cg-faded';

/** Runs `read` with the selection's look removed, then puts it back, all in one task: nothing flickers on screen. */
function withoutSelection<T>(cy: Core, keep: boolean, read: () => T): T {
  if (keep) return read();
  const marked = cy.elements('.cg-selected, .cg-highlight, .cg-faded').map((e) => ({ e, classes: SELECTION_CLASSES.split(' ').filter((c) => e.hasClass(c)) }));
  cy.elements().removeClass(SELECTION_CLASSES);
  try {
    return read();
  } finally {
    for (const { e, classes } of marked) e.addClass(classes.join(' '));
  }
}

function currentInput(req: ExportRequest): ExportInput {
  const background = req.transparent ? null : getTheme(req.theme).background;
  return inputFromCy(req.cy, { title: req.title, background });
}

async function blobOf(body: ExportBody, mime: string): Promise<Blob> {
  if (typeof body === 'string') return new Blob([body], { type: mime });
  if (body instanceof Uint8Array) return new Blob([body as BlobPart], { type: mime });
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [name, text] of Object.entries(body)) zip.file(name, text);
  return zip.generateAsync({ type: 'blob' });
}

function pngOf(req: ExportRequest): Promise<Blob> {
  const bg = req.transparent ? undefined : getTheme(req.theme).background;
  // The current viewport, as on screen, at 1x-4x (drawn at once; only the encoding is asynchronous).
  return req.cy.png({ output: 'blob-promise', scale: req.scale, full: false, ...(bg ? { bg } : {}) });
}

/** Builds the file and starts its download; returns the file name. */
export async function runExport(req: ExportRequest): Promise<string> {
  const filename = `${req.stem}${req.format === 'png' ? `@${req.scale}x` : ''}.${exportFormat(req.format).extension}`;
  const keep = req.keepSelection ?? false;
  // What the file shows is read at once, without the selection's look unless asked; the file is written after.
  // Links to this app's own pages (a post's section) must open from the exported file too.
  const blob =
    req.format === 'png'
      ? await withoutSelection(req.cy, keep, () => pngOf(req))
      : await blobOf(await writeExport(req.format, withoutSelection(req.cy, keep, () => currentInput(req)), location.origin), exportFormat(req.format).mime);
  downloadBlob(blob, filename);
  return filename;
}
