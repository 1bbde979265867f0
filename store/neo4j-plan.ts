/**
 * Reads the plan of a Neo4j EXPLAIN (the result summary) into a ReadPlan: every operator in the
 * tree (`AllNodesScan@neo4j` -> `AllNodesScan`, database `neo4j`), the procedures its ProcedureCall
 * operators name, and the planner's queryType.
 */
import type { ResultSummary } from 'neo4j-driver';
import type { ReadPlan } from './read-plan-guard.ts';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export function neo4jReadPlan(summary: ResultSummary): ReadPlan {
  const operators: string[] = [];
  const procedures: string[] = [];
  const databases: string[] = [];
  const visit = (node: PlanNode): void => {
    const at = node.operatorType.lastIndexOf('@');
    const name = at > 0 ? node.operatorType.slice(0, at) : node.operatorType;
    operators.push(name);
    if (at > 0) databases.push(node.operatorType.slice(at + 1));
    if (name === 'ProcedureCall') {
      // The planner's own rendering of the call: `db.labels() :: (label :: STRING)`.
      const details = String(node.arguments.Details ?? '');
      procedures.push((/^([A-Za-z0-9_.]+)\(/.exec(details)?.[1] ?? details).toLowerCase());
    }
    node.children.forEach(visit);
  };
  if (summary.plan) visit(summary.plan as unknown as PlanNode);
  if (summary.database.name) databases.push(summary.database.name);
  return { engine: 'neo4j', operators, procedures, queryType: summary.queryType, databases };
}
