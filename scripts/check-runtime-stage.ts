/**
 * The Dockerfile's runtime stage, reproduced without a Docker engine: `npm run check:image`.
 *
 * Reads the last stage of the Dockerfile and performs it in a temporary directory standing for its WORKDIR: the COPY
 * instructions (from the build context, or `--from=build`, whose /src is this tree after `node bin/build.js`), the RUN
 * instructions (`npm ci --omit=dev ...`, from the npm registry), the ENV values. Then it starts the CMD there, runs the
 * HEALTHCHECK command until it passes, asks for the web app and adds a small post (the extraction worker, compiled),
 * and checks that no build tool or TypeScript source came along.
 *
 * Not reproduced, and said so in its output: the base image (this machine's Node and libc stand for node:20-slim's),
 * USER and chown (it runs as the current user), and HOST=0.0.0.0 (servers started here listen on 127.0.0.1 only).
 * `--keep` leaves the directory for a look.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 60_000;

interface Instruction {
  op: string;
  args: string;
}

const log = (line: string) => process.stdout.write(`check-runtime-stage: ${line}\n`);

/** Dockerfile instructions: comments dropped, backslash continuations joined. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = '';
    const space = whole.indexOf(' ');
    out.push({ op: whole.slice(0, space).toUpperCase(), args: whole.slice(space + 1).trim() });
  }
  return out;
}

/** `k=v k2=v2` (the only ENV form the Dockerfile uses). */
function envPairs(args: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const token of args.split(/\s+/)) {
    const eq = token.indexOf('=');
    if (eq <= 0) throw new Error(`ENV form not handled: ${args}`);
    pairs[token.slice(0, eq)] = token.slice(eq + 1);
  }
  return pairs;
}

