/** What every CLI subcommand provides. Each lives in its own file under cli/ and is listed in cli/commands.ts. */
export interface Command {
  name: string;
  /** Full usage text for `confgraph <name> --help`. */
  usage: string;
  /** Returns the process exit code. Throws only a UsageError for bad arguments; reports other errors itself. */
  run(args: string[]): Promise<number>;
}

/**
 * A registry entry: what `confgraph --help` shows, and how to load the command. Loading is deferred so that
 * `--help` or one command never pays for the others' imports (the extractor's lexicon, the store's native module).
 */
export interface CommandEntry {
  name: string;
  /** One line for `confgraph --help`. */
  summary: string;
  load(): Promise<Command>;
}

/** Bad command-line arguments: printed as one line plus the usage, exit code 2. */
export class UsageError extends Error {}
