/**
 * `confgraph export --focus <name> --format svg|png|pptx|html|cyjs|graphml|csv --out FILE`: the
 * explorer's view of a neighbourhood, written without a browser window (Chromium only for PNG).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { UsageError, type Command } from './command.ts';
import { STORE_USAGE, parseFlags, storeConfig } from './store-options.ts';
import { exportSourceGraph } from './export-graph-source.ts';
import { assertChromium, renderPng } from './export-png.ts';
import { EMBED_THEMES } from '../web/src/embed/embed-params.ts';
import { DEFAULT_LAYOUT, LAYOUT_NAMES, isLayoutName } from '../web/src/graph/layouts.ts';
import { FocusNotFoundError, headlessView } from '../web/src/export/headless-view.ts';
import type { ExportInput } from '../web/src/export/export-input.ts';
import type { KnowledgeGraph } from '../extractor/schema.ts';
import { NODE_TYPES } from '../extractor/schema.ts';
import { writeSvg } from '../web/src/export/formats/svg.ts';
import { writeHtml } from '../web/src/export/formats/html.ts';
import { writePptx } from '../web/src/export/formats/pptx.ts';
import { writeCyjs } from '../web/src/export/formats/cyjs.ts';
import { writeGraphml } from '../web/src/export/formats/graphml.ts';
import { writeCsv } from '../web/src/export/formats/csv.ts';

const FORMATS = ['svg', 'png', 'pptx', 'html', 'cyjs', 'graphml', 'csv'] as const;
type Format = (typeof FORMATS)[number];
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

async function writeFormat(format: Format, input: ExportInput, out: string, flags: Map<string, string>): Promise<string> {
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  switch (format) {
    case 'svg':
      await writeFile(out, writeSvg(input));
      return out;
    case 'html':
      await writeFile(out, writeHtml(input));
      return out;
    case 'cyjs':
      await writeFile(out, writeCyjs(input));
      return out;
    case 'graphml':
      await writeFile(out, writeGraphml(input));
      return out;
    case 'pptx':
      await writeFile(out, await writePptx(input));
      return out;
    case 'csv': {
      const files = writeCsv(input);
      if (out.toLowerCase().endsWith('.zip')) {
        const { default: JSZip } = await import('jszip');
        const zip = new JSZip();
        for (const [name, body] of Object.entries(files)) zip.file(name, body);
        await writeFile(out, await zip.generateAsync({ type: 'nodebuffer' }));
        return out;
      }
      // Not a .zip: --out is a directory that receives nodes.csv and edges.csv.
      await mkdir(out, { recursive: true });
      for (const [name, body] of Object.entries(files)) await writeFile(path.join(out, name), body);
      return `${path.join(out, 'nodes.csv')} and ${path.join(out, 'edges.csv')}`;
    }
    case 'png': {
      const width = intFlag(flags, '--width', 1280, 100, 8000);
      const height = intFlag(flags, '--height', 720, 100, 8000);
      const scale = intFlag(flags, '--scale', 1, 1, 4);
      const png = await renderPng(writeSvg(input), { width, height, scale, transparent: flags.has('--transparent'), background: input.background });
      await writeFile(out, png);
      return out;
    }
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the view around an entity as svg, png, pptx, html, cyjs, graphml or csv (no browser window)',
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
    '  --width W --height H --scale S --transparent   png only: 1280x720 at 1x by default, scale 1-4',
    '  --posts PATH      extract this markdown file or directory instead of reading the store',
    ...STORE_USAGE,
    '',
    'Without --posts the graph comes from the store; an empty store means data/posts/ is extracted.',
  ].join('\n'),
  async run(rawArgs) {
    const { flags, positional } = parseFlags(
      rawArgs,
      ['--focus', '--depth', '--types', '--theme', '--layout', '--caption', '--format', '--out', '--width', '--height', '--scale', '--posts', '--store', '--data-dir'],
      ['--no-labels', '--transparent'],
    );
    if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
    const format = oneOf(flags, '--format', FORMATS, null);
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
    const graph = await exportSourceGraph(flags.get('--posts'), storeConfig(flags), say);
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
