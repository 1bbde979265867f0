/** The named query library as the API shows it: name, purpose, params and columns from the cypher/queries headers. */
import { allCypherFiles, namedQuery } from '../store/cypher-files.ts';

export interface QueryInfo {
  name: string;
  description: string;
  /** Param type as the header spells it: `string`, `string|null`, `integer 1..500`. */
  params: Array<{ name: string; type: string }>;
  columns: string[];
  /** The statement, for the console to show and edit. */
  cypher: string;
}

export function listQueries(): QueryInfo[] {
  return allCypherFiles()
    .filter((f) => f.group === 'queries')
    .map((f) => ({ name: f.name, description: f.purpose, params: f.params.map((p) => ({ name: p.name, type: p.type })), columns: f.columns, cypher: f.body }));
}

export function findQuery(name: string): QueryInfo | undefined {
  return namedQuery(name) ? listQueries().find((q) => q.name === name) : undefined;
}
