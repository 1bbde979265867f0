// purpose: delete up to $limit relationships; store.clear() repeats it, one transaction each, until fewer come back (Neo4j caps one transaction's memory)
// params: $limit (integer > 0)
// columns: deleted (integer: relationships deleted by this run)
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
