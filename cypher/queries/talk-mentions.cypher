// purpose: Everything one talk mentions, how often, and the sentences that say so
// params: $id (string)
// columns: id, name, type, count, evidence
MATCH (t:Talk {id: $id})-[m:MENTIONS]->(e)
RETURN e.id AS id, e.name AS name, labels(e)[0] AS type, m.count AS count, m.evidence AS evidence
ORDER BY count DESC, name, id
