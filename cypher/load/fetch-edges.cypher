// purpose: the stored properties of the relationships a load is about to merge, to merge evidence and count created vs updated
// placeholders: __TYPE__ (an edge type), __SOURCE__ and __TARGET__ (node types of its ends)
// params: $rows (list of {id: string, source: string, target: string})
// columns: id, props
UNWIND $rows AS row
MATCH (a:__SOURCE__ {id: row.source})-[r:__TYPE__ {id: row.id}]->(b:__TARGET__ {id: row.target})
RETURN r.id AS id, properties(r) AS props
