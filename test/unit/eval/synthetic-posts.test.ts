// Regression guard on posts the extractor was not tuned on: each post under test/fixtures/posts/synthetic/ is scored
// against its gold. The golds were written by hand from the posts' text (following the annotation rules in
// test/fixtures/seed-gold.json "notes") before the extractor's output was looked at; floors sit a little
// below the scores reached, so a change that loses generality fails here even when the seed stays at 100%.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../extractor/index.ts';
import { Gold } from '../../../scripts/eval/gold.ts';
import { scoreGraph } from '../../../scripts/eval/score.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/posts/synthetic');

type Floors = Record<string, number>;
const STRUCTURE: Floors = { talks: 0.95, speakers: 0.95, affiliations: 0.95 };

/** Per post: the F1 floors of its entity, mention and relation parts (structure floors are shared). */
const POSTS: Array<[string, Floors]> = [
  ['kubecon-na-2022-detroit', { 'entities.Project': 0.95, 'entities.Organization': 0.95, 'entities.Person': 0.95, 'talk mentions': 0.95, 'stated relations': 0.95 }],
  ['devopsdays-jekyll-setext', { 'entities.Project': 0.9, 'entities.Organization': 0.95, 'entities.Person': 0.95, 'talk mentions': 0.9, 'stated relations': 0.85 }],
  ['open-source-summit-presentations', { 'entities.Project': 0.95, 'entities.Organization': 0.9, 'entities.Person': 0.95, 'talk mentions': 0.95, 'stated relations': 0.9 }],
  ['lowercase-list-blog', { 'entities.Project': 0.95, 'entities.Organization': 0.85, 'entities.Person': 0.95, 'stated relations': 0.85 }],
  // Held out: written after the work on the four posts above and first scored untouched (relations 0.47,
  // projects 0.80); three general fixes its misses pointed to came after (alternative objects, maintains-objects, speaker organizations in prose), so it is no longer fully unseen.
  ['cloud-native-days-held-out', { 'entities.Project': 0.8, 'entities.Organization': 0.85, 'entities.Person': 0.95, 'talk mentions': 0.85, 'stated relations': 0.55 }],
];

describe.each(POSTS)('synthetic post %s', (name, floors) => {
  const gold = Gold.parse(JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')));
  const graph = extract(readFileSync(path.join(dir, `${name}.md`), 'utf8'), { source: `${name}.md` });
  const report = scoreGraph(graph, gold);

  it.each(Object.entries({ ...STRUCTURE, ...floors }))('%s F1 >= %d', (part, floor) => {
    expect(report.parts[part]?.f1, part).toBeGreaterThanOrEqual(floor);
  });

  it('gets kind, day, level and videoId right for every matched talk', () => {
    for (const field of ['kind', 'day', 'level', 'videoId']) expect(report.accuracy[field]?.accuracy, field).toBe(1);
  });
});
