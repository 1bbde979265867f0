/**
 * The read-only decision for users' Cypher, made on the engine's own plan of the query (EXPLAIN),
 * never on its text: the plan is what the engine would run, so comments, string escapes and
 * Unicode line breaks cannot hide a clause from it. A query is allowed only when every operator
 * (and every procedure it calls) is on a short allow list of reads, and, on Neo4j, the planner
 * says the query only reads (`queryType` r) and it runs on the session's own database.
 */
import { ReadOnlyViolationError } from './errors.ts';

/** What a store's plan reader extracts from an EXPLAIN. */
export interface ReadPlan {
  engine: 'embedded' | 'neo4j';
  /** Operator names, e.g. `AllNodesScan`, `Expand(All)` (Neo4j) or `NodeScan`, `Expand` (grafeo). */
  operators: string[];
  /** Fully qualified names of the procedures the plan calls, lower case. */
  procedures: string[];
  /** Neo4j's queryType: r, rw, w or s. */
  queryType?: string;
  /** Databases the operators run on (Neo4j's `Operator@database` suffix). */
  databases?: string[];
}

/** Procedures a user may CALL: they only describe the graph's shape. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
]);

/**
 * Neo4j 5 operators that only read the graph of the current database. Not here (so refused):
 * every write (Create, Merge, Set*, Delete*, Remove*, Foreach, TransactionApply/Foreach, ...),
 * LoadCSV, the Show... and Terminate... commands, AdministrationCommand and any operator added later.
 */
const NEO4J_READ_OPERATORS: ReadonlySet<string> = new Set([
  'ProduceResults', 'EmptyResult', 'Argument', 'ArgumentTracker', 'Eager', 'CacheProperties', 'NullifyMetadata',
  'AllNodesScan', 'NodeByLabelScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan', 'SubtractionNodeByLabelsScan',
  'NodeByIdSeek', 'NodeByElementIdSeek', 'NodeIndexSeek', 'NodeUniqueIndexSeek', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange',
  'NodeIndexScan', 'NodeIndexContainsScan', 'NodeIndexEndsWithScan', 'MultiNodeIndexSeek', 'AssertingMultiNodeIndexSeek',
  'NodeCountFromCountStore', 'RelationshipCountFromCountStore',
  'DirectedRelationshipByIdSeek', 'UndirectedRelationshipByIdSeek', 'DirectedRelationshipByElementIdSeek', 'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan', 'DirectedAllRelationshipsScan', 'UndirectedAllRelationshipsScan',
  'DirectedUnionRelationshipTypesScan', 'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexSeek', 'UndirectedRelationshipIndexSeek', 'DirectedRelationshipIndexScan', 'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexSeekByRange', 'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexContainsScan', 'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan', 'UndirectedRelationshipIndexEndsWithScan',
  'Expand(All)', 'Expand(Into)', 'OptionalExpand(All)', 'OptionalExpand(Into)',
  'VarLengthExpand(All)', 'VarLengthExpand(Into)', 'VarLengthExpand(Pruning)', 'VarLengthExpand(Pruning,BFS)', 'BFSPruningVarExpand',
  'ShortestPath', 'StatefulShortestPath(All)', 'StatefulShortestPath(Into)', 'Trail', 'Repeat(Trail)', 'BidirectionalRepeat(Trail)',
  'ProjectEndpoints', 'TriadicSelection', 'TriadicBuild', 'TriadicFilter',
  'Filter', 'Projection', 'Limit', 'ExhaustiveLimit', 'Skip', 'Sort', 'PartialSort', 'Top', 'Top1WithTies', 'PartialTop',
  'EagerAggregation', 'OrderedAggregation', 'Distinct', 'OrderedDistinct', 'Unwind', 'Optional', 'Anti',
  'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply', 'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'RollUpApply', 'ConditionalApply', 'AntiConditionalApply',
  'CartesianProduct', 'NodeHashJoin', 'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'ValueHashJoin', 'Union', 'OrderedUnion',
  'ProcedureCall',
]);

/** grafeo 0.6 plan operators that only read (see its EXPLAIN output). LoadCsv and every write are absent. */
const GRAFEO_READ_OPERATORS: ReadonlySet<string> = new Set([
  'Return', 'Empty', 'NodeScan', 'Expand', 'Filter', 'Project', 'Aggregate', 'Sort', 'Limit', 'Skip', 'Distinct', 'TopK',
  'Union', 'Unwind', 'LeftJoin', 'Join', 'HashJoin', 'SemiJoin', 'AntiJoin', 'Apply', 'ShortestPath', 'Discriminant', 'CallProcedure',
]);

function refuse(reason: string): never {
  throw new ReadOnlyViolationError(`read-only: ${reason} (queries can only read the graph: no writes, files, URLs or admin commands)`);
}

/** Throws ReadOnlyViolationError unless the plan only reads the graph. */
export function assertReadPlan(plan: ReadPlan): void {
  if (plan.operators.length === 0) refuse('the query has no plan to check');
  if (plan.queryType !== undefined && plan.queryType !== 'r') refuse(`the planner says this query ${plan.queryType === 's' ? 'changes the schema or the system' : 'writes'}`);
  const allowed = plan.engine === 'neo4j' ? NEO4J_READ_OPERATORS : GRAFEO_READ_OPERATORS;
  const foreign = plan.operators.find((op) => !allowed.has(op));
  if (foreign !== undefined) refuse(`the plan contains ${foreign}, which is not on the read-only list`);
  const procedure = plan.procedures.find((p) => !READ_PROCEDURES.has(p));
  if (procedure !== undefined) refuse(`procedure "${procedure}" is not on the read-only list`);
  const databases = new Set(plan.databases ?? []);
  if (databases.size > 1 || databases.has('system')) refuse('the query reaches another database');
}
