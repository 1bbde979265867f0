/**
 * Reads grafeo's EXPLAIN output into a ReadPlan. grafeo prints one operator per line, indented by
 * depth (`Return (n)\n  NodeScan (n:Project)\n`); its arguments are Rust debug text, in which string
 * literals are escaped, so a query cannot print a line of its own into the plan.
 */
import type { ReadPlan } from './read-plan-guard.ts';

export function grafeoReadPlan(planText: string): ReadPlan {
  const operators: string[] = [];
  const procedures: string[] = [];
  for (const line of planText.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    // An operator line starts with its name; anything else is kept whole, so it is not on the allow list.
    const name = /^[A-Za-z]+(?=$|[\s(])/.exec(text)?.[0] ?? text;
    operators.push(name);
    if (name === 'CallProcedure') procedures.push((/^CallProcedure \(([^)]*)\)/.exec(text)?.[1] ?? text).toLowerCase());
  }
  return { engine: 'embedded', operators, procedures };
}
