// purpose: The shortest chain of links between two nodes, in either direction, up to 10 hops
// note: of equal-length paths the one with the smallest id sequence, so every engine answers alike
// params: $from (string), $to (string)
// columns: nodeIds, names, types, relTypes, length
MATCH (a {id: $from}), (b {id: $to})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p, [n IN nodes(p) | n.id] AS nodeIds
WITH p, nodeIds, reduce(key = '', x IN nodeIds | key + x + '|') AS pathKey
RETURN nodeIds, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | labels(n)[0]] AS types,
       [r IN relationships(p) | type(r)] AS relTypes, length(p) AS length
ORDER BY pathKey
LIMIT 1
