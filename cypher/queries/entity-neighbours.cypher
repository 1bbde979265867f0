// purpose: Everything directly linked to a node, with the details of each link
// note: the explorer's side panel; outgoing and incoming matched separately so no relationship has to be looked up again
// params: $id (string)
// columns: edge, type, source, target, node, nodeType
CALL {
  MATCH (c {id: $id})-[r]->(n)
  RETURN r, c.id AS source, n.id AS target, n
  UNION ALL
  MATCH (c {id: $id})<-[r]-(n)
  RETURN r, n.id AS source, c.id AS target, n
}
RETURN r AS edge, type(r) AS type, source, target, n AS node, labels(n)[0] AS nodeType
ORDER BY r.id
