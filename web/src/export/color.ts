// Colour strings as Cytoscape reports them (rgb(), #rgb, #rrggbb, names) turned into #rrggbb.
const NAMED: Record<string, string> = { black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', gray: '#808080', grey: '#808080' };

const hex2 = (n: number): string => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

/** `#rrggbb`, or `fallback` when the value is not a colour we can read (or is transparent). */
export function toHex(value: unknown, fallback = '#888888'): string {
  if (typeof value !== 'string') return fallback;
  const v = value.trim().toLowerCase();
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(v);
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) === 0) return fallback;
    return `#${hex2(Number(rgb[1]))}${hex2(Number(rgb[2]))}${hex2(Number(rgb[3]))}`;
  }
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return NAMED[v] ?? fallback;
}

/** True for `transparent` and fully transparent rgba(). */
export function isTransparent(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const v = value.trim().toLowerCase();
  return v === 'transparent' || v === 'none' || /^rgba\(.*,\s*0(\.0+)?\s*\)$/.test(v);
}
