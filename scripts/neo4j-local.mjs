#!/usr/bin/env node
// Starts the real Neo4j Community engine (tools/neo4j-local) on 127.0.0.1 for dev, tests and CI.
//
//   npm run neo4j:local -- [--port N] [--home DIR] [--stop-on-stdin-close] [--build-only]
//
// stdout carries exactly one line, `NEO4J_READY bolt://127.0.0.1:PORT`, once Bolt accepts
// connections; everything else (Maven, Neo4j, this script) goes to stderr. SIGINT/SIGTERM stop
// Neo4j cleanly and this script exits with it. --port 0 lets the OS pick a free port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const TOOL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'tools', 'neo4j-local');
const JAR = join(TOOL_DIR, 'target', 'neo4j-local.jar');
const LIB = join(TOOL_DIR, 'target', 'lib');
const BUILD_LOCK = join(tmpdir(), 'confgraph-neo4j-local-build.lock');
const STALE_LOCK_MS = 15 * 60_000;

// The heap and --add-opens flags of Neo4j's stock neo4j.conf; Netty needs the reflection flag.
const JVM_FLAGS = [
  '-Xms512m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const log = (message) => process.stderr.write(`neo4j-local: ${message}\n`);

function fail(message) {
  log(`error: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { port: 7687, home: undefined, stopOnStdinClose: false, buildOnly: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0 || value > 65535) fail(`--port needs an integer 0..65535, got '${argv[i]}'`);
      options.port = value;
    } else if (arg === '--home') {
      if (!argv[i + 1]) fail('--home needs a directory');
      options.home = resolve(argv[++i]);
    } else if (arg === '--stop-on-stdin-close') {
      options.stopOnStdinClose = true;
    } else if (arg === '--build-only') {
      options.buildOnly = true;
    } else {
      fail(`unknown argument '${arg}' (expected --port N, --home DIR, --stop-on-stdin-close, --build-only)`);
    }
  }
  return options;
}

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function launcherIsFresh() {
  if (!existsSync(JAR) || !existsSync(LIB)) return false;
  const sources = Math.max(statSync(join(TOOL_DIR, 'pom.xml')).mtimeMs, newestSourceMtime(join(TOOL_DIR, 'src')));
  return statSync(JAR).mtimeMs >= sources;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// Parallel test files may all need a build; a mkdir lock keeps two Mavens out of one target/.
async function withBuildLock(work) {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

async function ensureBuilt() {
  if (launcherIsFresh()) return;
  await withBuildLock(() => {
    if (launcherIsFresh()) return;
    log('building the launcher with Maven (first run downloads ~170 MB of jars into ~/.m2)');
    const started = Date.now();
    const result = spawnSync('mvn', ['-B', '-q', '-f', join(TOOL_DIR, 'pom.xml'), 'package', '-DskipTests'], {
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (result.error) fail(`could not run mvn (${result.error.message}); install Maven and Java 17`);
    if (result.status !== 0) fail(`mvn package failed with exit code ${result.status}`);
    log(`launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

function stopOnStdinEnd(stop) {
  // EOF on our stdin means the parent is gone (even after SIGKILL): take Neo4j down with us.
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => stop('stdin closed'));
}

// `npm run` exits on SIGTERM without passing it on: once npm (our parent) is gone, stop too.
function stopWhenNpmExits(stop) {
  if (process.env.npm_lifecycle_event !== 'neo4j:local') return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop('npm exited');
  }, 1000);
  timer.unref();
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  await ensureBuilt();
  if (options.buildOnly) return;

  const ownsHome = options.home === undefined;
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'confgraph-neo4j-'));
  mkdirSync(home, { recursive: true });
  const java = process.env.NEO4J_LOCAL_JAVA ?? 'java';
  const args = [...JVM_FLAGS, '-cp', `${JAR}:${LIB}/*`, 'Main', home, String(options.port), '--stop-on-stdin-close'];
  const started = Date.now();
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'inherit'] });

  let stopping = false;
  const stop = (reason) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}, stopping Neo4j`);
    child.kill('SIGTERM');
  };
  process.on('SIGINT', () => stop('SIGINT received'));
  process.on('SIGTERM', () => stop('SIGTERM received'));
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    if (ownsHome) rmSync(home, { recursive: true, force: true });
  });
  if (options.stopOnStdinClose) stopOnStdinEnd(stop);
  stopWhenNpmExits(stop);

  child.on('error', (error) => fail(`could not start ${java} (${error.message}); Java 17 is required`));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('NEO4J_READY ')) {
      process.stdout.write(`${line}\n`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      log(`ready at ${line.slice('NEO4J_READY '.length)} in ${seconds} s (home ${home}); Ctrl-C stops it`);
    } else {
      process.stderr.write(`${line}\n`);
    }
  });
  child.on('exit', (code, signal) => {
    log(`Neo4j exited (${signal ?? `code ${code}`})`);
    process.exitCode = stopping && (code === 0 || code === 143 || signal === 'SIGTERM') ? 0 : (code ?? 1);
    if (options.stopOnStdinClose) process.stdin.destroy();
  });
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
