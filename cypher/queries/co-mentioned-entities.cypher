// purpose: Projects, organizations and people that talks mention together with a node, most shared talks first
// params: $id (string), $limit (integer 1..500)
// columns: id, name, type, sharedTalks
MATCH (e {id: $id})<-[:MENTIONS]-(t:Talk)-[:MENTIONS]->(o)
WHERE o.id <> e.id
WITH o, count(DISTINCT t) AS sharedTalks
RETURN o.id AS id, o.name AS name, labels(o)[0] AS type, sharedTalks
ORDER BY sharedTalks DESC, name, id
LIMIT $limit
