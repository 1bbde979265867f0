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

const text = (body: string, type: string): Blob => new Blob([body], { type });

function pngOf(req: ExportRequest): Promise<Blob> {
  const bg = req.transparent ? undefined : getTheme(req.theme).background;
  // The current viewport, as on screen, at 1x-4x (drawn at once; only the encoding is asynchronous).
  return req.cy.png({ output: 'blob-promise', scale: req.scale, full: false, ...(bg ? { bg } : {}) });
}

async function blobFor(req: ExportRequest, input: ExportInput): Promise<Blob> {
  switch (req.format) {
    case 'png':
      throw new Error('PNG is drawn from the canvas, not from an export input');
    case 'svg':
      return text(writeSvg(input), 'image/svg+xml');
    case 'html':
      return text(writeHtml(input), 'text/html');
    case 'pptx': {
      // pptxgenjs is big: loaded on first use only.
      const { writePptx } = await import('./formats/pptx.ts');
      const bytes = await writePptx(input);
      return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
    }
    case 'cyjs':
      return text(writeCyjs(input), 'application/json');
    case 'graphml':
      return text(writeGraphml(input), 'application/xml');
    case 'csv': {
      const files = writeCsv(input);
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
  // What the file shows is read at once, without the selection's look unless asked; the file is written after.
  const blob =
    req.format === 'png'
      ? await withoutSelection(req.cy, req.keepSelection ?? false, () => pngOf(req))
      : await blobFor(req, withoutSelection(req.cy, req.keepSelection ?? false, () => currentInput(req)));
  downloadBlob(blob, filename);
  return filename;
}
