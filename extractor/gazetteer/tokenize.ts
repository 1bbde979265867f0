/** Word tokens shared by gazetteer names and post text, so both sides split "CRI-O", "heptio/ark", "AWS's" alike. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The token carried a possessive ("AWS's", "CoreOS'"), stripped from `text`. */
  possessive: boolean;
}

// Letters/digits joined by - . _ ' (so "v1.9.x", "GitHub.com", "kube-dns" stay whole); a leading @ is a handle.
// A slash separates ("CNCF/Kubernetes" is two names, "heptio/ark" is the key "heptio ark").
// (Explicit ranges instead of \p{L}: several times faster in V8; covers Latin, Greek, Cyrillic, CJK.)
const TOKEN = /@?[A-Za-z0-9\u00C0-\u024F\u0370-\u04FF\u3040-\u9FFF][\w\u00C0-\u024F\u0370-\u04FF\u3040-\u9FFF]*(?:[-.'’][\w\u00C0-\u024F\u0370-\u04FF\u3040-\u9FFF]+)*'?/g;
// Trademark marks glued to names ("Intel(c)") are not part of the name.
const MARKS = /\((?:c|r|tm)\)|[®©™]/gi;

const HAS_MARK = /[(®©™]/;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

function isS(code: number): boolean {
  return code === 115 || code === 83;
}

export function tokenize(text: string): Token[] {
  // Most text has no mark: skip the copy then (tokenizing is the hottest loop of the entity pass).
  const clean = HAS_MARK.test(text) ? text.replace(MARKS, (m) => ' '.repeat(m.length)) : text;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(clean); m; m = TOKEN.exec(clean)) {
    let word = m[0];
    let possessive = false;
    const n = word.length;
    const last = word.charCodeAt(n - 1);
    const beforeLast = n > 1 ? word.charCodeAt(n - 2) : 0;
    if (n > 3 && isS(last) && (beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (last === APOSTROPHE) {
      word = word.slice(0, -1);
      possessive = word.length > 0 && isS(word.charCodeAt(word.length - 1));
    }
    if (word.charCodeAt(0) === 64 && word.length > 1) {
      // handles: "@rook_io" is looked up as "rook_io"; the surface keeps the @.
      const handle = word.slice(1);
      out.push({ text: handle, lower: handle.toLowerCase(), start: m.index + 1, end: m.index + word.length, possessive });
      continue;
    }
    out.push({ text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length, possessive });
  }
  return out;
}

/** The lookup key of a name: its tokens, lowercased, space-joined. */
export function nameKey(name: string): string {
  return tokenize(name).map((t) => t.lower).join(' ');
}
