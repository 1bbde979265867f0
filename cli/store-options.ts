/** The store options `load` and `query` share: --store embedded|neo4j and --data-dir DIR. */
import { UsageError } from './command.ts';
import type { StoreConfig } from '../store/open-store.ts';

export const STORE_USAGE = [
  '  --store KIND    embedded (default; NEO4J_URI set means neo4j) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)',
  '  --data-dir DIR  the embedded store\'s directory (default: CONFGRAPH_DATA_DIR or ./.confgraph/data)',
];

/** Splits `--flag value` / `--flag=value` pairs off `args`; flags in `withValue` take a value, those in `bare` none. */
export function parseFlags(args: string[], withValue: string[], bare: string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (withValue.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      flags.set(flag, value);
    } else if (bare.includes(flag)) flags.set(flag, 'true');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { flags, positional };
}

export function storeConfig(flags: Map<string, string>): StoreConfig {
  const kind = flags.get('--store');
  if (kind !== undefined && kind !== 'embedded' && kind !== 'neo4j') throw new UsageError(`--store must be embedded or neo4j, not "${kind}"`);
  const dataDir = flags.get('--data-dir');
  if (dataDir !== undefined && kind === 'neo4j') throw new UsageError('--data-dir is for the embedded store, not neo4j');
  return { kind, dataDir };
}

export function describeStore(kind: 'embedded' | 'neo4j', config: StoreConfig, env: NodeJS.ProcessEnv = process.env): string {
  return kind === 'neo4j' ? `Neo4j store at ${config.uri ?? env.NEO4J_URI ?? '?'}` : `embedded store in ${config.dataDir ?? env.CONFGRAPH_DATA_DIR ?? '.confgraph/data'}`;
}
