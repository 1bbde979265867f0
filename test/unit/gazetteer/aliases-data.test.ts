// data/aliases.yml and data/gazetteer.json agree: every hand-kept record is in the generated gazetteer under its name.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AliasOverlay } from '../../../scripts/gazetteer/merge-entries.ts';
import { resolveName } from '../../../extractor/gazetteer/resolve.ts';

const overlay = parse(readFileSync(new URL('../../../data/aliases.yml', import.meta.url), 'utf8')) as AliasOverlay[];

describe('data/aliases.yml', () => {
  it('parses to records with names', () => {
    expect(overlay.length).toBeGreaterThan(50);
    for (const o of overlay) expect(typeof o.name).toBe('string');
  });

  it.each(overlay.filter((o) => !o.drop).map((o) => [o.name, o] as const))('%s is in the gazetteer (rerun npm run gazetteer if not)', (name, o) => {
    const found = resolveName(name, o.type);
    expect(found?.name).toBe(name);
    if (o.type) expect(found?.type).toBe(o.type);
  });

  it.each(overlay.filter((o) => o.aliases?.length).flatMap((o) => (o.aliases ?? []).map((a) => [a, o.name] as const)))('alias %s resolves to %s', (alias, name) => {
    expect(resolveName(alias)?.name).toBe(name);
  });
});
