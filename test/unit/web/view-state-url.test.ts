// The explorer's URL form of its view state: round trips, short links, and bad values falling back to defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TYPES, DEFAULT_VIEW, parseView, serializeView } from '../../../web/src/state/view-state-url.ts';
import type { ViewState } from '../../../web/src/state/view-state-url.ts';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every field', () => {
    const view: ViewState = {
      sel: 'project:rook',
      focus: 'project:rook',
      depth: 3,
      types: ['Project', 'Talk'],
      q: 'rook & co',
      tab: 'console',
      theme: 'dark',
      layout: 'concentric',
      from: 'project:rook',
      to: 'org:quantum',
      query: 'top-projects',
      params: { limit: '5', id: 'project:a=b&c' },
      cypher: null,
      rows: 'projects',
      tq: 'storage',
      sort: '-projects',
      vp: '120,-40,1.25',
      event: 'event:kubecon-2017',
    };
    const search = serializeView(view);
    expect(parseView(search)).toEqual(view);
    expect(search).toContain('sel=project%3Arook');
    expect(search).toContain('p.limit=5');
  });

  it('an empty or unknown type list means no types (not every type); a malformed viewport is dropped', () => {
    expect(parseView('?types=').types).toEqual([]);
    expect(parseView('?types=Bogus').types).toEqual([]);
    expect(parseView('?vp=1,2').vp).toBeNull();
    expect(parseView('?vp=1,2,0').vp).toBeNull();
    expect(parseView('?vp=a,b,c').vp).toBeNull();
    expect(parseView('?vp=-10.5,20,0.5').vp).toBe('-10.5,20,0.5');
  });

  it('keeps a typed Cypher query intact, newlines and quotes included', () => {
    const cypher = "MATCH (p:Project {name: 'Rook'})\nRETURN p";
    expect(parseView(serializeView({ ...DEFAULT_VIEW, tab: 'console', cypher })).cypher).toBe(cypher);
  });

  it('falls back to defaults for malformed values', () => {
    const v = parseView('?depth=99&tab=nope&theme=pink&layout=evil&types=Project,Bogus,Talk&rows=people');
    expect(v.rows).toBe('talks');
    expect(v.depth).toBe(DEFAULT_VIEW.depth);
    expect(v.tab).toBe('details');
    expect(v.theme).toBe('light');
    expect(v.layout).toBe('map');
    expect(v.types).toEqual(['Project', 'Talk']);
  });

  it('uses the preferred theme when the link names none, and an empty types list means "none chosen"', () => {
    expect(parseView('', 'dark').theme).toBe('dark');
    expect(parseView('?types=').types).toEqual([]);
    expect(parseView('?q=x').types).toEqual([...DEFAULT_TYPES]);
  });

  it('drops depth from the link when nothing is focused', () => {
    expect(serializeView({ ...DEFAULT_VIEW, depth: 4 })).toBe('');
    expect(serializeView({ ...DEFAULT_VIEW, focus: 'a', depth: 4 })).toBe('?focus=a&depth=4');
  });
});
