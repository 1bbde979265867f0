// resolveName tables: organization and project names as speakers' headings and posts write them.
import { describe, expect, it } from 'vitest';
import { resolveName, unknownEntity } from '../../../extractor/gazetteer/resolve.ts';

const resolves: Array<[string, string, string]> = [
  ['Intel Corporation', 'Intel', 'org:intel'],
  ['Cloud Native Computing Foundation', 'CNCF', 'org:cncf'],
  ['HashiCorp', 'HashiCorp', 'org:hashicorp'],
  ['Microsoft Azure', 'Microsoft Azure', 'org:microsoft-azure'],
  ['Red Hat, Inc.', 'Red Hat', 'org:red-hat'],
  ['k8s', 'Kubernetes', 'project:kubernetes'],
  ['Heptio Ark', 'Velero', 'project:velero'],
  ['Google', 'Google', 'org:google'],
  ['Open Policy Agent', 'Open Policy Agent', 'project:open-policy-agent'],
];

const unknown: string[] = ['Totally Unknown Widgets Ltd', '', '   ', 'xqzv'];

describe('resolveName', () => {
  it.each(resolves)('%s -> %s', (surface, name, id) => {
    expect(resolveName(surface)).toMatchObject({ name, id });
  });
  it.each(unknown)('%j is unknown', (surface) => expect(resolveName(surface)).toBeNull());

  it('prefers the hinted type when a name is both', () => {
    expect(resolveName('Docker', 'Project')?.type).toBe('Project');
  });

  it('carries landscape facts', () => {
    expect(resolveName('Kubernetes')).toMatchObject({ maturity: 'graduated', repo: 'https://github.com/kubernetes/kubernetes' });
  });

  it('makes ids for unknown names from the same id rules', () => {
    expect(unknownEntity(' Pax Automa ', 'Organization')).toMatchObject({ id: 'org:pax-automa', name: 'Pax Automa' });
  });
});
