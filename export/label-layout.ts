// Where a node's label goes and how it breaks into lines, without a DOM to measure text: widths are estimated.
import type { NodeLook } from './export-input.ts';

/** Average glyph width as a share of the font size: generous, as for a wide face like DejaVu Sans (bold wider still). */
const glyph = (bold: boolean): number => (bold ? 0.66 : 0.58);

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * glyph(bold);
}

function ellipsize(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const fits = Math.max(1, Math.floor(maxWidth / (fontSize * glyph(bold))) - 1);
  return `${text.slice(0, fits).trimEnd()}…`;
}

/** The label's lines as they would show: wrapped at spaces or cut with an ellipsis. */
export function labelLines(look: NodeLook): string[] {
  const text = look.label.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  if (look.labelWrap === 'none') return [text];
  if (look.labelWrap === 'ellipsis') return [ellipsize(text, look.labelMaxWidth, look.fontSize, look.bold)];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, look.fontSize, look.bold) > look.labelMaxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  // A very long word still must not run across the slide.
  return lines.map((l) => ellipsize(l, look.labelMaxWidth, look.fontSize, look.bold));
}

export const LINE_HEIGHT = 1.2;

export interface LabelBox {
  lines: string[];
  /** Centre x, top y of the text block, its width and height. */
  x: number;
  top: number;
  width: number;
  height: number;
}

export function labelBox(look: NodeLook): LabelBox {
  const lines = labelLines(look);
  const height = lines.length * look.fontSize * LINE_HEIGHT;
  const width = Math.max(0, ...lines.map((l) => textWidth(l, look.fontSize, look.bold)));
  let top: number;
  if (look.labelPosition === 'bottom') top = look.y + look.height / 2 + look.labelMargin;
  else if (look.labelPosition === 'top') top = look.y - look.height / 2 - look.labelMargin - height;
  else top = look.y - height / 2;
  return { lines, x: look.x, top, width, height };
}
