/**
 * Finds and reads the markdown posts the CLI is given: files and directories, with one clear reason per refusal.
 * Only regular files are read: a FIFO would block forever and /dev/zero would fill the memory, so anything else is
 * refused before it is opened for reading. Reads stop at the size cap whatever the file claims to be. A broken
 * symbolic link or a link loop is reported and the other files are still read.
 */
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const MAX_POST_BYTES = 50 * 1024 * 1024;
const MARKDOWN = /\.(?:md|markdown)$/i;

export interface PostFile {
  path: string;
  text: string;
}

export interface ReadResult {
  posts: PostFile[];
  /** One line each: a file that could not be used. */
  errors: string[];
  /** One line each: things skipped on purpose (non-markdown files in a directory). */
  notes: string[];
}

/** The reason a file's bytes are not a markdown post, or null when they are fine. */
export function checkBytes(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.includes(0)) return 'binary file (NUL bytes), not markdown';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8 text';
  }
  return null;
}

/** What kind of thing a path is, in words, when it is not a regular file or directory. */
function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** One line for a failed stat/open/read, naming link problems as such. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory (or a broken symbolic link)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

async function listDir(dir: string, result: ReadResult): Promise<string[]> {
  const found: string[] = [];
  const skipped: string[] = [];
  // Real paths of the directories walked: a link back up the tree is walked once, not forever.
  const seen = new Set<string>();
  const walk = async (current: string): Promise<void> => {
    const real = await realpath(current);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = (await stat(full)).isDirectory();
        } catch (error) {
          result.errors.push(`${full}: ${reason(error)}`);
          continue;
        }
      }
      if (isDirectory) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
      } else if (MARKDOWN.test(entry.name)) found.push(full);
      else skipped.push(entry.name);
    }
  };
  await walk(dir);
  if (skipped.length) result.notes.push(`${dir}: skipped ${skipped.length} non-markdown file(s): ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', ...' : ''}`);
  if (!found.length) result.notes.push(`${dir}: no .md or .markdown files`);
  return found;
}

/** Reads at most `max + 1` bytes: enough to know the file is over the cap, whatever its size claims. */
async function readCapped(file: string, max: number): Promise<Buffer | string> {
  // Sockets cannot even be opened; FIFOs and devices are told apart before they are.
  const before = await stat(file);
  if (!before.isFile()) return `${kindOf(before)}, not a markdown file`;
  // O_NONBLOCK: opening a FIFO that no one writes to would otherwise wait forever (it is refused just below).
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    // Checked again on what was opened: the path may have been swapped since.
    const info = await handle.stat();
    if (!info.isFile()) return `${kindOf(info)}, not a markdown file`;
    if (info.size > max) return `too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${max / 1048576} MB)`;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) return `too large (more than ${max / 1048576} MB, the limit)`;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

async function readOne(file: string, result: ReadResult, max: number): Promise<void> {
  try {
    const read = await readCapped(file, max);
    if (typeof read === 'string') {
      result.errors.push(`${file}: ${read}`);
      return;
    }
    const problem = checkBytes(read);
    if (problem) result.errors.push(`${file}: ${problem}`);
    else result.posts.push({ path: file, text: read.toString('utf8') });
  } catch (error) {
    result.errors.push(`${file}: ${reason(error)}`);
  }
}

export async function readPosts(inputs: string[], maxBytes = MAX_POST_BYTES): Promise<ReadResult> {
  const result: ReadResult = { posts: [], errors: [], notes: [] };
  for (const input of inputs) {
    let files: string[];
    try {
      // stat, not open: it tells a directory, a FIFO or a device apart without blocking on any of them.
      const info = await stat(input);
      if (!info.isDirectory() && !info.isFile()) {
        result.errors.push(`${input}: ${kindOf(info)}, not a markdown file`);
        continue;
      }
      files = info.isDirectory() ? await listDir(input, result) : [input];
    } catch (error) {
      result.errors.push(`${input}: ${reason(error)}`);
      continue;
    }
    for (const file of files) await readOne(file, result, maxBytes);
  }
  return result;
}
