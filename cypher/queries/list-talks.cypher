// purpose: Every talk with its speakers, or only the talks of one event
// params: $event (string|null)
// columns: id, title, kind, day, level, url, videoUrl, event, speakers
MATCH (t:Talk)
WHERE $event IS NULL OR t.event = $event
OPTIONAL MATCH (p:Person)-[:PRESENTED]->(t)
WITH t, p
ORDER BY p.name, p.id
WITH t, collect(p.name) AS speakers
RETURN t.id AS id, t.title AS title, t.kind AS kind, t.day AS day, t.level AS level, t.url AS url,
       t.videoUrl AS videoUrl, t.event AS event, speakers
ORDER BY day, title, id
