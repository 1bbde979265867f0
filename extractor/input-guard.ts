/** Cleans raw input before parsing: BOM, line endings, NUL and other control bytes; reports what it changed. */

/** C0 controls other than tab and newline, and DEL: never prose. */
function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10) || code === 127;
}

function replaceControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) {
      out += text.slice(from, i) + ' ';
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const INVISIBLE = /[\u200B\u2060\uFEFF]/;
const INVISIBLE_ALL = /[\u200B\u2060\uFEFF]/g;

const SEPARATORS = /[\u2028\u2029]/;
const SEPARATORS_ALL = /[\u2028\u2029]/g;

/** The widest run of blanks (spaces, tabs, no-break and other spaces) kept: wider than any indentation or table layout. */
const MAX_BLANKS = 80;
const LONG_BLANKS = new RegExp(`[^\\S\\n]{${MAX_BLANKS + 1}}`);
const LONG_BLANKS_ALL = new RegExp(`[^\\S\\n]{${MAX_BLANKS + 1},}`, 'g');

/** The blanks a long run is made of ([^\S\n]), but for those that are repaired anyway (controls, separators, BOM). */
function isLayoutBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Characters a repair below acts on or warns about: C0 controls (CR and NUL too), DEL, invisibles, separators, U+FFFD. */
function isRepaired(c: number): boolean {
  return isControl(c) || c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0xfffd;
}

/**
 * Whether no repair applies to the text: none of the characters they act on, no run of blanks longer than kept. One
 * pass over the text (almost every post) instead of a search per repair; a text that fails it goes through them all.
 */
function needsNoRepair(text: string): boolean {
  let blanks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) blanks = 0;
    else if (isLayoutBlank(c)) {
      if (++blanks > MAX_BLANKS) return false;
    } else if (isRepaired(c)) return false;
    else blanks = 0;
  }
  return true;
}

export interface GuardedInput {
  text: string;
  warnings: string[];
}

export function guardInput(input: unknown): GuardedInput {
  const warnings: string[] = [];
  if (typeof input !== 'string') {
    return { text: '', warnings: [`input is not text (${input === null ? 'null' : typeof input}); nothing extracted`] };
  }
  if (needsNoRepair(input)) {
    if (input.trim() === '') warnings.push('input is empty');
    return { text: input, warnings };
  }
  let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) {
    warnings.push('input contains NUL bytes (binary data?); they were removed');
    text = text.split('\u0000').join('');
  }
  if (text.includes('\uFFFD')) warnings.push('input contains U+FFFD replacement characters (invalid UTF-8 upstream?)');
  // Other C0 controls (except tab and newline) are never prose; keep them out of node names.
  text = replaceControls(text);
  // Zero-width spaces, word joiners and stray byte-order marks are invisible: a heading opening with one ("\u200BAnn
  // Lee: Title") reads as the writer sees it. (Joiners inside emoji and scripts, U+200C and U+200D, stay.)
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLE_ALL, '');
  // Unicode's line and paragraph separators break a line on screen but not in markdown: a space between the words.
  if (SEPARATORS.test(text)) text = text.replace(SEPARATORS_ALL, ' ');
  // A run of blanks longer than any layout needs says nothing, and the passes' patterns scan each run once per
  // position in it: a line of 100,000 spaces took minutes. Such runs are cut to a layout's width.
  if (LONG_BLANKS.test(text)) {
    warnings.push(`input has runs of more than ${MAX_BLANKS} blanks in a row; they were shortened to ${MAX_BLANKS}`);
    text = text.replace(LONG_BLANKS_ALL, (run) => run.slice(0, MAX_BLANKS));
  }
  if (text.trim() === '') warnings.push('input is empty');
  return { text, warnings };
}
