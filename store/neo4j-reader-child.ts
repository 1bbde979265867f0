/**
 * Child process behind Neo4jReader: its own driver, running users' reads (neo4j-read.ts) side by side. A
 * huge answer (one 268 MB string decodes for seconds and takes gigabytes) then costs this process, which
 * runs under a memory cap, and not the server's event loop or heap.
 */
import type { Driver } from 'neo4j-driver';
import { StoreError } from './errors.ts';
import { connectDriver, type Neo4jConfig } from './neo4j-driver.ts';
import { mapNeo4jError } from './neo4j-errors.ts';
import { neo4jReadOnly } from './neo4j-read.ts';
import type { Neo4jReaderReply, Neo4jReaderRequest } from './neo4j-reader-protocol.ts';

let driver: Driver | null = null;
let database: string | undefined;

function reply(message: Neo4jReaderReply): void {
  process.send?.(message);
}

async function handle(request: Neo4jReaderRequest): Promise<void> {
  try {
    if (request.type === 'connect') {
      await driver?.close();
      const config: Neo4jConfig = request.config;
      driver = connectDriver(config);
      database = config.database;
      reply({ id: request.id, ok: true, columns: [], rows: [], truncated: false });
      return;
    }
    if (!driver) throw new StoreError('the query process is not connected');
    const result = await neo4jReadOnly(driver, database, request.cypher, request.params, request.options);
    reply({ id: request.id, ok: true, ...result });
  } catch (error) {
    const typed = error instanceof StoreError ? error : mapNeo4jError(error);
    reply({ id: request.id, ok: false, error: typed.name, message: typed.message });
  }
}

process.on('message', (request: Neo4jReaderRequest) => void handle(request));
process.on('disconnect', () => {
  void (driver?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});
