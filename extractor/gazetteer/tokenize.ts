/** Word tokens shared by gazetteer names and post text, so both sides split "CRI-O", "heptio/ark", "AWS's" alike. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The token carried a possessive ("AWS's", "CoreOS'"), stripped from `text`. */
  possessive: boolean;
}

// A token: letters/digits joined by - . _ ' ’ (so "v1.9.x", "GitHub.com", "kube-dns" stay whole), then an optional
// closing '; a leading @ makes it a handle. A slash separates ("CNCF/Kubernetes" is two names, "heptio/ark" is the key
// "heptio ark"). Letters are Latin, Greek, Cyrillic and CJK code units; a token is of one script or the other, as
// Japanese and Chinese write Latin names between their own words with no space ("cAdvisorはprometheusに": three tokens).
// The grammar as a regular expression:
export const TOKEN_PATTERN = /@?(?:[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF][\w\u00C0-\u024F\u0370-\u04FF]*(?:[-.'’][\w\u00C0-\u024F\u0370-\u04FF]+)*|[\u3040-\u9FFF]+(?:[-.'’][\u3040-\u9FFF]+)*)'?/g;
// tokenize() scans it by hand: the hottest loop of the entity pass, and a match array per token was a tenth of the
// extractor's allocation (a test holds the scanner to the pattern on random text).

// Trademark marks glued to names ("Intel(c)") are not part of the name.
export const MARKS = /\((?:c|r|tm)\)|[®©™]/gi;

const HAS_MARK = /[(®©™]/;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const AT = 64;

function isS(code: number): boolean {
  return code === 115 || code === 83;
}

/** A letter or digit of the ranges above (a code unit that can open a token; the relation pass splits its words by it too). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x3040 && c <= 0x9fff);
}

/** A code unit inside a token: an opener or "_". */
function continuesToken(c: number): boolean {
  return c === 95 || isLetter(c);
}

function joinsToken(c: number): boolean {
  return c === 45 || c === 46 || c === APOSTROPHE || c === RIGHT_QUOTE;
}

const isCjk = (c: number): boolean => c >= 0x3040 && c <= 0x9fff;

/** A code unit that goes on a token of the given script: CJK after CJK; other letters, digits and "_" after those. */
function sameScript(c: number, cjk: boolean): boolean {
  return continuesToken(c) && isCjk(c) === cjk;
}

/** End (exclusive) of the token that opens at `start` (an opener), by TOKEN_PATTERN. */
function tokenEnd(text: string, start: number): number {
  const n = text.length;
  const cjk = isCjk(text.charCodeAt(start));
  let at = start + 1;
  while (at < n && sameScript(text.charCodeAt(at), cjk)) at++;
  while (at + 1 < n && joinsToken(text.charCodeAt(at)) && sameScript(text.charCodeAt(at + 1), cjk)) {
    at += 2;
    while (at < n && sameScript(text.charCodeAt(at), cjk)) at++;
  }
  return at < n && text.charCodeAt(at) === APOSTROPHE ? at + 1 : at;
}

/**
 * The word in lowercase. A word of lowercase ASCII is its own lowercase form: most words are, and toLowerCase is slow
 * on the strings of a post that holds any character beyond Latin-1 (a dash, a curly quote), where it takes ICU's path.
 */
export function lowercase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

export function tokenize(text: string): Token[] {
  // Most text has no mark: skip the copy then.
  const clean = HAS_MARK.test(text) ? text.replace(MARKS, (m) => ' '.repeat(m.length)) : text;
  const out: Token[] = [];
  const n = clean.length;
  for (let at = 0; at < n; ) {
    const c = clean.charCodeAt(at);
    const handle = c === AT && at + 1 < n && isLetter(clean.charCodeAt(at + 1));
    if (!handle && !isLetter(c)) {
      at++;
      continue;
    }
    const index = at;
    const end = tokenEnd(clean, handle ? at + 1 : at);
    at = end;
    let word = clean.slice(index, end);
    let possessive = false;
    const len = word.length;
    const last = word.charCodeAt(len - 1);
    const beforeLast = len > 1 ? word.charCodeAt(len - 2) : 0;
    if (len > 3 && isS(last) && (beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === APOSTROPHE) {
      word = word.slice(0, -1);
      possessive = word.length > 0 && isS(word.charCodeAt(word.length - 1));
    }
    if (handle && word.length > 1) {
      // handles: "@rook_io" is looked up as "rook_io"; the surface keeps the @.
      const name = word.slice(1);
      out.push({ text: name, lower: lowercase(name), start: index + 1, end: index + word.length, possessive });
      continue;
    }
    out.push({ text: word, lower: lowercase(word), start: index, end: index + word.length, possessive });
  }
  return out;
}

/** The lookup key of a name: its tokens, lowercased, space-joined. */
export function nameKey(name: string): string {
  return tokenize(name).map((t) => t.lower).join(' ');
}
