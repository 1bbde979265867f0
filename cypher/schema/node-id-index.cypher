// purpose: index every node label on `id` so MERGE/MATCH by id is a lookup (embedded store; without it a load is quadratic)
// engines: embedded
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: none
// columns: none
CREATE INDEX __LABEL___id IF NOT EXISTS FOR (n:__LABEL__) ON (n.id)
