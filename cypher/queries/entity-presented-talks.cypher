// purpose: The talks a person gave, or that the people of an organization gave
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
