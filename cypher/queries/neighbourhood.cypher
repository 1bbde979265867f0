// purpose: Every link within a few hops of a node ($depth, 1 to 3), with the names at both ends
// note: every relationship touching a node at most $depth - 1 hops away; variable-length bounds cannot be params, so the pattern is bounded at 2 and filtered by length (walking nodes, not all paths of length $depth, keeps hubs cheap; startNode/endNode, not MATCH (s)-[r]->(t), which grafeo answers by scanning every relationship)
// params: $id (string), $depth (integer 1..3)
// columns: id, type, source, sourceName, sourceType, target, targetName, targetType
MATCH (c {id: $id})
MATCH p = (c)-[*0..2]-(m)
WHERE length(p) <= $depth - 1
WITH DISTINCT m
MATCH (m)-[r]-()
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN r.id AS id, type(r) AS type, s.id AS source, s.name AS sourceName, labels(s)[0] AS sourceType,
       t.id AS target, t.name AS targetName, labels(t)[0] AS targetType
ORDER BY id
