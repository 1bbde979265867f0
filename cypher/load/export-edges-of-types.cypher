// purpose: the relationships whose two ends are both of the given types, for store.exportGraph({types}) (GET /api/graph)
// params: $types (list of string)
// columns: type, source, target, props
MATCH (a)-[r]->(b)
WHERE labels(a)[0] IN $types AND labels(b)[0] IN $types
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY props.id
