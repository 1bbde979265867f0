// purpose: how many relationships of one type exist (a load creates instead of merging when none do)
// placeholders: __TYPE__ (an edge type)
// params: none
// columns: count
MATCH ()-[r:__TYPE__]->()
RETURN count(r) AS count
