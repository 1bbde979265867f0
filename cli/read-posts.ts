/** Finds and reads the markdown posts the CLI is given: files and directories, with one clear reason per refusal. */
import { readdir, readFile, stat } from 'node:fs/promises';
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

async function listDir(dir: string, notes: string[]): Promise<string[]> {
  const found: string[] = [];
  const skipped: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
      } else if (MARKDOWN.test(entry.name)) found.push(full);
      else skipped.push(entry.name);
    }
  };
  await walk(dir);
  if (skipped.length) notes.push(`${dir}: skipped ${skipped.length} non-markdown file(s): ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', ...' : ''}`);
  if (!found.length) notes.push(`${dir}: no .md or .markdown files`);
  return found;
}

async function readOne(file: string, result: ReadResult): Promise<void> {
  const info = await stat(file);
  if (info.size > MAX_POST_BYTES) {
    result.errors.push(`${file}: too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_POST_BYTES / 1048576} MB)`);
    return;
  }
  const bytes = await readFile(file);
  const problem = checkBytes(bytes);
  if (problem) result.errors.push(`${file}: ${problem}`);
  else result.posts.push({ path: file, text: bytes.toString('utf8') });
}

export async function readPosts(inputs: string[]): Promise<ReadResult> {
  const result: ReadResult = { posts: [], errors: [], notes: [] };
  for (const input of inputs) {
    try {
      const info = await stat(input);
      const files = info.isDirectory() ? await listDir(input, result.notes) : [input];
      for (const file of files) await readOne(file, result);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
      result.errors.push(`${input}: ${reason}`);
    }
  }
  return result;
}
