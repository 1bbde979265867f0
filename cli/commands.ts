/** The registry of CLI subcommands: one entry per command file, loaded only when that command runs. */
import type { CommandEntry } from './command.ts';

export const commands: CommandEntry[] = [
  {
    name: 'extract',
    summary: 'read markdown posts into one knowledge graph (Cytoscape elements JSON)',
    load: async () => (await import('./extract.ts')).extractCommand,
  },
  {
    name: 'load',
    summary: 'extract markdown posts and load them into the graph store (each post atomically; idempotent)',
    load: async () => (await import('./load.ts')).loadCommand,
  },
  {
    name: 'query',
    summary: 'run a read-only Cypher query against the graph store and print the rows',
    load: async () => (await import('./query.ts')).queryCommand,
  },
  {
    name: 'export',
    summary: 'write the view around an entity as svg, png, pptx, html, cyjs, graphml or csv (no browser window)',
    load: async () => (await import('./export.ts')).exportCommand,
  },
];
