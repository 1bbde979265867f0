// purpose: every relationship of a node with its full properties and the node at its other end (the explorer's side panel)
// params: $id (string)
// columns: edge, type, source, target, node, nodeType
MATCH (c {id: $id})-[r]-(n)
WITH DISTINCT r, n
MATCH (s)-[r]->(t)
RETURN r AS edge, type(r) AS type, s.id AS source, t.id AS target, n AS node, labels(n)[0] AS nodeType
ORDER BY r.id
