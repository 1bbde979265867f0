/** The registry of CLI subcommands: one import and one entry per command file. */
import type { Command } from './command.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { loadCommand } from './load.ts';
import { queryCommand } from './query.ts';

export const commands: Command[] = [extractCommand, loadCommand, queryCommand, exportCommand];
