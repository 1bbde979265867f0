// purpose: relationship counts by type, for store.stats()
// params: none
// columns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
