// purpose: the stored properties of the nodes a load is about to merge, to merge aliases and count created vs updated
// placeholders: __LABEL__ (a node type from extractor/schema.ts)
// params: $ids (list of string)
// columns: id, props
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
RETURN n.id AS id, properties(n) AS props
