// purpose: remove every node and relationship (store.clear(); schema indexes stay)
// params: none
// columns: none
MATCH (n)
DETACH DELETE n
