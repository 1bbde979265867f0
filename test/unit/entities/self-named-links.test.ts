// Self-named links: a link whose text is spelled in its own address names a project or company (through the
// whole extractor, so the markdown link is parsed as a post's would be).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extractor/index.ts';

const names = (text: string): string[] =>
  extract(`# Notes\n\n## Day one\n\n${text}\n`, { source: 'notes.md' })
    .elements.nodes.map((n) => n.data)
    .filter((d) => d.type === 'Project' || d.type === 'Organization' || d.type === 'Person')
    .map((d) => `${d.type}:${d.name}`);

const selfNamed: Array<[string, string[]]> = [
  ['They manage bare metal with [Zorbit API](https://zorbit-api.sigs.example.io/intro).', ['Project:Zorbit API']],
  ['Execution on GPUs comes with [QUDRA](http://www.vendor.com/object/qudra_home_new.html).', ['Project:QUDRA']],
  ['The spin-off is [Plonkly](https://plonkly.com).', ['Organization:Plonkly']],
  ['Profiles are read with [zprof](https://github.com/zorbco/zprof).', ['Project:zprof']],
  ['Cilium was deployed via [helm](https://helm.sh/) in the per-node mode.', ['Project:Helm']],
  ['Screen readers such as [WAVR](https://wavr.example.org/tools) help.', ['Project:WAVR']],
  // A known name of an everyday word, confirmed by its own site's address (its host, not a page's path).
  ['We keep the notes in [Notion](https://www.notion.so/product/wikis) now.', ['Project:Notion']],
  // The home page of a site named after the text: everyday words name it too.
  ['Libraries referenced: [Overtone](https://overtone.github.io/) and [Anvil proxy](https://anvilproxy.io/).', ['Project:Overtone', 'Project:Anvil proxy']],
  // A site named after the thing and one more word ("-lang") is its home too, and names a product, not a company.
  ['Metaprogramming is easy in [Badger](https://www.badger-lang.org/).', ['Project:Badger']],
  // A name written in lowercase is a tool's, even on a bare .org home.
  ['Types are checked with [zorbpy](https://zorbpy-lang.org/).', ['Project:zorbpy']],
  // A known name of an everyday word in lowercase, linked to the home page of a site named after it alone.
  ['The author of [curl](https://curl.se/) gave the keynote.', ['Project:curl']],
  // An HTML anchor is a link as a markdown one is.
  ['It evolved from <a href="https://plonkenv.readthedocs.io/en/latest/" target="_blank">Plonkenv</a>.', ['Project:Plonkenv']],
];
const notSelfNamed: Array<[string, string[]]> = [
  ['Read the [slides](https://slides.example.com/slides) and [Read more](https://more.example.com/read-more).', ['Project:slides', 'Project:Read more']],
  ['It is the [Plonk-Zorb phenomenon](https://science.example.com/plonk-zorb-phenomenon.htm).', ['Project:Plonk-Zorb phenomenon']],
  ['Join [#zorbcon](https://twitter.com/hashtag/zorbcon) and [@zorbconf](https://x.example.com/zorbconf).', ['Project:#zorbcon', 'Project:@zorbconf']],
  ['Thanks to [Qwenda Plorix](https://www.linkedin.com/in/qwenda-plorix/) and [Ann Zorb](https://ann-zorb.example.dev).', ['Project:Qwenda Plorix', 'Project:Ann Zorb']],
  ['See [Orla Brennick](https://www.zorbdays.org/events/2017/program/orla-brennick/).', ['Project:Orla Brennick']],
  ['Tickets for [Zorb Conf](https://zorbconf.example.com) are out.', ['Project:Zorb Conf', 'Organization:Zorb Conf']],
  ['The [Plonk effect](https://en.wikipedia.org/wiki/Plonk_effect) and [Plonkia](https://en.wikipedia.org/wiki/Plonkia).', ['Project:Plonk effect', 'Project:Plonkia', 'Organization:Plonkia']],
  ['We had dinner in [Lisbon](https://lisbon.example.com).', ['Project:Lisbon', 'Organization:Lisbon']],
  ['A post on the word [Notion](https://words.example.org/blog/post/notion/) is worth reading.', ['Project:Notion']],
  ['Some [curl](https://words.example.org/curl/) tips and [curl](https://curlsite.example.org/) tricks.', ['Project:curl']],
  // A page below the home of such a site, and a person's own site, name no project.
  ['The [Overtone](https://overtone.github.io/docs/tutorial) deck and the blog of [Maria Gonzalez](https://mariagonzalez.com/).', ['Project:Overtone', 'Project:Maria Gonzalez', 'Organization:Maria Gonzalez']],
];

describe('findEntities: a link whose text is spelled in its own address', () => {
  it.each(selfNamed)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(notSelfNamed)('not: %s', (text, forbidden) => {
    const got = names(text);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
  it("takes no project from a talk's own link that spells its title", () => {
    const got = names('- [Zorbing Clusters](https://zorbconf.example.com/zorbing-clusters) by Qwenda Plorix (Zorbco)');
    expect(got).not.toContain('Project:Zorbing Clusters');
  });
});
