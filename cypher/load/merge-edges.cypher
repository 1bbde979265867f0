// purpose: update one batch of stored relationships of one type (MERGE, so none is duplicated; SET to null removes a property); batch size: see store/load-graph.ts
// placeholders: __TYPE__ (an edge type), __SOURCE__ and __TARGET__ (node types of its ends)
// params: $rows (list of [id: string, source: string, target: string, evidence: string, count: integer|null, role: string|null])
// columns: merged (rows written; fewer than the batch means an end node is missing, and the load is rolled back)
UNWIND $rows AS row
MATCH (a:__SOURCE__ {id: row[1]})
MATCH (b:__TARGET__ {id: row[2]})
MERGE (a)-[r:__TYPE__ {id: row[0]}]->(b)
SET r.evidence = row[3], r.count = row[4], r.role = row[5]
RETURN count(r) AS merged
