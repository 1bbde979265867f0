// purpose: A node's type, how many talks mention it and how often in all
// params: $id (string)
// columns: entity, type, talks, mentions
MATCH (e {id: $id})
OPTIONAL MATCH (e)<-[m:MENTIONS]-(t:Talk)
RETURN e AS entity, labels(e)[0] AS type, count(DISTINCT t) AS talks, coalesce(sum(m.count), 0) AS mentions
