// Gives a test a real Neo4j: NEO4J_URI if set, else testcontainers when Docker answers, else the local launcher.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export interface Neo4jHandle {
  uri: string;
  user: string;
  password: string;
  source: 'env' | 'testcontainers' | 'local';
  /** Stops what this handle started (nothing for 'env') and removes its data. */
  stop(): Promise<void>;
  /** stopEngine() then startEngine(): same URI, same data. */
  restart?(): Promise<void>;
  /** Takes the engine down (connections fail) without losing its home or port. */
  stopEngine?(): Promise<void>;
  /** Brings the engine back on the same port with the same data. */
  startEngine?(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('../../scripts/neo4j-local.mjs', import.meta.url));
const READY_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 10 * 60_000;
const STOP_TIMEOUT_MS = 30_000;
const READY_LINE = /^NEO4J_READY bolt:\/\/127\.0\.0\.1:(\d+)$/;
// The local engine runs with auth off; drivers still send these, and they are the usual defaults.
const LOCAL_USER = 'neo4j';
const LOCAL_PASSWORD = 'password';

const isCi = (): boolean => ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/**
 * A real Neo4j for this test file, or null (after a loud warning) when none can be had off CI.
 * Under CI=true every failure throws, so a suite that needs Neo4j fails instead of skipping.
 */
export async function acquireNeo4j(): Promise<Neo4jHandle | null> {
  try {
    return await firstAvailableNeo4j();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (isCi()) {
      throw new Error(`CI=true and no real Neo4j could be started, so the Neo4j suites fail: ${reason}`, {
        cause: error,
      });
    }
    console.warn(
      `\n${'!'.repeat(78)}\n!! Neo4j unavailable, SKIPPING the Neo4j suites: ${reason}\n` +
        `!! Fix: set NEO4J_URI, start a Docker engine, or install Java 17 + Maven (npm run neo4j:local).\n` +
        `${'!'.repeat(78)}\n`,
    );
    return null;
  }
}

async function firstAvailableNeo4j(): Promise<Neo4jHandle> {
  const uri = process.env.NEO4J_URI;
  if (uri) return fromEnv(uri);
  if (await dockerAnswers()) {
    try {
      return await startTestcontainer();
    } catch (error) {
      console.warn(`testcontainers could not start neo4j:5.26, falling back to the local launcher: ${String(error)}`);
    }
  }
  return startLocalNeo4j();
}

async function fromEnv(uri: string): Promise<Neo4jHandle> {
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'password';
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    throw new Error(`NEO4J_URI=${uri} is set but does not answer: ${String(error)}`, { cause: error });
  } finally {
    await driver.close();
  }
  return { uri, user, password, source: 'env', stop: async () => {} };
}

// `which docker` finds a client even when no engine runs; asking testcontainers is the real test.
async function dockerAnswers(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startTestcontainer(): Promise<Neo4jHandle> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26').withPassword(`confgraph-${process.pid}`).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    source: 'testcontainers',
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * Starts the in-process Neo4j launcher (tools/neo4j-local) with a fresh home on `port`
 * (0 = a free one). stopEngine()/startEngine() reuse the same port and home.
 */
export async function startLocalNeo4j(port = 0): Promise<Neo4jHandle> {
  await buildLauncherOnce();
  const home = await mkdtemp(join(tmpdir(), 'confgraph-neo4j-test-'));
  let engine: LocalEngine | null;
  try {
    engine = await startEngineProcess(home, port);
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  const boundPort = engine.port;
  const stopEngine = async (): Promise<void> => {
    const running = engine;
    engine = null;
    await running?.stop();
  };
  const startEngine = async (): Promise<void> => {
    engine ??= await startEngineProcess(home, boundPort);
  };
  return {
    uri: `bolt://127.0.0.1:${boundPort}`,
    user: LOCAL_USER,
    password: LOCAL_PASSWORD,
    source: 'local',
    stopEngine,
    startEngine,
    restart: async () => {
      await stopEngine();
      await startEngine();
    },
    stop: async () => {
      await stopEngine();
      await rm(home, { recursive: true, force: true });
    },
  };
}

interface LocalEngine {
  port: number;
  stop(): Promise<void>;
}

let build: Promise<void> | undefined;

function buildLauncherOnce(): Promise<void> {
  build ??= runScript(['--build-only'], BUILD_TIMEOUT_MS).catch((error: unknown) => {
    build = undefined;
    throw error;
  });
  return build;
}

// A bounded tail of the launcher's stderr, for error messages that say what went wrong.
function captureTail(child: ChildProcess): () => string {
  const lines: string[] = [];
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 40) lines.shift();
    });
  }
  return () => (lines.length ? `\n--- launcher output (last lines) ---\n${lines.join('\n')}` : '');
}

function runScript(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const tail = captureTail(child);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`neo4j-local ${args.join(' ')} did not finish within ${timeoutMs / 1000} s${tail()}`));
    }, timeoutMs);
    child.on('error', (error) => reject(new Error(`could not run ${SCRIPT}: ${error.message}`)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`neo4j-local ${args.join(' ')} failed (exit ${code})${tail()}`));
    });
  });
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

// Launchers also stop when our end of their stdin closes (a SIGKILLed test worker); this covers
// an orderly exit without stop() as well.
function killChildrenOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}

function startEngineProcess(home: string, port: number): Promise<LocalEngine> {
  killChildrenOnExit();
  const args = [SCRIPT, '--port', String(port), '--home', home, '--stop-on-stdin-close'];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  liveChildren.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => liveChildren.delete(child));
  const tail = captureTail(child);
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`local Neo4j printed no ready line within ${READY_TIMEOUT_MS / 1000} s${tail()}`));
    }, READY_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${SCRIPT}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j exited before it was ready (${signal ?? `exit ${code}`})${tail()}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ port: Number(match[1]), stop });
    });
  });
}
