/** Pass 0 helper: removes regions that are never prose (HTML comments, <style>, <script>, <pre>) in one linear scan. */

const REGIONS: Array<{ open: RegExp; close: string; name: string }> = [
  { open: /<!--/g, close: '-->', name: 'HTML comment' },
  { open: /<style[\s>]/gi, close: '</style>', name: '<style>' },
  { open: /<script[\s>]/gi, close: '</script>', name: '<script>' },
  { open: /<pre[\s>]/gi, close: '</pre>', name: '<pre>' },
];

/** Newlines inside a removed region are kept so that line numbers in warnings stay right. */
export function stripRegions(text: string, warnings: string[]): string {
  let out = text;
  for (const region of REGIONS) {
    if (!region.open.test(out)) continue;
    region.open.lastIndex = 0;
    const lowerClose = region.close.toLowerCase();
    const lower = out.toLowerCase();
    let result = '';
    let pos = 0;
    for (;;) {
      region.open.lastIndex = pos;
      const m = region.open.exec(out);
      if (!m) break;
      const end = lower.indexOf(lowerClose, m.index + 4);
      if (end < 0) {
        warnings.push(`${region.name} is never closed (line ${lineOf(out, m.index)}); the rest is kept as text`);
        break;
      }
      const stop = end + region.close.length;
      result += out.slice(pos, m.index) + out.slice(m.index, stop).replace(/[^\n]/g, '');
      pos = stop;
    }
    out = result + out.slice(pos);
  }
  return out;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
