// Gazetteer build tables: landscape names split into name + aliases, overlay merges, and match rules.
import { describe, expect, it } from 'vitest';
import { foundationlessAlias, orgAlias, repoAlias, splitLandscapeName, variantAliases, vendorlessAlias } from '../../../scripts/gazetteer/derive-aliases.ts';
import { landscapeEntries } from '../../../scripts/gazetteer/landscape-entries.ts';
import { applyOverlay, mergeDuplicates } from '../../../scripts/gazetteer/merge-entries.ts';
import { matchRuleFor } from '../../../extractor/gazetteer/match-rule.ts';

const never = (): boolean => false;

describe('splitLandscapeName', () => {
  it.each([
    ['Open Policy Agent (OPA)', 'Open Policy Agent', ['OPA']],
    ['Red Hat (member)', 'Red Hat', []],
    ['Tigera (KCSP)', 'Tigera', []],
    ['Kubernetes', 'Kubernetes', []],
  ] as Array<[string, string, string[]]>)('%s', (raw, name, aliases) => {
    expect(splitLandscapeName(raw)).toEqual({ name, aliases });
  });
});

describe('derived aliases', () => {
  it('drops legal suffixes of organizations and "Project"', () => {
    expect(variantAliases('Acme, Inc.', true)).toContain('Acme');
    expect(variantAliases('Calico Project', false)).toContain('Calico');
    expect(variantAliases('Fluent Bit', false)).toEqual(expect.arrayContaining(['fluent-bit', 'FluentBit']));
  });
  it('takes distinctive repo names only', () => {
    expect(repoAlias('https://github.com/cloudnativelabs/kube-router', never)).toBe('kube-router');
    expect(repoAlias('https://github.com/starlingx/config', never)).toBeNull();
    expect(repoAlias('https://github.com/acme/website', never)).toBeNull();
    expect(repoAlias('https://github.com/acme/anchor', (w) => w === 'anchor')).toBeNull();
    expect(repoAlias(null, never)).toBeNull();
  });
  it('takes the organization that is the project\'s name and a suffix ("zorbchaos" for Zorb)', () => {
    expect(orgAlias('Zorb', 'https://github.com/zorbchaos/zorb', never)).toBe('zorbchaos');
    expect(orgAlias('Plonk', 'https://github.com/plonkcd/plonk2', never)).toBe('plonkcd');
    // Not the same name, another company's organization, a dashed one, or a word.
    expect(orgAlias('Zorb', 'https://github.com/zorb/zorb', never)).toBeNull();
    expect(orgAlias('Zorb', 'https://github.com/acme/zorb', never)).toBeNull();
    expect(orgAlias('Zorb', 'https://github.com/zorb-io/zorb', never)).toBeNull();
    expect(orgAlias('Art', 'https://github.com/artist/art', (w) => w === 'artist')).toBeNull();
    expect(orgAlias('Zorb', null, never)).toBeNull();
  });
  it.each([
    ['Amazon Kinesis', never, 'Kinesis'],
    ['Amazon CloudWatch', never, 'CloudWatch'],
    ['Google Cloud Dataflow', never, 'Dataflow'],
    ['Azure Functions', (w: string) => w === 'functions', null],
    ['Amazon Elastic Block Store', never, null],
    ['AWS App', never, null],
    ['Acme Kinesis', never, null],
  ])('gives %s the one-word service name people use, or none', (name, common, expected) => {
    expect(vendorlessAlias(name, common)).toBe(expected);
  });
  it.each([
    ['Apache Zorbdb', never, 'Zorbdb'],
    ['Apache Storm', (w: string) => w === 'storm', null],
    ['Apache HTTP Server', never, null],
    ['Apache', never, null],
    ['Acme Zorbdb', never, null],
  ])('gives %s the name people use without the foundation, or none', (name, common, expected) => {
    expect(foundationlessAlias(name, common)).toBe(expected);
  });
});

describe('landscapeEntries', () => {
  const doc = {
    landscape: [
      { name: 'Runtime', subcategories: [{ name: 'Container Runtime', items: [
        { name: 'Widgetd', repo_url: 'https://github.com/acme/widgetd', project: 'sandbox', crunchbase: 'https://www.crunchbase.com/organization/acme-corp' },
      ] }] },
      { name: 'CNCF Members', subcategories: [{ name: 'Silver', items: [
        { name: 'Acme Corporation (member)', crunchbase: 'https://www.crunchbase.com/organization/acme-corp' },
      ] }] },
    ],
  };
  const entries = mergeDuplicates(landscapeEntries(doc, never));
  it('makes items projects with maturity and their maker from the member list', () => {
    expect(entries.find((e) => e.name === 'Widgetd')).toMatchObject({ type: 'Project', maturity: 'sandbox', makers: ['Acme Corporation'], category: 'Runtime' });
  });
  it('makes members organizations, once', () => {
    expect(entries.filter((e) => e.name === 'Acme Corporation')).toHaveLength(1);
    expect(entries.find((e) => e.name === 'Acme Corporation')?.type).toBe('Organization');
  });
  it('applies the overlay: rename, aliases, type, drop', () => {
    const out = applyOverlay(entries.map((e) => ({ ...e, aliases: [...e.aliases] })), [
      { name: 'Acme', from: 'Acme Corporation', aliases: ['ACME'] },
      { name: 'Widgetd', type: 'Project', match: 'cased' },
      { name: 'Gadget', type: 'Project' },
    ]);
    expect(out.find((e) => e.name === 'Acme')?.aliases).toEqual(expect.arrayContaining(['Acme Corporation', 'ACME']));
    expect(out.find((e) => e.name === 'Widgetd')).toMatchObject({ match: 'cased', curated: true });
    expect(out.find((e) => e.name === 'Gadget')?.type).toBe('Project');
    expect(applyOverlay(out, [{ name: 'Gadget', drop: true }]).find((e) => e.name === 'Gadget')).toBeUndefined();
  });
});

describe('matchRuleFor', () => {
  it.each([
    ['Kubernetes', 'any'],
    ['OPA', 'cased'],
    ['Harbor', 'context'],
    ['Standard Library', 'context'],
    ['Open Policy Agent', 'any'],
    ['etcd', 'any'],
  ] as const)('%s -> %s', (form, rule) => expect(matchRuleFor(form, undefined)).toBe(rule));
  it('keeps an explicit rule', () => expect(matchRuleFor('Kubernetes', 'cased')).toBe('cased'));
});
