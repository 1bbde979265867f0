/**
 * Scores extracted graphs with the acceptance scorer (../shared/eval/score.py) when it is there, so that `npm run
 * eval` prints the numbers acceptance will compute; otherwise with the in-repo TypeScript scorer (same rules for
 * talks, speakers, mentions and relations; entities may differ in how optional ones are derived).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KnowledgeGraph } from '../../extractor/schema.ts';
import { Gold } from './gold.ts';
import { scoreGraph } from './score.ts';

export const PARTS = ['talks', 'speakers', 'affiliations', 'entities_all', 'talk_mentions', 'relations'] as const;
export type Part = (typeof PARTS)[number];
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type PostScore = Record<Part, Counts>;

const TS_PARTS: Record<Part, string[]> = {
  talks: ['talks'],
  speakers: ['speakers'],
  affiliations: ['affiliations'],
  entities_all: ['entities.Project', 'entities.Organization', 'entities.Person'],
  talk_mentions: ['talk mentions'],
  relations: ['stated relations'],
};

const DRIVER = `
import json, sys
sys.path.insert(0, sys.argv[1])
from score import score
out = []
for gold, ext in json.load(open(sys.argv[2])):
    r = score(gold, ext)
    out.append({k: {"tp": v["tp"], "fp": v["fp"], "fn": v["fn"]} for k, v in r.items() if isinstance(v, dict) and "tp" in v})
print(json.dumps(out))
`;

export function acceptanceScorerDir(root: string): string | null {
  const dir = path.resolve(root, '../shared/eval');
  return existsSync(path.join(dir, 'score.py')) ? dir : null;
}

export function scoreAll(root: string, pairs: Array<{ gold: string; graph: KnowledgeGraph }>): PostScore[] {
  const dir = acceptanceScorerDir(root);
  if (dir) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'confgraph-eval-'));
    try {
      const jobs = pairs.map((p, i) => {
        const file = path.join(tmp, `${i}.cyjs`);
        writeFileSync(file, JSON.stringify(p.graph));
        return [p.gold, file];
      });
      writeFileSync(path.join(tmp, 'jobs.json'), JSON.stringify(jobs));
      const out = execFileSync('python3', ['-c', DRIVER, dir, path.join(tmp, 'jobs.json')], { encoding: 'utf8', maxBuffer: 64 << 20 });
      return JSON.parse(out) as PostScore[];
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return pairs.map((p) => {
    const report = scoreGraph(p.graph, Gold.parse(JSON.parse(readFileSync(p.gold, 'utf8'))));
    const score = {} as PostScore;
    for (const part of PARTS) {
      const parts = TS_PARTS[part].map((k) => report.parts[k]).filter((x) => x !== undefined);
      score[part] = { tp: parts.reduce((s, x) => s + x.tp, 0), fp: parts.reduce((s, x) => s + x.fp, 0), fn: parts.reduce((s, x) => s + x.fn, 0) };
    }
    return score;
  });
}

export function f1(c: Counts): number {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function pool(scores: PostScore[]): PostScore {
  const total = {} as PostScore;
  for (const part of PARTS) total[part] = scores.reduce((s, x) => ({ tp: s.tp + x[part].tp, fp: s.fp + x[part].fp, fn: s.fn + x[part].fn }), { tp: 0, fp: 0, fn: 0 });
  return total;
}
