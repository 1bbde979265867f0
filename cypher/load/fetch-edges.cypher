// purpose: the stored properties of the relationships a load is about to merge, to merge evidence and count created vs updated
// note: evidence comes back as its stored JSON text under a column not named `evidence` (row-values.ts parses those), so a load compares it as text and parses it only when it changed
// placeholders: __TYPE__ (an edge type), __SOURCE__ and __TARGET__ (node types of its ends)
// params: $rows (list of {id: string, source: string, target: string})
// columns: id, evidenceJson, count, role
UNWIND $rows AS row
MATCH (a:__SOURCE__ {id: row.source})-[r:__TYPE__ {id: row.id}]->(b:__TARGET__ {id: row.target})
RETURN r.id AS id, r.evidence AS evidenceJson, r.count AS count, r.role AS role
