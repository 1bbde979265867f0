// readPosts on hostile inputs: FIFOs, devices and sockets are refused with one line each (never opened for a blocking
// read), reads stop at the size cap, broken links and link loops are reported while their sibling posts are still read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPosts } from '../../../cli/read-posts.ts';

const POST = '# A post\n\nKubernetes is a project.\n';
let dir: string;
let socketServer: Server;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'confgraph-read-posts-'));
  writeFileSync(path.join(dir, 'a-post.md'), POST);
  writeFileSync(path.join(dir, 'z-post.md'), POST);
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
  symlinkSync(path.join(dir, 'loop-b.md'), path.join(dir, 'loop-a.md'));
  symlinkSync(path.join(dir, 'loop-a.md'), path.join(dir, 'loop-b.md'));
  symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'broken.md'));
  symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'nested.md'), POST);
  // A directory link back up the tree: walked once, not forever.
  symlinkSync(dir, path.join(dir, 'sub', 'up'));
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(dir, 'socket.md'), resolve));
});
afterAll(async () => {
  await new Promise((resolve) => socketServer.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('readPosts', () => {
  it('refuses a FIFO, /dev/zero and a socket given by name, with one line each, without hanging', async () => {
    const result = await readPosts([path.join(dir, 'pipe.md'), '/dev/zero', path.join(dir, 'socket.md'), path.join(dir, 'a-post.md')]);
    expect(result.posts.map((p) => path.basename(p.path))).toEqual(['a-post.md']);
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/pipe\.md: a named pipe \(FIFO\), not a markdown file$/);
    expect(result.errors[1]).toMatch(/^\/dev\/zero: a device, not a markdown file$/);
    expect(result.errors[2]).toMatch(/socket\.md: a socket, not a markdown file$/);
    for (const line of result.errors) expect(line).not.toContain('\n');
  });

  it('reads every post of a directory and reports the link loop, the broken link, the FIFO and the device beside them', async () => {
    const result = await readPosts([dir]);
    expect(result.posts.map((p) => path.relative(dir, p.path)).sort()).toEqual(['a-post.md', 'sub/nested.md', 'z-post.md']);
    const byFile = (name: string) => result.errors.find((e) => e.startsWith(path.join(dir, name)));
    expect(byFile('loop-a.md')).toMatch(/symbolic link loop/);
    expect(byFile('loop-b.md')).toMatch(/symbolic link loop/);
    expect(byFile('broken.md')).toMatch(/broken symbolic link/);
    expect(byFile('pipe.md')).toMatch(/FIFO/);
    expect(byFile('zero.md')).toMatch(/a device/);
    expect(byFile('socket.md')).toMatch(/a socket/);
  });

  it('stops reading at the size cap, even for a file whose size says nothing (/proc)', async () => {
    writeFileSync(path.join(dir, 'sub', 'big.md'), 'x'.repeat(5_000));
    const capped = await readPosts([path.join(dir, 'sub', 'big.md')], 1_000);
    expect(capped.posts).toEqual([]);
    expect(capped.errors[0]).toMatch(/too large/);
    const proc = await readPosts(['/proc/self/status'], 64);
    expect(proc.errors[0]).toMatch(/too large \(more than/);
  });
});
