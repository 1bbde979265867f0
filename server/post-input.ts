/** Reads and checks an uploaded post: markdown text that is not empty, not binary and within the size limit. */
import { HttpError, badRequest } from './http-error.ts';

export interface PostInput {
  markdown: string;
  source?: string;
  baseUrl?: string;
}

/** NUL bytes or many U+FFFD replacement characters mean the upload was not UTF-8 text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 64 * 1024);
  let replaced = 0;
  for (const ch of sample) if (ch === '\uFFFD') replaced++;
  return replaced > 8 && replaced / sample.length > 0.01;
}

export function checkPost(input: PostInput, maxBytes: number): PostInput {
  const bytes = Buffer.byteLength(input.markdown, 'utf8');
  if (bytes > maxBytes) {
    throw new HttpError(413, 'payload_too_large', `The post is ${bytes} bytes; the limit is ${maxBytes} bytes.`);
  }
  if (input.markdown.trim().length === 0) throw badRequest('The post is empty: send the markdown text of a conference write-up.');
  if (looksBinary(input.markdown)) {
    throw new HttpError(415, 'not_text', 'The post is not UTF-8 text (it looks binary): send markdown.');
  }
  return input;
}
