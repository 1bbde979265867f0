/** What every CLI subcommand provides. Each lives in its own file under cli/ and is listed in cli/commands.ts. */
export interface Command {
  name: string;
  /** One line for `confgraph --help`. */
  summary: string;
  /** Full usage text for `confgraph <name> --help`. */
  usage: string;
  /** Returns the process exit code. Throws only a UsageError for bad arguments; reports other errors itself. */
  run(args: string[]): Promise<number>;
}

/** Bad command-line arguments: printed as one line plus the usage, exit code 2. */
export class UsageError extends Error {}
