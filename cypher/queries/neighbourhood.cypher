// purpose: the relationships (with both ends) within $depth hops of a node; variable-length bounds cannot be params, so the pattern is bounded at 3 and filtered by length
// params: $id (string), $depth (integer 1..3)
// columns: id, type, source, sourceName, sourceType, target, targetName, targetType
MATCH (c {id: $id})
MATCH p = (c)-[*1..3]-(n)
WHERE length(p) <= $depth
UNWIND relationships(p) AS r
WITH DISTINCT r
MATCH (s)-[r]->(t)
RETURN r.id AS id, type(r) AS type, s.id AS source, s.name AS sourceName, labels(s)[0] AS sourceType,
       t.id AS target, t.name AS targetName, labels(t)[0] AS targetType
ORDER BY id
