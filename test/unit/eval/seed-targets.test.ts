// The structure half's targets on the seed (issue 2, point 8): talks, speakers, affiliations and talk attributes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../extractor/index.ts';
import { Gold } from '../../../scripts/eval/gold.ts';
import { scoreGraph } from '../../../scripts/eval/score.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('seed evaluation', () => {
  const gold = Gold.parse(JSON.parse(readFileSync(path.join(root, 'test/fixtures/seed-gold.json'), 'utf8')));
  const graph = extract(readFileSync(path.join(root, 'data/posts/KubeCon-2017-Austin.md'), 'utf8'), { source: 'KubeCon-2017-Austin.md' });
  const report = scoreGraph(graph, gold);

  it('finds the talks (F1 >= 0.98), speakers and affiliations (F1 >= 0.95)', () => {
    expect(report.parts.talks?.f1).toBeGreaterThanOrEqual(0.98);
    expect(report.parts.speakers?.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.parts.affiliations?.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('gets kind, day, level and videoId right for >= 95% of the talks', () => {
    for (const field of ['kind', 'day', 'level', 'videoId']) expect(report.accuracy[field]?.accuracy, field).toBeGreaterThanOrEqual(0.95);
  });
});
