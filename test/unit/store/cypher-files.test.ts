// Every cypher/**.cypher file has a header whose declared $params are exactly the ones its body uses.
import { describe, expect, it } from 'vitest';
import { allCypherFiles, namedQuery, paramsUsedIn, parseCypherFile, statement } from '../../../store/cypher-files.ts';
import { zodForParamType } from '../../../store/named-params.ts';

const REQUIRED_NAMED = [
  'talks-mentioning-entity', 'co-mentioned-entities', 'talk-mentions', 'entity-people', 'shortest-path',
  'top-projects', 'neighbourhood', 'search-entities', 'entity-details', 'list-talks',
];

describe('cypher files', () => {
  const files = allCypherFiles();

  it.each(files.map((f) => [f.key, f] as const))('%s declares exactly the params its body uses', (_key, file) => {
    expect(file.purpose.length).toBeGreaterThan(10);
    expect(file.params.map((p) => p.name).sort()).toEqual(paramsUsedIn(file.body));
    expect(file.body).not.toMatch(/;\s*\S/);
  });

  it('has every named query the API and CLI use, with param types the validator knows', () => {
    for (const name of REQUIRED_NAMED) {
      const file = namedQuery(name);
      expect(file, name).toBeDefined();
      for (const p of file?.params ?? []) expect(() => zodForParamType(p.type)).not.toThrow();
      expect(file?.columns.length).toBeGreaterThan(0);
    }
  });

  it('parses a header and ignores $ inside strings and comments', () => {
    const file = parseCypherFile('queries/x', "// purpose: a test query here\n// params: $a (string)\n// columns: a\nMATCH (n) WHERE n.x = '$notparam' // $neither\nRETURN $a AS a");
    expect(file.params).toEqual([{ name: 'a', type: 'string' }]);
    expect(paramsUsedIn(file.body)).toEqual(['a']);
    expect(() => parseCypherFile('queries/y', 'MATCH (n) RETURN n')).toThrow(/purpose/);
  });

  it('fills placeholders only with schema names', () => {
    expect(statement('load/count-label', { __LABEL__: 'Talk' })).toContain('(n:Talk)');
    expect(() => statement('load/count-label', { __LABEL__: 'Talk) DETACH DELETE (n' })).toThrow(/schema/);
    expect(() => statement('load/count-label', {})).toThrow(/schema/);
  });
});
