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

async function blobFor(req: ExportRequest): Promise<Blob> {
  if (req.format === 'png') {
    const bg = req.transparent ? undefined : getTheme(req.theme).background;
    // The current viewport, as on screen, at 1x-4x.
    return req.cy.png({ output: 'blob-promise', scale: req.scale, full: false, ...(bg ? { bg } : {}) });
  }
  // Links to this app's own pages (a post's section) must open from the exported file too.
  return blobOf(await writeExport(req.format, currentInput(req), location.origin), exportFormat(req.format).mime);
}

/** Builds the file and starts its download; returns the file name. */
export async function runExport(req: ExportRequest): Promise<string> {
  const filename = `${req.stem}${req.format === 'png' ? `@${req.scale}x` : ''}.${exportFormat(req.format).extension}`;
  downloadBlob(await blobFor(req), filename);
  return filename;
}
