// purpose: every node with its label and properties, for store.exportGraph()
// params: none
// columns: label, props
MATCH (n)
RETURN labels(n)[0] AS label, properties(n) AS props
ORDER BY props.id
