// purpose: node counts by label, for store.stats()
// params: none
// columns: label, count
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS count
ORDER BY label
