/** `confgraph extract <file|dir>... [--out FILE] [--base-url URL]`: markdown posts -> one Cytoscape elements JSON graph. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type Command } from './command.ts';
import { extract } from '../extractor/index.ts';
import { mergeGraphs } from '../extractor/merge.ts';
import { baseUrlFor } from './base-url.ts';
import { readPosts } from './read-posts.ts';

interface Args {
  inputs: string[];
  out: string | null;
  baseUrl: string | null;
}

function parseArgs(args: string[]): Args {
  const parsed: Args = { inputs: [], out: null, baseUrl: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '--base-url') {
      const value = inline ?? args[++i];
      if (!value) throw new UsageError(`${flag} needs a value`);
      if (flag === '--out') parsed.out = value;
      else parsed.baseUrl = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else parsed.inputs.push(arg);
  }
  if (parsed.inputs.length === 0) throw new UsageError('give at least one markdown file or directory');
  return parsed;
}

export const extractCommand: Command = {
  name: 'extract',
  usage: [
    'usage: confgraph extract <file|dir>... [--out FILE] [--base-url URL]',
    '',
    '  <file|dir>      markdown posts; directories are searched for .md/.markdown files',
    '  --out FILE      write the graph here (default: stdout)',
    '  --base-url URL  the post URL (one post) or the URL prefix of the posts (several)',
    '',
    'Problems are one line each on stderr; exit code 1 when an input could not be read.',
  ].join('\n'),
  async run(rawArgs) {
    const args = parseArgs(rawArgs);
    const read = await readPosts(args.inputs);
    for (const note of read.notes) process.stderr.write(`confgraph extract: note: ${note}\n`);
    for (const error of read.errors) process.stderr.write(`confgraph extract: error: ${error}\n`);
    if (read.posts.length === 0) {
      if (read.errors.length === 0) process.stderr.write('confgraph extract: error: no markdown posts found\n');
      return 1;
    }
    const many = read.posts.length > 1;
    const graphs = read.posts.map((post) => {
      const graph = extract(post.text, { source: path.basename(post.path), baseUrl: baseUrlFor(args.baseUrl, post.path, many) });
      for (const w of graph.warnings) process.stderr.write(`confgraph extract: warning: ${post.path}: ${w}\n`);
      return { ...graph, warnings: graph.warnings.map((w) => `${path.basename(post.path)}: ${w}`) };
    });
    const merged = mergeGraphs(graphs);
    merged.warnings.push(...read.errors, ...read.notes);
    const json = JSON.stringify(merged, null, 2) + '\n';
    if (args.out) {
      await writeFile(args.out, json);
      const { nodes, edges } = merged.elements;
      process.stderr.write(`confgraph extract: wrote ${args.out} (${read.posts.length} post(s), ${nodes.length} nodes, ${edges.length} edges)\n`);
    } else process.stdout.write(json);
    return read.errors.length > 0 ? 1 : 0;
  },
};
