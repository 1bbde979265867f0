// purpose: the nodes of some types, at most $limit of them by id, for store.exportGraph({types, maxNodes}) (GET /api/graph): filtered in the query, not after a full export
// params: $types (list of string), $limit (integer 1..1000000)
// columns: label, props
MATCH (n)
WHERE labels(n)[0] IN $types
RETURN labels(n)[0] AS label, properties(n) AS props
ORDER BY props.id
LIMIT $limit
