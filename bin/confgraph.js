#!/usr/bin/env node
// The confgraph CLI entry: registers tsx so the TypeScript sources run as they are, then dispatches.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
