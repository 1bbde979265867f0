// Golden whole-post graphs, compared exactly. After an intended change: `npm run golden:update` and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../../../extractor/index.ts';
import { goldenPosts } from '../../../scripts/golden-posts.ts';

describe('golden graphs', () => {
  it.each(goldenPosts().map((p) => [p.source, p] as const))('%s matches its golden graph', (_source, { post, golden, source }) => {
    expect(existsSync(golden), `${golden} is missing: run npm run golden:update`).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(golden, 'utf8'));
    expect(extract(readFileSync(post, 'utf8'), { source })).toEqual(expected);
  });
});
