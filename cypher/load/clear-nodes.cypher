// purpose: delete up to $limit nodes once clear-relationships left none; store.clear() repeats it until fewer come back (schema indexes stay)
// params: $limit (integer > 0)
// columns: deleted (integer: nodes deleted by this run)
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
