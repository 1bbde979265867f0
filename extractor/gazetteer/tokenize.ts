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

export function tokenize(text: string): Token[] {
  const clean = text.replace(MARKS, (m) => ' '.repeat(m.length));
  const out: Token[] = [];
  for (const m of clean.matchAll(TOKEN)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word.endsWith("'")) {
      word = word.slice(0, -1);
      possessive = /s$/i.test(word);
    }
    if (word.startsWith('@') && word.length > 1) {
      // handles: "@rook_io" is looked up as "rook_io"; the surface keeps the @.
      out.push({ text: word.slice(1), lower: word.slice(1).toLowerCase(), start: m.index + 1, end: m.index + word.length, possessive });
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
