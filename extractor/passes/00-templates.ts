/**
 * Pass 0a: Hugo shortcodes (`{{< >}}`, `{{% %}}`), Liquid tags (`{% %}`), template variables and kramdown
 * attribute lists, before the
 * markdown parser sees the text. Each tag becomes a private-use token that the inline renderer expands (a video,
 * caption lines, or nothing), so a caption can never turn into markdown structure; Liquid code blocks become fences.
 */
import { SHORTCODE, readShortcode, type ShortcodeResult } from './00-shortcodes.ts';

/** Token delimiters (Unicode private use): never in real prose, kept intact by the markdown parser. */
export const TOKEN_OPEN = '\uE100';
export const TOKEN_CLOSE = '\uE101';
export const TOKEN = /\uE100(\d{1,7})\uE101/g;

export interface TemplateText {
  text: string;
  /** What each token stands for, by its number. */
  tokens: ShortcodeResult[];
  warnings: string[];
}

const LIQUID_CODE_OPEN = /^(\s*)\{%-?\s*(?:highlight|codeblock|code)\b[^%]{0,200}-?%\}\s*$/;
const LIQUID_CODE_CLOSE = /^(\s*)\{%-?\s*end(?:highlight|codeblock|code)\s*-?%\}\s*$/;
const OPENER = /\{\{[<%]|\{%/;

/** Joins a tag opened on line i with the lines up to its close, or reports it unclosed and drops it. */
function joinTag(lines: string[], i: number, warnings: string[], lineOffset: number): { text: string; next: number } {
  const line = lines[i] ?? '';
  const open = line.search(OPENER);
  const closer = line.slice(open, open + 2) === '{%' ? /%\}/ : /[>%]\}\}/;
  if (closer.test(line.slice(open))) return { text: line, next: i + 1 };
  let text = line;
  for (let j = i + 1; j < lines.length && j <= i + 30; j++) {
    text += ' ' + (lines[j] ?? '').trim();
    if (closer.test(lines[j] ?? '')) return { text, next: j + 1 };
    if ((lines[j] ?? '').trim() === '') break;
  }
  warnings.push(`unclosed shortcode at line ${i + 1 + lineOffset}; it is dropped`);
  return { text: line.slice(0, open), next: i + 1 };
}

export function replaceTemplates(body: string, lineOffset = 0): TemplateText {
  const warnings: string[] = [];
  const tokens: ShortcodeResult[] = [];
  if (!body.includes('{')) return { text: body, tokens, warnings };
  const lines = body.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    if (!line.includes('{')) {
      out.push(line);
      i++;
      continue;
    }
    const codeOpen = LIQUID_CODE_OPEN.exec(line);
    const codeClose = codeOpen ? null : LIQUID_CODE_CLOSE.exec(line);
    if (codeOpen || codeClose) {
      out.push(`${(codeOpen ?? codeClose)?.[1] ?? ''}\`\`\`\`\``);
      i++;
      continue;
    }
    const joined = OPENER.test(line) ? joinTag(lines, i, warnings, lineOffset) : { text: line, next: i + 1 };
    const replaced = joined.text
      .replace(SHORTCODE, (_m, _d: string, close1: string, name1: string, params1: string, close2: string, name2: string, params2: string) => {
        const result = readShortcode(name1 ?? name2 ?? '', (close1 ?? close2) === '/', params1 ?? params2 ?? '');
        if (!result.text && !result.video) return '';
        tokens.push(result);
        return `${TOKEN_OPEN}${tokens.length - 1}${TOKEN_CLOSE}`;
      })
      // Liquid/Go template variables such as {{ site.url }} are not prose.
      .replace(/\{\{[^}\n]{0,500}\}\}/g, ' ')
      // Nor are kramdown's attribute lists ("[Ann Lee](url){:target="_blank"}", "{: .note}"). (A heading's own id,
      // "## Title {#title}", is its anchor: 01-anchors reads it.)
      .replace(/\{:[^{}\n]{0,200}\}/g, '');
    out.push(replaced);
    // Keep the line count, so that later line numbers in warnings stay right.
    for (let k = i + 1; k < joined.next; k++) out.push('');
    i = joined.next;
  }
  return { text: out.join('\n'), tokens, warnings };
}
