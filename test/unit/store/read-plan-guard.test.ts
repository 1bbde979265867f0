// The read-only decision on engine plans: grafeo's EXPLAIN text and Neo4j's plan tree read into operators and
// procedures; reads pass, anything off the allow lists (writes, LoadCsv, Show/Terminate, admin, dbms.*) is refused.
import { describe, expect, it } from 'vitest';
import type { ResultSummary } from 'neo4j-driver';
import { ReadOnlyViolationError } from '../../../store/errors.ts';
import { grafeoReadPlan } from '../../../store/grafeo-plan.ts';
import { neo4jReadPlan } from '../../../store/neo4j-plan.ts';
import { assertReadPlan } from '../../../store/read-plan-guard.ts';

describe('grafeoReadPlan', () => {
  it.each([
    ['Return (n)\n  NodeScan (n:*)\n', ['Return', 'NodeScan'], []],
    ['Return (label)\n  CallProcedure (db.labels)\n', ['Return', 'CallProcedure'], ['db.labels']],
    ['Return ("a\\n  Create (x)" AS s)\n  Empty\n', ['Return', 'Empty'], []],
    ['Return (n)\n  Apply\n    NodeScan (n:*)\n    Return (m)\n      Expand (n)->[:*]->(m)\n        Discriminant(51)\n', ['Return', 'Apply', 'NodeScan', 'Return', 'Expand', 'Discriminant'], []],
    ['Return (l)\n  LoadCsv (\'file:///etc/passwd\' AS l)\n', ['Return', 'LoadCsv'], []],
  ])('%j -> operators %j', (plan, operators, procedures) => {
    expect(grafeoReadPlan(plan)).toEqual({ engine: 'embedded', operators, procedures });
  });

  it('keeps a line that does not start with an operator name whole, so it cannot pass the allow list', () => {
    expect(grafeoReadPlan('Return (n)\n  ??? odd\n').operators).toEqual(['Return', '??? odd']);
  });
});

const node = (operatorType: string, children: unknown[] = [], details?: string) => ({ operatorType, arguments: details ? { Details: details } : {}, children });
const summary = (plan: unknown, queryType: string, database = 'neo4j') => ({ plan, queryType, database: { name: database } }) as unknown as ResultSummary;

describe('neo4jReadPlan', () => {
  it('reads operators, their database and the procedures of ProcedureCall', () => {
    const plan = node('ProduceResults@neo4j', [node('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')]);
    expect(neo4jReadPlan(summary(plan, 'r'))).toEqual({
      engine: 'neo4j',
      operators: ['ProduceResults', 'ProcedureCall'],
      procedures: ['db.labels'],
      queryType: 'r',
      databases: ['neo4j', 'neo4j', 'neo4j'],
    });
  });
});

describe('assertReadPlan', () => {
  const neo = (operators: string[], queryType = 'r', procedures: string[] = [], databases = ['neo4j']) => ({ engine: 'neo4j' as const, operators, procedures, queryType, databases });
  const grafeo = (operators: string[], procedures: string[] = []) => ({ engine: 'embedded' as const, operators, procedures });

  it.each([
    ['a Neo4j scan', neo(['ProduceResults', 'Limit', 'AllNodesScan'])],
    ['a Neo4j path search', neo(['ProduceResults', 'ShortestPath', 'CartesianProduct', 'AllNodesScan', 'AllNodesScan'])],
    ['a Neo4j db.labels call', neo(['ProduceResults', 'ProcedureCall'], 'r', ['db.labels'])],
    ['a grafeo aggregate', grafeo(['Sort', 'Return', 'Aggregate', 'Expand', 'Filter', 'NodeScan'])],
    ['a grafeo schema call', grafeo(['CallProcedure'], ['db.propertykeys'])],
  ])('lets %s through', (_what, plan) => {
    expect(() => assertReadPlan(plan)).not.toThrow();
  });

  it.each([
    ['LOAD CSV on Neo4j', neo(['ProduceResults', 'LoadCSV']), /LoadCSV/],
    ['SHOW TRANSACTIONS (queryType r!)', neo(['ProduceResults', 'ShowTransactions']), /ShowTransactions/],
    ['TERMINATE TRANSACTIONS', neo(['ProduceResults', 'TerminateTransactions']), /TerminateTransactions/],
    ['SHOW SETTINGS', neo(['ProduceResults', 'ShowSettings']), /ShowSettings/],
    ['an admin command', neo(['AdministrationCommand'], 's', [], ['system']), /schema or the system/],
    ['a write', neo(['ProduceResults', 'Create'], 'rw'), /writes/],
    ['dbms.listConnections (queryType s)', neo(['ProduceResults', 'ProcedureCall'], 's', ['dbms.listconnections']), /schema or the system/],
    ['dbms.components (queryType r)', neo(['ProduceResults', 'ProcedureCall'], 'r', ['dbms.components']), /dbms\.components/],
    ['another database', neo(['ProduceResults', 'AllNodesScan'], 'r', [], ['neo4j', 'system']), /another database/],
    ['no plan at all', neo([]), /no plan/],
    ['LoadCsv on grafeo', grafeo(['Return', 'LoadCsv']), /LoadCsv/],
    ['a grafeo write', grafeo(['Return', 'SetProperty', 'NodeScan']), /SetProperty/],
    ['a grafeo procedure off the list', grafeo(['CallProcedure'], ['grafeo.procedures']), /grafeo\.procedures/],
  ])('refuses %s', (_what, plan, why) => {
    expect(() => assertReadPlan(plan)).toThrow(ReadOnlyViolationError);
    expect(() => assertReadPlan(plan)).toThrow(why);
  });
});
