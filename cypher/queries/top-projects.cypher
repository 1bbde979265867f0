// purpose: The projects mentioned by the most talks
// params: $limit (integer 1..500)
// columns: id, name, maturity, category, talks
MATCH (p:Project)<-[:MENTIONS]-(t:Talk)
WITH p, count(DISTINCT t) AS talks
RETURN p.id AS id, p.name AS name, p.maturity AS maturity, p.category AS category, talks
ORDER BY talks DESC, name, id
LIMIT $limit
