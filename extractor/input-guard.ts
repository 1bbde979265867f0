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

export interface GuardedInput {
  text: string;
  warnings: string[];
}

export function guardInput(input: unknown): GuardedInput {
  const warnings: string[] = [];
  if (typeof input !== 'string') {
    return { text: '', warnings: [`input is not text (${input === null ? 'null' : typeof input}); nothing extracted`] };
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
