// purpose: The talks that mention a node, with the sentences that say so and each talk's speakers and their organizations (one row per talk, speaker and organization)
// params: $id (string)
// columns: talk, count, evidence, personId, person, organizationId, organization
MATCH (e {id: $id})<-[m:MENTIONS]-(t:Talk)
OPTIONAL MATCH (t)<-[:PRESENTED]-(p:Person)
OPTIONAL MATCH (p)-[:WORKS_FOR]->(o:Organization)
RETURN t AS talk, m.count AS count, m.evidence AS evidence, p.id AS personId, p.name AS person, o.id AS organizationId, o.name AS organization
ORDER BY t.id, coalesce(p.id, ''), coalesce(o.id, '')
