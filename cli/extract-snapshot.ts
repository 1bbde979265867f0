/**
 * The entry of the `confgraph extract` start-up snapshot. bin/build.js bundles this file with the extractor and runs
 * `node --build-snapshot` on it, so the snapshot holds the extractor already loaded (compromise's lexicon unpacked,
 * the gazetteer indexed: most of a cold `extract`'s time); bin/confgraph.js starts `extract` from it when it fits this
 * Node. Run any other way, this module does nothing.
 */
import v8 from 'node:v8';
import { extractCommand } from './extract.ts';
import { runCommand } from './run-command.ts';

if (v8.startupSnapshot.isBuildingSnapshot()) {
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // Started as `node --snapshot-blob <blob> -- <args>`: the arguments follow the node binary.
    void runCommand(extractCommand, process.argv.slice(1)).then((code) => {
      process.exitCode = code;
    });
  });
}
