// purpose: replace the properties of one batch of stored nodes of one label (MERGE, so a node is never duplicated); batch size: see store/load-graph.ts (chosen by bench/store.bench.ts)
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: $rows (list of {id: string, props: map})
// columns: merged (rows written; the caller checks it equals the batch size)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n = row.props
RETURN count(n) AS merged
