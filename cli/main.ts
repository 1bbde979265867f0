/** Dispatches `confgraph <command> ...` to the registered commands; turns every failure into one clear line. */
import { commands } from './commands.ts';
import { runCommand } from './run-command.ts';

function help(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return ['usage: confgraph <command> [options]', '', 'commands:', ...lines, '', 'confgraph <command> --help for details'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`confgraph: unknown command "${name}"\n${help()}\n`);
    return 2;
  }
  const command = await entry.load();
  return runCommand(command, rest);
}
