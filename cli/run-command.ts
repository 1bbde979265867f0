/** Runs one loaded command the same way wherever it starts (cli/main.ts, the extract snapshot): --help, one-line errors, exit codes. */
import { UsageError, type Command } from './command.ts';

/** Runs one command: a UsageError is its line plus the usage (exit 2), any other failure one line (exit 1). */
export async function runCommand(command: Command, rest: string[]): Promise<number> {
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`confgraph ${command.name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    // One line: engines add the query and a caret on further lines, which only repeat what the first says.
    const message = error instanceof Error ? error.message : String(error);
    const line = message.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'failed';
    process.stderr.write(`confgraph ${command.name}: ${line}\n`);
    if (process.env.CONFGRAPH_DEBUG) console.error(error);
    return 1;
  }
}
