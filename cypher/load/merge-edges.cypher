// purpose: create or update one batch of relationships of one type between existing nodes (SET to null removes a property); batch size: see store/load-graph.ts
// placeholders: __TYPE__ (an edge type), __SOURCE__ and __TARGET__ (node types of its ends)
// params: $rows (list of {id: string, source: string, target: string, evidence: string, count: integer|null, role: string|null})
// columns: merged (rows written; fewer than the batch means an end node is missing, and the load is rolled back)
UNWIND $rows AS row
MATCH (a:__SOURCE__ {id: row.source})
MATCH (b:__TARGET__ {id: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r.evidence = row.evidence, r.count = row.count, r.role = row.role
RETURN count(r) AS merged
