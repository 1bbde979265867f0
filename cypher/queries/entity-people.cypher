// purpose: Who spoke about a node: the speakers (and their organizations) of the talks that mention it
// params: $id (string)
// columns: personId, person, organizationId, organization, role, talks
MATCH (e {id: $id})<-[:MENTIONS]-(t:Talk)<-[:PRESENTED]-(p:Person)
OPTIONAL MATCH (p)-[w:WORKS_FOR]->(o:Organization)
WITH p, o, w, count(DISTINCT t) AS talks
RETURN p.id AS personId, p.name AS person, o.id AS organizationId, o.name AS organization, w.role AS role, talks
ORDER BY talks DESC, person, personId, coalesce(organizationId, '')
