/** Pass 0a: splits YAML (`---`) or TOML (`+++`) front matter from the body and reads the fields the graph needs. */
import YAML from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { FrontMatter } from './types.ts';

export interface FrontMatterSplit {
  frontMatter: FrontMatter;
  body: string;
  warnings: string[];
}

export function emptyFrontMatter(): FrontMatter {
  return { title: null, date: null, author: null, tags: [], slug: null, url: null };
}

const OPENERS: Record<string, { close: RegExp; format: 'yaml' | 'toml' }> = {
  '---': { close: /^(?:---|\.\.\.)[ \t]*$/, format: 'yaml' },
  '+++': { close: /^\+\+\+[ \t]*$/, format: 'toml' },
};

/** Front matter must open on the first line; its end is the first matching closing line. */
export function splitFrontMatter(markdown: string): FrontMatterSplit {
  const firstBreak = markdown.indexOf('\n');
  const firstLine = (firstBreak < 0 ? markdown : markdown.slice(0, firstBreak)).trim();
  if (firstLine === '{' && firstBreak >= 0) return splitJson(markdown);
  const opener = OPENERS[firstLine];
  if (!opener || firstBreak < 0) return { frontMatter: emptyFrontMatter(), body: markdown, warnings: [] };
  let pos = firstBreak + 1;
  while (pos <= markdown.length) {
    const next = markdown.indexOf('\n', pos);
    const end = next < 0 ? markdown.length : next;
    if (opener.close.test(markdown.slice(pos, end))) {
      const raw = markdown.slice(firstBreak + 1, pos);
      const body = next < 0 ? '' : markdown.slice(next + 1);
      return readFrontMatter(raw, opener.format, body);
    }
    if (next < 0) break;
    pos = next + 1;
  }
  // A lone `---` first line without a closing line is a thematic break, not front matter.
  const warnings = opener.format === 'toml' ? ['front matter: "+++" block is never closed; read as text'] : [];
  return { frontMatter: emptyFrontMatter(), body: markdown, warnings };
}

/** Hugo's JSON front matter: an object from a first line '{' to a line '}'. */
function splitJson(markdown: string): FrontMatterSplit {
  const end = /^\}[ \t]*$/m.exec(markdown);
  if (!end) return { frontMatter: emptyFrontMatter(), body: markdown, warnings: [] };
  const stop = end.index + end[0].length;
  const body = markdown.slice(stop).replace(/^\n/, '');
  try {
    const data: unknown = JSON.parse(markdown.slice(0, stop));
    if (data && typeof data === 'object' && !Array.isArray(data)) return { frontMatter: pickFields(data as Record<string, unknown>), body, warnings: [] };
  } catch (error) {
    return { frontMatter: emptyFrontMatter(), body, warnings: [`front matter: JSON does not parse (${error instanceof Error ? error.message : String(error)}); body still read`] };
  }
  return { frontMatter: emptyFrontMatter(), body, warnings: ['front matter: JSON is not an object; ignored'] };
}

/**
 * An Elixir map between the dashes (NimblePublisher posts: `%{ title: "T", tags: ~w(a b) }`): its `key: value,`
 * lines read as YAML once the map's braces and trailing commas are gone.
 */
function elixirMapAsYaml(raw: string): string {
  const m = /^\s*%\{([\s\S]*)\}\s*$/.exec(raw);
  return m?.[1] ? m[1].replace(/,[ \t]*$/gm, '') : raw;
}

function readFrontMatter(raw: string, format: 'yaml' | 'toml', body: string): FrontMatterSplit {
  try {
    // (logLevel "error": the parser's warnings are never printed (the extractor does no I/O); errors still throw.)
    const data: unknown = format === 'yaml' ? YAML.parse(elixirMapAsYaml(raw), { logLevel: 'error' }) : parseToml(raw);
    if (data !== null && data !== undefined && typeof data !== 'object') {
      return { frontMatter: emptyFrontMatter(), body, warnings: [`front matter: ${format.toUpperCase()} is not a map; ignored`] };
    }
    return { frontMatter: pickFields((data ?? {}) as Record<string, unknown>), body, warnings: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { frontMatter: emptyFrontMatter(), body, warnings: [`front matter: ${format.toUpperCase()} does not parse (${reason}); body still read`] };
  }
}

function pickFields(data: Record<string, unknown>): FrontMatter {
  return {
    title: asText(data.title),
    date: asDate(data.date ?? data.publishDate ?? data.published),
    author: asAuthor(data.author ?? data.authors),
    tags: asList(data.tags ?? data.keywords),
    slug: asText(data.slug),
    url: asText(data.url ?? data.permalink),
  };
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function asDate(value: unknown): string | null {
  if (value instanceof Date) {
    // smol-toml's TomlDate keeps the written offset in toISOString; a plain Date is UTC.
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  }
  return asText(value);
}

function asAuthor(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(asAuthor).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return asText(record.name ?? record.display_name);
  }
  return asText(value);
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asText).filter((t): t is string => t !== null);
  const text = asText(value);
  if (!text) return [];
  // Jekyll allows `tags: a b c`; a comma, when present, is the separator (tags may hold spaces).
  return (text.includes(',') ? text.split(',') : text.split(/\s+/)).map((t) => t.trim()).filter(Boolean);
}
