// purpose: The talks that mention a node, how often, and the sentences that say so
// params: $id (string)
// columns: id, title, url, videoUrl, kind, day, event, count, evidence
MATCH (t:Talk)-[m:MENTIONS]->(e {id: $id})
RETURN t.id AS id, t.title AS title, t.url AS url, t.videoUrl AS videoUrl, t.kind AS kind, t.day AS day,
       t.event AS event, m.count AS count, m.evidence AS evidence
ORDER BY day, title, id
