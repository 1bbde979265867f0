/**
 * `confgraph export --focus <name> --format svg|png|pptx|html|cyjs|graphml|csv --out FILE`: the
 * explorer's view of a neighbourhood, written without a browser window (Chromium only for PNG).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { UsageError, type Command } from './command.ts';
import { STORE_USAGE, parseFlags, storeConfig } from './store-options.ts';
import { SERVER_USAGE } from './store-or-server.ts';
import { exportSourceGraph } from './export-graph-source.ts';
import { assertChromium, renderPng } from './export-png.ts';
// The web module's public headless API: the picture the explorer would draw, without a browser.
import { DEFAULT_LAYOUT, EMBED_THEMES, FocusNotFoundError, LAYOUT_NAMES, headlessView, isLayoutName } from '../web/src/headless/index.ts';
import type { ExportInput } from '../export/export-input.ts';
import { EXPORT_FORMAT_NAMES, writeExport, type ExportFormatName } from '../export/registry.ts';
import { writeSvg } from '../export/formats/svg.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { NODE_TYPES } from '../extractor/schema.ts';
import { defaultDataDir } from '../store/open-store.ts';
import { readServerUrl } from '../server/server-url-file.ts';

type Format = ExportFormatName;
const say = (line: string): void => void process.stderr.write(`confgraph export: ${line}\n`);

function intFlag(flags: Map<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function oneOf<T extends string>(flags: Map<string, string>, name: string, allowed: readonly T[], fallback: T | null): T {
  const raw = flags.get(name);
  if (raw === undefined) {
    if (fallback === null) throw new UsageError(`${name} is required (${allowed.join('|')})`);
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${raw}"`);
  return raw as T;
}

/** "did you mean" for an unknown focus: the closest name in the graph. */
function suggestion(graph: KnowledgeGraph, focus: string): string {
  const names = graph.elements.nodes.filter((n) => n.data.type !== 'Talk').map((n) => n.data.name);
  return names.length ? ` (did you mean "${closest(focus, names)}"?)` : ' (the graph is empty)';
}

/** Where links to the app's own pages (a post's section) point in the file: --origin, else the app's URL, else its default. */
function originFor(flags: Map<string, string>): string {
  const dataDir = flags.get('--data-dir');
  return flags.get('--origin') ?? flags.get('--server') ?? readServerUrl(dataDir ? path.resolve(dataDir) : defaultDataDir())?.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

async function writeFormat(format: Format, input: ExportInput, out: string, flags: Map<string, string>): Promise<string> {
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (format === 'png') {
    const width = intFlag(flags, '--width', 1280, 100, 8000);
    const height = intFlag(flags, '--height', 720, 100, 8000);
    const scale = intFlag(flags, '--scale', 1, 1, 4);
    const png = await renderPng(writeSvg(input), { width, height, scale, transparent: flags.has('--transparent'), background: input.background });
    await writeFile(out, png);
    return out;
  }
  const body = await writeExport(format, input, originFor(flags));
  if (typeof body === 'string' || body instanceof Uint8Array) {
    await writeFile(out, body);
    return out;
  }
  // Several files (csv): zipped when --out ends in .zip, else --out is a directory that receives them.
  if (out.toLowerCase().endsWith('.zip')) {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (const [name, text] of Object.entries(body)) zip.file(name, text);
    await writeFile(out, await zip.generateAsync({ type: 'nodebuffer' }));
    return out;
  }
  await mkdir(out, { recursive: true });
  for (const [name, text] of Object.entries(body)) await writeFile(path.join(out, name), text);
  return Object.keys(body).map((name) => path.join(out, name)).join(' and ');
}

export const exportCommand: Command = {
  name: 'export',
  usage: [
    'usage: confgraph export --focus <name|id> --format svg|png|pptx|html|cyjs|graphml|csv --out FILE [options]',
    '',
    '  --focus NAME      entity name, alias or id whose neighbourhood is exported (omit for the whole graph)',
    '  --depth N         hops around the focus, 1-5 (default 1)',
    `  --types T,...     node types to show (${NODE_TYPES.join(',')}); default all but Post`,
    `  --theme NAME      ${EMBED_THEMES.join('|')} (default light; slides = large labels, light edges hidden)`,
    `  --layout NAME     ${LAYOUT_NAMES.join('|')} (default ${DEFAULT_LAYOUT}: the same positions on every run)`,
    '  --no-labels       draw no labels',
    '  --caption TEXT    a line under the graph',
    '  --format F        svg, png (headless Chromium), pptx (native shapes), html (one offline file),',
    '                    cyjs (Cytoscape desktop), graphml (Gephi), csv (--out x.zip, or a directory)',
    '  --out FILE        where to write',
    '  --origin URL      where links to the app\'s own pages point (default: the running app, else http://127.0.0.1:3000)',
    '  --width W --height H --scale S --transparent   png only: 1280x720 at 1x by default, scale 1-4',
    '  --posts PATH      extract this markdown file or directory instead of reading the store',
    ...STORE_USAGE,
    ...SERVER_USAGE,
    '',
    'Without --posts the graph comes from the store; an empty store means data/posts/ is extracted.',
  ].join('\n'),
  async run(rawArgs) {
    const { flags, positional } = parseFlags(
      rawArgs,
      ['--focus', '--depth', '--types', '--theme', '--layout', '--caption', '--format', '--out', '--width', '--height', '--scale', '--posts', '--store', '--data-dir', '--server', '--origin'],
      ['--no-labels', '--transparent'],
    );
    if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
    const format = oneOf(flags, '--format', EXPORT_FORMAT_NAMES, null);
    const out = flags.get('--out');
    if (!out) throw new UsageError('--out is required');
    const layout = flags.get('--layout') ?? DEFAULT_LAYOUT;
    if (!isLayoutName(layout)) throw new UsageError(`--layout must be one of ${LAYOUT_NAMES.join(', ')}, not "${layout}"`);
    const types = (flags.get('--types') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const badType = types.find((t) => !(NODE_TYPES as readonly string[]).includes(t));
    if (badType) throw new UsageError(`--types: unknown type "${badType}" (${NODE_TYPES.join(', ')})`);
    const focus = flags.get('--focus')?.trim() || null;
    const spec = {
      focus,
      depth: intFlag(flags, '--depth', 1, 1, 5),
      types,
      theme: oneOf(flags, '--theme', EMBED_THEMES, 'light'),
      layout,
      labels: !flags.has('--no-labels'),
      caption: flags.get('--caption')?.trim() || null,
      title: focus ? `confgraph: around ${focus}` : 'confgraph',
    };
    // Fail before the slow part (reading and laying out the graph) when PNG cannot be drawn.
    if (format === 'png') assertChromium();
    const graph = await exportSourceGraph(flags.get('--posts'), storeConfig(flags), flags.get('--server'), say);
    let input: ExportInput;
    try {
      input = headlessView(graph, spec);
    } catch (error) {
      if (error instanceof FocusNotFoundError) {
        say(`${error.message}${suggestion(graph, error.focus)}`);
        return 1;
      }
      throw error;
    }
    const written = await writeFormat(format, input, out, flags);
    say(`wrote ${written} (${input.graph.elements.nodes.length} nodes, ${input.graph.elements.edges.length} edges)`);
    return 0;
  },
};
