// purpose: every relationship with its type, end ids and properties, for store.exportGraph()
// params: none
// columns: type, source, target, props
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY props.id
