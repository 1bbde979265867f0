// purpose: how many nodes of one label exist (a load creates instead of merging when none do)
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: none
// columns: count
MATCH (n:__LABEL__)
RETURN count(n) AS count
