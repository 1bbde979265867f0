// The event a post covers, from its title or tags.
import { describe, expect, it } from 'vitest';
import { eventFromText, eventOf } from '../../../extractor/passes/05-event.ts';
import { emptyFrontMatter } from '../../../extractor/passes/00-front-matter.ts';

describe('eventFromText', () => {
  const rows: Array<[string, string | null]> = [
    ['KubeCon 2017 Austin', 'KubeCon 2017 Austin'],
    ['Notes from KubeCon + CloudNativeCon Europe 2018 in Copenhagen', 'KubeCon + CloudNativeCon Europe 2018'],
    ['Recap: DockerCon 2019 San Francisco', 'DockerCon 2019 San Francisco'],
    ['Open Source Summit North America 2018', 'Open Source Summit North America 2018'],
    ['My trip to GopherCon EU', 'GopherCon EU'],
    ['KubeCon + CloudNativeCon Europe 2019 - Barcelona', 'KubeCon + CloudNativeCon Europe 2019'],
    ['Why I like Kubernetes', null],
    ['a summit of ideas', null],
    ['Day 1', null],
    ['Days 2-3', null],
    ['Container Days 2018', 'Container Days 2018'],
  ];
  it.each(rows)('%s', (title, event) => expect(eventFromText(title)).toBe(event));
});

describe('eventOf', () => {
  it('never names the event after a "Day N" heading', () => {
    expect(eventOf({ ...emptyFrontMatter(), title: 'Cloud Native Rejekts 2019 notes' }, 'Day 1')?.name).not.toMatch(/^Day/);
  });
  it('falls back to an event-like tag plus the year of the date', () => {
    expect(eventOf({ ...emptyFrontMatter(), title: 'My week', tags: ['travel', 'KubeCon'], date: '2019-05-20' }, null)).toEqual({ name: 'KubeCon 2019', year: 2019 });
  });
  it('takes the year from the date when the title has none', () => {
    expect(eventOf({ ...emptyFrontMatter(), title: 'GopherCon EU', date: '2021-06-01' }, null)).toEqual({ name: 'GopherCon EU', year: 2021 });
  });
  it('uses the first heading when there is no front matter', () => {
    expect(eventOf(emptyFrontMatter(), 'PromCon 2018 Munich')).toEqual({ name: 'PromCon 2018 Munich', year: 2018 });
  });
  it('finds no event in an unrelated post', () => {
    expect(eventOf({ ...emptyFrontMatter(), title: 'Cooking pasta' }, 'Ingredients')).toBeNull();
  });
});
