// Front matter: YAML, TOML and Jekyll-style posts; broken or absent front matter never loses the body.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../extractor/passes/00-front-matter.ts';

describe('splitFrontMatter', () => {
  const rows: Array<[string, string, Partial<ReturnType<typeof splitFrontMatter>['frontMatter']>, string]> = [
    ['YAML', '---\ntitle: KubeCon 2017\nauthor: Ann\ntags:\n  - a\n  - b\n---\nBody', { title: 'KubeCon 2017', author: 'Ann', tags: ['a', 'b'] }, 'Body'],
    ['TOML', '+++\ntitle = "DockerCon"\ndate = 2019-05-02T09:00:00-07:00\nslug = "dc"\ntags = ["x"]\n+++\nBody', { title: 'DockerCon', slug: 'dc', tags: ['x'], date: '2019-05-02T09:00:00.000-07:00' }, 'Body'],
    ['Jekyll', '---\nlayout: post\ntitle: "Notes"\nauthor:\n  name: Jo\npermalink: /blog/notes/\ntags: k8s cncf\n---\nBody', { title: 'Notes', author: 'Jo', url: '/blog/notes/', tags: ['k8s', 'cncf'] }, 'Body'],
    ['comma tags', '---\ntags: "Cloud Native, Kubernetes"\n---\nB', { tags: ['Cloud Native', 'Kubernetes'] }, 'B'],
    ['author list', '---\nauthors: [Ann, Bo]\n---\nB', { author: 'Ann, Bo' }, 'B'],
    ['JSON', '{\n  "title": "PromCon 2018",\n  "tags": ["prometheus"]\n}\nBody', { title: 'PromCon 2018', tags: ['prometheus'] }, 'Body'],
    ['YAML closed by ...', '---\ntitle: T\n...\nB', { title: 'T' }, 'B'],
    ['Elixir map', '---\n%{\n  title: "ElixirConf EU, Lisbon",\n  created_at: "2023-04-27"\n}\n---\nBody', { title: 'ElixirConf EU, Lisbon' }, 'Body'],
  ];
  it.each(rows)('reads %s front matter', (_name, input, expected, body) => {
    const result = splitFrontMatter(input);
    expect(result.frontMatter).toMatchObject(expected);
    expect(result.body.trim()).toBe(body);
    expect(result.warnings).toEqual([]);
  });

  it('warns on YAML that does not parse and still returns the body', () => {
    const result = splitFrontMatter('---\ntitle: [unclosed\n---\n# Heading\ntext');
    expect(result.warnings[0]).toMatch(/YAML does not parse/);
    expect(result.body).toBe('# Heading\ntext');
    expect(result.frontMatter.title).toBeNull();
  });

  it('prints nothing of its own for an odd YAML directive: the extractor does no I/O', async () => {
    const emitted: unknown[] = [];
    const listener = (w: unknown): number => emitted.push(w);
    process.on('warning', listener);
    try {
      const result = splitFrontMatter('---\n%odd directive\ntitle: T\n---\nBody');
      expect(result.body.trim()).toBe('Body');
      // (A process warning is emitted on a later tick.)
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(emitted).toEqual([]);
  });

  it('warns on TOML that does not parse', () => {
    const result = splitFrontMatter('+++\ntitle = \n+++\nbody');
    expect(result.warnings[0]).toMatch(/TOML does not parse/);
    expect(result.body).toBe('body');
  });

  it('warns on an unclosed TOML block and keeps everything as body', () => {
    const result = splitFrontMatter('+++\ntitle = "x"\n# Heading');
    expect(result.warnings[0]).toMatch(/never closed/);
    expect(result.body).toContain('# Heading');
  });

  const negatives: Array<[string, string]> = [
    ['no front matter', '# Just a heading\ntext'],
    ['a thematic break that never closes', '---\nSome text'],
    ['front matter not on the first line', 'intro\n---\ntitle: x\n---'],
    ['empty input', ''],
  ];
  it.each(negatives)('finds no front matter in %s', (_name, input) => {
    const result = splitFrontMatter(input);
    expect(result.frontMatter.title).toBeNull();
    expect(result.body).toBe(input);
  });

  it('ignores a YAML scalar instead of a map, with a warning', () => {
    const result = splitFrontMatter('---\njust a string\n---\nbody');
    expect(result.warnings[0]).toMatch(/not a map/);
    expect(result.body).toBe('body');
  });
});
