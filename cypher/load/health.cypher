// purpose: a trivial statement to check the database answers
// params: none
// columns: ok
RETURN 1 AS ok
