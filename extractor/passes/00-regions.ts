/** Pass 0 helper: removes regions that are never prose (HTML comments, <style>, <script>, <pre>) in one linear scan. */

const REGIONS: Array<{ open: RegExp; close: string; name: string }> = [
  { open: /<!--/g, close: '-->', name: 'HTML comment' },
  { open: /<style[\s>]/gi, close: '</style>', name: '<style>' },
  { open: /<script[\s>]/gi, close: '</script>', name: '<script>' },
  { open: /<pre[\s>]/gi, close: '</pre>', name: '<pre>' },
];

/** Any region's opening, tried where a '<' stands (sticky): REGIONS' openings, each of which starts with one. */
const ANY_OPENING = /<(?:!--|style[\s>]|script[\s>]|pre[\s>])/iy;

/**
 * The text opens some region: one walk over its '<' instead of a search per region (most posts have tags, but none of
 * these).
 */
function opensAnyRegion(text: string): boolean {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    ANY_OPENING.lastIndex = at;
    if (ANY_OPENING.test(text)) return true;
  }
  return false;
}

/** Newlines inside a removed region are kept so that line numbers in warnings stay right. */
export function stripRegions(text: string, warnings: string[]): string {
  // (Without any opening no region is removed: the searches below would each find nothing, and leave their patterns'
  // lastIndex at 0, as is done here.)
  if (!opensAnyRegion(text)) {
    for (const region of REGIONS) region.open.lastIndex = 0;
    return text;
  }
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
