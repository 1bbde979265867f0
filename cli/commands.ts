/** The registry of CLI subcommands: one import and one entry per command file. */
import type { Command } from './command.ts';

export const commands: Command[] = [];
