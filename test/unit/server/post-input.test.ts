// Uploaded posts: empty, binary and oversized input is refused with a clear error; markdown passes unchanged.
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../server/post-input.ts';
import { HttpError } from '../../../server/http-error.ts';

function refusal(markdown: string, max = 1000): HttpError {
  try {
    checkPost({ markdown }, max);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkPost', () => {
  it('passes markdown through unchanged', () => {
    const input = { markdown: '# Talk\n\n<script>alert(1)</script> [x](javascript:alert(1))', source: 'a.md' };
    expect(checkPost(input, 1000)).toEqual(input);
  });
  it('refuses empty and blank posts', () => {
    expect(refusal('').status).toBe(400);
    expect(refusal('  \n\t ').message).toMatch(/empty/);
  });
  it('refuses binary', () => {
    expect(refusal('PK\u0003\u0004\u0000\u0000').status).toBe(415);
    expect(refusal('\uFFFD'.repeat(50) + 'abc').status).toBe(415);
  });
  it('counts the limit in UTF-8 bytes', () => {
    expect(refusal('é'.repeat(501)).status).toBe(413);
    expect(checkPost({ markdown: 'é'.repeat(500) }, 1000).markdown).toHaveLength(500);
  });
});
