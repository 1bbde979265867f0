// purpose: create one batch of nodes the store does not have (load-graph.ts fetched their ids first), without MERGE's lookup
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: $rows (list of {id: string, props: map})
// columns: merged (rows written)
UNWIND $rows AS row
CREATE (n:__LABEL__)
SET n = row.props
RETURN count(n) AS merged
