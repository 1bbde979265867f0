// One function per export format: the current view of the live graph becomes a downloaded file.
import type { Core } from 'cytoscape';
import { getTheme } from '../graph/style.ts';
import type { ExportInput } from './export-input.ts';
import { inputFromCy } from './input-from-cy.ts';
import { writeSvg } from './formats/svg.ts';
import { writeHtml } from './formats/html.ts';
import { writeCyjs } from './formats/cyjs.ts';
import { writeGraphml } from './formats/graphml.ts';
import { writeCsv } from './formats/csv.ts';
import { downloadBlob } from './download.ts';

export const FORMATS = ['png', 'svg', 'html', 'pptx', 'cyjs', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG (vector)',
  html: 'HTML (offline, one file)',
  pptx: 'PowerPoint slide (.pptx)',
  cyjs: 'Cytoscape desktop (.cyjs)',
  graphml: 'GraphML (Gephi)',
  csv: 'CSV (nodes + edges, zipped)',
};

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

const text = (body: string, type: string): Blob => new Blob([body], { type });

async function blobFor(req: ExportRequest): Promise<Blob> {
  switch (req.format) {
    case 'png': {
      const bg = req.transparent ? undefined : getTheme(req.theme).background;
      // The current viewport, as on screen, at 1x-4x.
      return req.cy.png({ output: 'blob-promise', scale: req.scale, full: false, ...(bg ? { bg } : {}) });
    }
    case 'svg':
      return text(writeSvg(currentInput(req)), 'image/svg+xml');
    case 'html':
      return text(writeHtml(currentInput(req)), 'text/html');
    case 'pptx': {
      // pptxgenjs is big: loaded on first use only.
      const { writePptx } = await import('./formats/pptx.ts');
      const bytes = await writePptx(currentInput(req));
      return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
    }
    case 'cyjs':
      return text(writeCyjs(currentInput(req)), 'application/json');
    case 'graphml':
      return text(writeGraphml(currentInput(req)), 'application/xml');
    case 'csv': {
      const files = writeCsv(currentInput(req));
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      for (const [name, body] of Object.entries(files)) zip.file(name, body);
      return zip.generateAsync({ type: 'blob' });
    }
  }
}

const EXTENSIONS: Record<ExportFormat, string> = { png: 'png', svg: 'svg', html: 'html', pptx: 'pptx', cyjs: 'cyjs', graphml: 'graphml', csv: 'zip' };

/** Builds the file and starts its download; returns the file name. */
export async function runExport(req: ExportRequest): Promise<string> {
  const filename = `${req.stem}${req.format === 'png' ? `@${req.scale}x` : ''}.${EXTENSIONS[req.format]}`;
  downloadBlob(await blobFor(req), filename);
  return filename;
}
