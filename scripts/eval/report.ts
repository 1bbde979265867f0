/** Formats an EvalReport: a summary table, attribute accuracies, then compact misses and false hits per part. */
import type { EvalReport } from './score.ts';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function list(label: string, items: string[], limit: number): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, limit).map((i) => (i.length > 90 ? `${i.slice(0, 87)}...` : i));
  const more = items.length > limit ? `; +${items.length - limit} more` : '';
  return [`  ${label} (${items.length}): ${shown.join('; ')}${more}`];
}

export function formatReport(report: EvalReport, limit = 12): string {
  const lines = ['part                   precision  recall      F1    tp   fp   fn'];
  for (const [name, s] of Object.entries(report.parts)) {
    lines.push(`${name.padEnd(22)} ${pct(s.precision)}%  ${pct(s.recall)}%  ${pct(s.f1)}%  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  lines.push('(optional gold items count for neither side; an entity seen only in optional mentions and named by no relation is optional)');
  lines.push('', 'talk attributes (over matched talks)');
  for (const [name, a] of Object.entries(report.accuracy)) lines.push(`  ${name.padEnd(8)} ${pct(a.accuracy)}%  (${a.correct}/${a.total})`);
  lines.push('', 'misses and false hits');
  for (const [name, s] of Object.entries(report.parts)) {
    const detail = [...list('missed', s.misses, limit), ...list('false', s.falseHits, limit)];
    if (detail.length) lines.push(`${name}:`, ...detail);
  }
  for (const [name, a] of Object.entries(report.accuracy)) {
    if (a.wrong.length) lines.push(`${name}:`, ...list('wrong', a.wrong, limit));
  }
  return lines.join('\n');
}

/** Machine-readable scores: numbers rounded, lists kept. */
export function reportJson(report: EvalReport): unknown {
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    parts: Object.fromEntries(Object.entries(report.parts).map(([k, s]) => [k, { ...s, precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) }])),
    accuracy: Object.fromEntries(Object.entries(report.accuracy).map(([k, a]) => [k, { ...a, accuracy: round(a.accuracy) }])),
  };
}