/** COPY [--from=X] [--chown=...] src... dest */
function copyParts(args: string): { from: string | null; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const rest = words.filter((w) => !w.startsWith('--'));
  const dest = rest.pop();
  if (!dest || rest.length === 0) throw new Error(`COPY without sources: ${args}`);
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length) ?? null;
  return { from, sources: rest, dest };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv): number {
  const result = spawnSync('sh', ['-c', command], { cwd, env, stdio: 'inherit' });
  return result.status ?? 1;
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const instructions = parseDockerfile(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
  const froms = instructions.flatMap((ins, i) => (ins.op === 'FROM' ? [i] : []));
  const buildStage = instructions[froms[0] ?? -1];
  const runtimeStart = froms[froms.length - 1];
  if (froms.length !== 2 || !buildStage || runtimeStart === undefined || !/\bAS build$/i.test(buildStage.args)) {
    throw new Error('expected two stages, the first `FROM ... AS build`');
  }
  const buildWorkdir = instructions.slice(0, runtimeStart).find((i) => i.op === 'WORKDIR')?.args;
  if (buildWorkdir !== '/src') throw new Error(`the build stage's WORKDIR is ${String(buildWorkdir)}, expected /src`);
  const runtime = instructions.slice(runtimeStart);
  log(`runtime stage: ${runtime[0]?.args} (stood for by Node ${process.version} on this machine)`);

  // The build stage: `COPY . .` then `node bin/build.js`; here, this tree built the same way (only when stale).
  const build = spawnSync(process.execPath, ['bin/build.js', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node bin/build.js failed');

  const app = mkdtempSync(path.join(tmpdir(), 'confgraph-runtime-stage-'));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_cache: process.env.npm_config_cache };
  const skipped: string[] = [];
  let cmd: string[] | null = null;
  let healthcheck: string | null = null;
  let child: ChildProcess | null = null;
  try {
    for (const ins of runtime.slice(1)) {
      if (ins.op === 'ENV') Object.assign(env, envPairs(ins.args));
      else if (ins.op === 'COPY') {
        const { from, sources, dest } = copyParts(ins.args);
        if (from !== null && from !== 'build') throw new Error(`COPY --from=${from}: no such stage`);
        for (const source of sources) {
          const relative = from === null ? source : path.posix.relative(buildWorkdir, source);
          if (relative.startsWith('..')) throw new Error(`COPY source outside the build stage's /src: ${source}`);
          const origin = path.join(ROOT, relative);
          if (!existsSync(origin)) throw new Error(`COPY source missing: ${source} (${origin})`);
          // `COPY a b ./dir/` puts files into the directory; `COPY dir ./x` copies the directory's contents to x.
          const target = dest.endsWith('/') && !statSync(origin).isDirectory() ? path.join(app, dest, path.basename(relative)) : path.join(app, dest);
          cpSync(origin, target, { recursive: true });
        }
        log(`COPY ${from ? `--from=${from} ` : ''}${sources.join(' ')} -> ${dest}`);
      } else if (ins.op === 'RUN') {
        if (/^chown\b/.test(ins.args)) {
          skipped.push(`RUN ${ins.args}`);
          continue;
        }
        log(`RUN ${ins.args}`);
        if (sh(ins.args, app, env) !== 0) throw new Error(`RUN failed: ${ins.args}`);
      } else if (ins.op === 'CMD') cmd = JSON.parse(ins.args) as string[];
      else if (ins.op === 'HEALTHCHECK') healthcheck = /\bCMD\s+(.*)$/.exec(ins.args)?.[1] ?? null;
      else if (ins.op === 'USER') skipped.push(`USER ${ins.args}`);
      else if (ins.op === 'WORKDIR' || ins.op === 'EXPOSE') continue;
      else throw new Error(`instruction not reproduced: ${ins.op} ${ins.args}`);
    }
    if (!cmd || cmd[0] !== 'node' || !healthcheck) throw new Error('expected CMD ["node", ...] and a HEALTHCHECK CMD');

    // Only what runs: no TypeScript sources beside dist/, no build tools among the dependencies.
    for (const absent of ['server', 'store', 'extractor', 'web/src', 'node_modules/typescript', 'node_modules/vite', 'node_modules/tsx', 'node_modules/vitest']) {
      if (existsSync(path.join(app, absent))) throw new Error(`the runtime tree holds ${absent}`);
    }
    const tsFiles = readdirSync(path.join(app, 'dist'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    if (tsFiles.length > 0) throw new Error(`dist/ holds TypeScript sources: ${tsFiles.slice(0, 3).join(', ')}`);

    const port = await freePort();
    skipped.push(`HOST=${env.HOST ?? ''} (listens on 127.0.0.1 here)`);
    const runEnv: NodeJS.ProcessEnv = { ...env, HOST: '127.0.0.1', PORT: String(port) };
    log(`CMD ${cmd.join(' ')} (PORT=${port})`);
    const started = spawn(process.execPath, cmd.slice(1), { cwd: app, env: runEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    child = started;
    const exited = new Promise<number | null>((resolve) => started.once('exit', resolve));
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`the app exited (${started.exitCode}) before its health check passed`);
      if (sh(healthcheck, app, runEnv) === 0) break;
      if (Date.now() > deadline) throw new Error(`the HEALTHCHECK did not pass within ${START_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    log('HEALTHCHECK passes');
    const base = `http://127.0.0.1:${port}`;
    const health = (await (await fetch(`${base}/api/health`)).json()) as unknown;
    if (JSON.stringify(health) !== JSON.stringify({ ok: true, store: 'embedded' })) throw new Error(`/api/health answered ${JSON.stringify(health)}`);
    const page = await fetch(`${base}/`);
    if (page.status !== 200 || !/<div id=|<script/i.test(await page.text())) throw new Error(`GET / answered ${page.status} without the web app`);
    // The seed posts were copied and loaded: the explorer has talks to show.
    const talks = (await (await fetch(`${base}/api/talks`)).json()) as { talks?: unknown[] };
    if ((talks.talks?.length ?? 0) < 10) throw new Error(`GET /api/talks answered ${talks.talks?.length ?? 0} talks: were data/posts copied?`);
    const post = await fetch(`${base}/api/posts`, {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: '---\ntitle: ImageConf 2031\n---\n## Talks\n### Shipping Images - Ann Lee, Acme\n{{< youtube CCCCCCCCCCC >}}\nKubernetes runs it.\n',
    });
    const added = (await post.json()) as { talks?: number };
    if (post.status !== 201 || added.talks !== 1) throw new Error(`POST /api/posts answered ${post.status}: ${JSON.stringify(added)}`);
    log(`GET /api/health {ok:true, store:"embedded"}, GET / serves the web app, ${talks.talks?.length} seed talks, POST /api/posts reads a post in the worker (201)`);
    started.kill('SIGTERM');
    const code = await exited;
    child = null;
    if (code !== 0) throw new Error(`the app exited with ${code} on SIGTERM`);
    log(`stops cleanly on SIGTERM; not reproduced: ${skipped.join('; ')}`);
    log('OK');
  } finally {
    child?.kill('SIGKILL');
    if (keep) log(`kept ${app}`);
    else rmSync(app, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`check-runtime-stage: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
