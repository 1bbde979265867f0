// Brand-list entries: which names the Simple Icons list adds to the gazetteer, with which type, and which it leaves out.
import { describe, expect, it } from 'vitest';
import { brandEntries, type BrandJudges } from '../../../scripts/gazetteer/brand-entries.ts';

const judges: BrandJudges = {
  known: (form) => ['kubernetes', 'k8s'].includes(form.toLowerCase()),
  isOrganization: (title) => title === 'Widgetflix',
  isNameOrPlace: (word) => ['hugo', 'lima'].includes(word),
  isCommonWord: (word) => ['now', 'here'].includes(word),
};
const byName = (icons: Parameters<typeof brandEntries>[0]): Map<string, ReturnType<typeof brandEntries>[number]> =>
  new Map(brandEntries(icons, judges).map((e) => [e.name, e]));

describe('brandEntries', () => {
  it.each([
    ['Zorblint', 'Project'],
    ['Widgetflix', 'Organization'],
    ['Zorb Labs', 'Organization'],
    ['Zorb Foundation', 'Organization'],
    ['Zorb Studio', 'Project'],
  ])('adds %s as a %s', (title, type) => {
    expect(byName([{ title }]).get(title)?.type).toBe(type);
  });

  it.each([
    ['a name the landscape already has', { title: 'Kubernetes' }],
    ['a brand whose alias the landscape has', { title: 'Kubes', aliases: { aka: ['K8s'] } }],
    ['a name of two letters', { title: 'Qi' }],
    ['a one-letter name', { title: 'X' }],
    ['a first name', { title: 'Hugo' }],
    ['a place', { title: 'Lima' }],
    ['a common word in capitals', { title: 'NOW' }],
  ])('leaves out %s', (_why, icon) => {
    expect(brandEntries([icon], judges)).toEqual([]);
  });

  it('keeps usable aliases and drops short ones', () => {
    expect(byName([{ title: 'Zorbcast', aliases: { aka: ['ZC', 'Zorb Cast'] } }]).get('Zorbcast')?.aliases).toEqual(['Zorb Cast']);
  });

  it('gives a brand that shares another brand\'s icon an entry of its own, not an alias', () => {
    const entries = byName([{ title: 'Zorbact', aliases: { dup: [{ title: 'Zorbact Native' }] } }]);
    expect(entries.get('Zorbact')?.aliases).not.toContain('Zorbact Native');
    expect(entries.get('Zorbact Native')?.type).toBe('Project');
  });
});
