// purpose: Nodes whose name or another name contains some text (posts left out), exact matches first
// params: $q (string), $limit (integer 1..500)
// columns: id, name, type, aliases, rank
MATCH (e)
WHERE NOT e:Post
  AND (toLower(e.name) CONTAINS toLower($q) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS toLower($q)))
WITH e, CASE WHEN toLower(e.name) = toLower($q) THEN 0 WHEN toLower(e.name) STARTS WITH toLower($q) THEN 1 ELSE 2 END AS rank
RETURN e.id AS id, e.name AS name, labels(e)[0] AS type, e.aliases AS aliases, rank
ORDER BY rank, size(name), name, id
LIMIT $limit
