// purpose: the talks a person presented, or that the people working for an organization presented (the side panel's "their talks")
// params: $id (string)
// columns: talk, personId, person
CALL {
  MATCH (p:Person {id: $id})-[:PRESENTED]->(t:Talk)
  RETURN t, p
  UNION ALL
  MATCH (:Organization {id: $id})<-[:WORKS_FOR]-(p:Person)-[:PRESENTED]->(t:Talk)
  RETURN t, p
}
RETURN t AS talk, p.id AS personId, p.name AS person
ORDER BY t.id, personId
