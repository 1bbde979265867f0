// purpose: one node per id and label, backed by an index (Neo4j; an index plus this constraint on the same key would clash)
// engines: neo4j
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: none
// columns: none
CREATE CONSTRAINT __LABEL___id_unique IF NOT EXISTS FOR (n:__LABEL__) REQUIRE n.id IS UNIQUE
