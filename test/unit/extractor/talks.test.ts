// Talks from whole posts: which sections are talks, and their kind, day, level, video and speakers.
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../extractor/passes/01-sections.ts';
import { findTalks } from '../../../extractor/passes/02-talks.ts';

const talksOf = (md: string) => findTalks(parsePost(md)).talks;
const titles = (md: string): string[] => talksOf(md).map((t) => t.title);
/** Each talk's title with its speakers' names, or with "name@organization" when `employers` is set. */
const speakersByTitle = (md: string, employers = false): Array<[string, string[]]> =>
  talksOf(md).map((t) => [t.title, t.speakers.map((sp) => (employers ? `${sp.name}@${sp.organization}` : sp.name))]);

describe('findTalks', () => {
  it('reads nested day/keynote/talk headings', () => {
    const md = [
      '## Day #1', '### Morning Keynotes', '#### Opening - Ann Lee, CEO, Acme', '{{< youtube AAAAAAAAAAA >}}',
      '### Talks', '#### Deep Dive [A] - Bo Chen, Foo', 'text', '### Party', 'fun',
      '## Day #2', '### Talks', '#### Another Talk - Carla Diaz, Bar',
    ].join('\n\n');
    const talks = talksOf(md);
    expect(talks.map((t) => [t.title, t.kind, t.day, t.level, t.video?.id ?? null])).toEqual([
      ['Opening', 'keynote', 1, null, 'AAAAAAAAAAA'],
      ['Deep Dive', 'talk', 1, 'advanced', null],
      ['Another Talk', 'talk', 2, null, null],
    ]);
  });

  it('reads flat structure: day and keynote marker headings at the same level as the talks', () => {
    const md = ['## Tuesday', '## Keynotes', '## Linux Next - Lin Tor, Fellow, LF', '## Talks', '## Yocto [B] - Kay Neil, Intel', '## Wednesday', '## Rust Now - Mia Ortega, Google'].join('\n\n');
    expect(talksOf(md).map((t) => [t.title, t.kind, t.day])).toEqual([
      ['Linux Next', 'keynote', 1],
      ['Yocto', 'talk', 1],
      ['Rust Now', 'talk', 2],
    ]);
  });

  it('numbers weekday and date headings in order; "Day Two" words too', () => {
    expect(talksOf('# Thursday, Dec 7\n## A Talk - Ann Lee, Acme\n# Friday, Dec 8\n## B Talk - Bo Chen, Foo').map((t) => t.day)).toEqual([1, 2]);
    expect(talksOf('# Day Two\n## A Talk - Ann Lee, Acme').map((t) => t.day)).toEqual([2]);
    // Capital roman numerals: "Day II"; a lone "I" after "day" in prose is no day.
    expect(talksOf('# Day II: 15th December\n## Scaling Zorb - Ann Lee, Acme').map((t) => t.day)).toEqual([2]);
    expect(talksOf('# The Day I Arrived\n## Scaling Zorb - Ann Lee, Acme').map((t) => t.day)).toEqual([null]);
    // The day word of other languages: "Giorno 2", "Día 1", "Jour 3"; a day's heading is no talk.
    expect(talksOf('# Giorno 2\n## Scaling Zorb - Ann Lee, Acme').map((t) => [t.title, t.day])).toEqual([['Scaling Zorb', 2]]);
    expect(talksOf('# Día 1\n## Scaling Zorb - Ann Lee, Acme').map((t) => t.day)).toEqual([1]);
    expect(talksOf('## ✌️ Jour 3, la fatigue arrive\n### Scaling Zorb - Ann Lee, Acme').map((t) => t.day)).toEqual([3]);
  });

  it('reads a paragraph "Title — by Name" under a "Day I" heading as a talk', () => {
    const talks = talksOf('#### Day I: 14th December\n\nI attended these sessions.\n\nAdvanced Authentication and Encrypted Connections — by Stephen Frostmann\n\nMore text.');
    expect(talks.map((t) => [t.title, t.day, t.speakers.map((sp) => sp.name)])).toEqual([['Advanced Authentication and Encrypted Connections', 1, ['Stephen Frostmann']]]);
  });

  it('finds a title-only talk by its video, and a Presentation: "Title" with the speaker in the text', () => {
    const md = '## Keynotes\n### Presentation: "Project Update"\nThe update was presented by Liz Carter from VMware. She showed things.\n### Community Awards\n<iframe src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>';
    const talks = talksOf(md);
    expect(talks.map((t) => [t.title, t.kind, t.video?.id ?? null])).toEqual([
      ['Project Update', 'keynote', null],
      ['Community Awards', 'keynote', 'BBBBBBBBBBB'],
    ]);
    expect(talks[0]?.speakers).toEqual([{ name: 'Liz Carter', role: null, organization: 'VMware' }]);
  });

  it('reads a "Speakers:" line below a panel heading, and names with initials', () => {
    const talks = talksOf('## Panel Discussion: Women in Tech\nSpeakers: Ann Lee (Google), Bea Ruiz (IBM).\n## Deep Dive: SIG Lifecycle - Lubomir I. Ivanov & Tim St. Clair, VMware');
    expect(talks.map((t) => [t.title, t.kind, t.speakers.map((s) => `${s.name}@${s.organization}`)])).toEqual([
      ['Women in Tech', 'panel', ['Ann Lee@Google', 'Bea Ruiz@IBM']],
      ['Deep Dive: SIG Lifecycle', 'talk', ['Lubomir I. Ivanov@VMware', 'Tim St. Clair@VMware']],
    ]);
  });

  it('makes a title-only heading a talk when a "Speaker:" line follows it', () => {
    const talks = talksOf('## Day 1\n### Kubernetes Project Update\n**Speaker:** Janet Kuo, Google\n\nShe showed the release.\n### Lunch\nLunch by Red Hat.');
    expect(talks.map((t) => [t.title, t.day, t.speakers.map((s) => `${s.name}@${s.organization}`)])).toEqual([['Kubernetes Project Update', 1, ['Janet Kuo@Google']]]);
  });

  it('takes a title-only heading among talk siblings as a talk, but not a structural one', () => {
    const md = '## Day 1\n### A Talk - Ann Lee, Acme\ntext\n### B Talk - Bo Chen, Bar\ntext\n### Kubernetes Project Update\nThe release was shown.\n### Lunch\nfood';
    expect(titles(md)).toEqual(['A Talk', 'B Talk', 'Kubernetes Project Update']);
  });

  it('takes a heading naming only its speaker and a known employer among talk siblings as a talk titled by the heading', () => {
    const md = (third: string): string[][] => talksOf(`# Zorb Meetup\n## Zorb at Scale (Ann Lee)\nNotes.\n## Plonk Pipelines (John Smith)\nNotes.\n## ${third}\nShe showed how they deploy.`)
      .map((t) => [t.title, ...t.speakers.map((s) => `${s.name}@${s.organization}`)]);
    expect(md('Ivo Brevik (Netflix)')).toEqual([['Zorb at Scale', 'Ann Lee@null'], ['Plonk Pipelines', 'John Smith@null'], ['Ivo Brevik (Netflix)', 'Ivo Brevik@Netflix']]);
    // (Not words that only look like a name beside an unknown one: "Build Zorb Capability, Not Quux Dependency" makes no
    // talk with a speaker of that name; among its talk siblings it is a talk by its title alone.)
    expect(md('Build Zorb Capability, Not Quux Dependency')).toEqual([['Zorb at Scale', 'Ann Lee@null'], ['Plonk Pipelines', 'John Smith@null'], ['Build Zorb Capability, Not Quux Dependency']]);
  });

  it('takes title-only headings under a short heading that names a track or talks in the plural as talks', () => {
    const md = (group: string): string[] => titles(`## ${group}\n\n### Plonk Platforms with Zorb - Ann Lee, Acme\n\nText.\n\n### Quux Intro And Deep Dive - The Zorb Control Plane\n\nThey explained quux.\n\n## Final Remarks\n\nBye.`);
    expect(md('Maintainer Track')).toEqual(['Plonk Platforms with Zorb', 'Quux Intro And Deep Dive - The Zorb Control Plane']);
    expect(md('Security Talks')).toEqual(['Plonk Platforms with Zorb', 'Quux Intro And Deep Dive - The Zorb Control Plane']);
    // (Not a longer heading that only ends so, nor a topic.)
    expect(md('What I learned from the talks')).toEqual(['Plonk Platforms with Zorb']);
    expect(md('Zorb Things')).toEqual(['Plonk Platforms with Zorb']);
  });

  it('counts title-only headings whose notes introduce someone by role and employer with the talk siblings, as their speaker', () => {
    const md = [
      '## Zorbs at Scale', 'Ivo Brevik talked about zorbs.',
      '## Quux Everywhere', 'Priya Raman presented quux.',
      '## Plonk queues with plonkmq', 'John Smith, a Senior Principal Engineer at Initech, maintains plonkmq, a queue.',
      '## Developing with Zorb', 'As quux is to Zorb, plonkzx is to Plonk. Ann Lee, Staff Engineer at Acme, works on plonkzx.',
      '## Zorb Tales', 'Plonks all the way down.',
    ].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Zorbs at Scale', ['Ivo Brevik@null']],
      ['Quux Everywhere', ['Priya Raman@null']],
      ['Plonk queues with plonkmq', ['John Smith@Initech']],
      ['Developing with Zorb', ['Ann Lee@Acme']],
      ['Zorb Tales', []],
    ]);
    // (No role before the employer, no introduction: "John Smith, my friend at Initech, ..." is none.)
    expect(titles(md.replace('a Senior Principal Engineer at', 'my friend at').replace('Staff Engineer at', 'my friend at'))).toEqual(['Zorbs at Scale', 'Quux Everywhere']);
  });

  it('counts title-only headings whose notes put a first name linked to its profile on stage with the talk siblings', () => {
    // Two talks, the heading under test and two plain headings: the tested notes' vote makes three of five, a majority.
    const post = (notes: string): string[] => titles([
      '### Zorbs at Scale', '[Ivo](https://twitter.com/ivo_b) talked about zorbs.',
      '### Quux Everywhere', '[Priya](https://twitter.com/pr) presented quux.',
      '### Culture Eats Plonk', notes,
      '### Plonk Driven Design', 'Plonks all the way down.',
      '### Zorb Stories', 'More zorbs.',
    ].join('\n\n'));
    const all = ['Zorbs at Scale', 'Quux Everywhere', 'Culture Eats Plonk', 'Plonk Driven Design', 'Zorb Stories'];
    expect(post('Saturday started early. [Priya](https://twitter.com/pr) told us how plonks grow.')).toEqual(all);
    expect(post('Right after that, [Ann](https://twitter.com/annlee) gave a live demo.')).toEqual(all);
    expect(post('After a short coffee break [Priya](https://twitter.com/pr) explained plonks.')).toEqual(all);
    // "Frank" is an everyday word: it names a person where the profile's handle spells it.
    expect(post('[Frank](https://twitter.com/franklinzorb) took a look at plonks.')).toEqual(all);
    const twoTalks = ['Zorbs at Scale', 'Quux Everywhere'];
    expect(post('[Frank](https://twitter.com/zorbfan) took a look at plonks.')).toEqual(twoTalks);
    // Not on stage: a name met in the middle of a sentence, a name with no stage verb, a link to a post.
    expect(post('I had lunch with [Priya](https://twitter.com/pr) who told us about plonks.')).toEqual(twoTalks);
    expect(post('[Priya](https://twitter.com/pr) and the plonks.')).toEqual(twoTalks);
    expect(post('[Priya](https://twitter.com/pr/status/1) told us how plonks grow.')).toEqual(twoTalks);
  });

  it('takes no title-only heading ahead of every talk sibling, with no speaker or video, as a talk: it introduces them', () => {
    const md = '# On the way to Plonkville\nI read the news on the train.\n# A Talk --- Ann Lee (Acme)\ntext\n# B Talk --- Bo Chen (Bar)\ntext\n# Wrapping it all up\nThe release was shown.';
    expect(titles(md)).toEqual(['A Talk', 'B Talk', 'Wrapping it all up']);
    // A speaker in its text makes the first one a talk as before.
    expect(titles(md.replace('I read the news on the train.', 'Priya Natarajan talks about the news.'))).toEqual(['On the way to Plonkville', 'A Talk', 'B Talk', 'Wrapping it all up']);
  });

  it('reads "### by @handle" under a title: the notes name the speaker, else the handle does; a kind word is a title there', () => {
    const md = [
      '## Refactoring Without Fear', '### by [@pnatarajan](https://twitter.com/pnatarajan)', 'In this talk, Priya Natarajan talks about legacy code.',
      '## Closing Keynote', '### by [@zorbdev](https://twitter.com/zorbdev)', 'Puns and a demo.',
    ].join('\n\n');
    expect(talksOf(md).map((t) => [t.title, t.kind, t.speakers.map((sp) => sp.name)])).toEqual([
      ['Refactoring Without Fear', 'talk', ['Priya Natarajan']],
      ['Closing Keynote', 'keynote', ['zorbdev']],
    ]);
    // A plural kind word groups sessions: no byline makes it one.
    expect(titles('## Keynotes\n\n### by [@zorbdev](https://twitter.com/zorbdev)\n\nPuns.')).toEqual([]);
  });

  it('reads "Title:" headings with a "Speaker:" line, the label vouching for a name of common words or a single name', () => {
    const md = '## Talks\n### Title: Typed Plonk Pipelines\nSpeaker: Max Olander\n\nNotes.\n### Title: Quux in Practice\nSpeaker: Zorvana\n\nNotes.\n### Title: Quux Beyond Practice\nSpeaker: Welcome\n\nNotes.';
    expect(speakersByTitle(md)).toEqual([
      ['Typed Plonk Pipelines', ['Max Olander']],
      ['Quux in Practice', ['Zorvana']],
      ['Quux Beyond Practice', []],
    ]);
  });

  it('reads "Name - Two Words" among speaker-first siblings as a title, unless the words name a known company', () => {
    const md = '#### Talks\n##### Ann Lee - Plonk for Busy People\n##### [Priya Natarajan](https://x.example/p) - Rust Internals\n##### Maria Gonzalez - Notes from a Migration\n##### John Smith - Google';
    expect(speakersByTitle(md, true)).toEqual([
      ['Plonk for Busy People', ['Ann Lee@null']],
      ['Rust Internals', ['Priya Natarajan@null']],
      ['Notes from a Migration', ['Maria Gonzalez@null']],
    ]);
  });

  it('lets a "Speaker:" label vouch for a name with a structural word; a "Reads" heading lists books, not talks', () => {
    const md = '## [Plonk Stories for Docs](https://x.example/t)\n\nSpeaker: [Thursday Zorbel](https://twitter.com/tz)\n\n### Recommended Reads\n\n- *Quux and Syntax* by Annette Zorbel\n- *Plonk by Plonk* by Ivo Lamberg';
    expect(speakersByTitle(md)).toEqual([['Plonk Stories for Docs', ['Thursday Zorbel']]]);
  });

  it('reads a byline that ends as a sentence under a title-only heading of a dated day', () => {
    const md = '## Thursday Feb 1\n### [Crossing the Plonk by Feeling the Quux](https://x.example/t)\n\nBy Priya Natarajan.\n\nA great speaker.\n### Plonk Tooling Yourself\n\nBy Maria Gonzalez and Ann B. Lee.';
    expect(speakersByTitle(md)).toEqual([
      ['Crossing the Plonk by Feeling the Quux', ['Priya Natarajan']],
      ['Plonk Tooling Yourself', ['Maria Gonzalez', 'Ann B. Lee']],
    ]);
    // A sentence that goes on after "by" names no speaker.
    expect(titles('## Thursday Feb 1\n### Plonk Tooling Yourself\n\nBy the way, it rained.')).toEqual([]);
  });

  it('reads a "Presenter(s)" sub-section under a title with its abstract: name lines, or bios that open with the names', () => {
    const md = [
      '# Presentations',
      '## Plonk at Scale', 'Can you explain the path a Plonk packet takes?', '### Presenters',
      "[Ann Zorbel](https://x.example/a)'s (Acme) background is in distributed systems.", '[Ivo Brevik](https://x.example/i) is a network engineer, turned SRE.',
      '### Notes', 'Slides link.',
      '## Quux Without Tears', 'An abstract.', '### Presenter', 'Maria Gonzalez, Initech',
      '## Before Lunch', 'Nothing presented.', '### Notes', 'We ate.',
    ].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Plonk at Scale', ['Ann Zorbel@Acme', 'Ivo Brevik@null']],
      ['Quux Without Tears', ['Maria Gonzalez@Initech']],
    ]);
  });

  it('reads the speaker of a title-only heading from notes that say who spoke', () => {
    const md = [
      '## Plonk at Scale', 'This was a very interesting talk from Maria Gonzalez and was delivered to a packed room.',
      '## Unlearning Quux', 'Letting go of what worked. Ann Zorbel is a very talented speaker and this talk was great.',
      '## Zorb Metrics', 'A talk on metrics: the speakers Ivo Brevik and friends asked us to stand up.',
      '## Plonk Thoughts', 'It was a talk from the heart, said nobody.',
      '## Living with Zorbs', 'The final keynote of the day came from Priya Raman. I had read her book.',
      '## Quux Futures', 'The opening talk was from John Smith of Initech, and it was good.',
    ].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Plonk at Scale', ['Maria Gonzalez@null']],
      ['Unlearning Quux', ['Ann Zorbel@null']],
      ['Zorb Metrics', ['Ivo Brevik@null']],
      ['Plonk Thoughts', []],
      ['Living with Zorbs', ['Priya Raman@null']],
      ['Quux Futures', ['John Smith@Initech']],
    ]);
  });

  it('reads "Speakers: A, B" as two people when B is a clear name no company has; a company after the comma stays hers', () => {
    const md = '## Talks\n### Plonk Modelling\nSpeakers: Maria Gonzalez, Ivo Brevik\n\nNotes.\n### Quux Modelling\nSpeaker: Ann Lee, Google\n\nNotes.\n### Zorb Modelling\nSpeaker: Ann Lee, Acme Labs\n\nNotes.';
    expect(speakersByTitle(md, true)).toEqual([
      ['Plonk Modelling', ['Maria Gonzalez@null', 'Ivo Brevik@null']],
      ['Quux Modelling', ['Ann Lee@Google']],
      ['Zorb Modelling', ['Ann Lee@Acme Labs']],
    ]);
  });

  it('reads a plural label\'s comma list of names as that many speakers, weak names and everyday family names too; a known company stays an organization', () => {
    const md = '## Talks\n### Hiring Zorbs (Panel)\n* **Speakers**: Carrie Hall, Ivo Brevik, Maria Santos, Quin Parsons, Orla Revels\n\n* Notes.\n### Quux Modelling\nSpeakers: Ann Lee, Google\n\nNotes.';
    expect(speakersByTitle(md, true)).toEqual([
      ['Hiring Zorbs', ['Carrie Hall@null', 'Ivo Brevik@null', 'Maria Santos@null', 'Quin Parsons@null', 'Orla Revels@null']],
      ['Quux Modelling', ['Ann Lee@Google']],
    ]);
  });

  it('does not take title-only headings next to a single talk', () => {
    expect(titles('## Day 1\n### A Talk - Ann Lee, Acme\ntext\n### Rook Team and Booth\ntext\n### Hotel Review\ntext')).toEqual(['A Talk']);
  });

  it('reads the talks under each reviewer\'s heading, not the reviewer\'s heading as a talk', () => {
    const md = [
      '# Zorbconf recap', '## Impressions - [Ann Lee](/people#ann-lee)', '### Predicting Plonk Changes - [Priya Raman](https://zorbconf.example/speakers/#priya)', 'Notes.',
      '## Impressions - [Carla Diaz](/people#carla-diaz)', '### The Overnight Zorb - [Ivo Brevik](https://zorbconf.example/speakers/#ivo)', 'Notes.',
      '## Impressions - [Maria Santos](/people#maria)', '### Quux at Scale - [John Smith](https://zorbconf.example/speakers/#john)', 'Notes.', '### Plonk for Teams - [Quin Parsons](https://zorbconf.example/speakers/#quin)', 'More.',
    ].join('\n\n');
    expect(speakersByTitle(md)).toEqual([
      ['Predicting Plonk Changes', ['Priya Raman']],
      ['The Overnight Zorb', ['Ivo Brevik']],
      ['Quux at Scale', ['John Smith']],
      ['Plonk for Teams', ['Quin Parsons']],
    ]);
  });

  it('keeps a talk heading that names its speaker over one sub-heading of a book it recommends', () => {
    expect(titles('## Zorbs at Scale - Ann Lee\nShe spoke well.\n### *The Plonk Book*, Bo Chenwick\nA good read.')).toEqual(['Zorbs at Scale']);
  });

  it('reads a "Name on topic" heading whose name is accented, and keeps a heading whose notes retell its own title beside a quotation', () => {
    expect(speakersByTitle('## Zoë Brevikson on plonk testing\nIn her talk she showed zorbs.')).toEqual([['plonk testing', ['Zoë Brevikson']]]);
    const md = '## Zorbs Are a Trap! How Plonks Failed Us.\n\n[Zoë Brevikson](https://twitter.com/zb)\n\n> Closing out, we have Zoë Brevikson sharing "Zorbs Are a Trap! How Plonks Failed Us." #ZorbCon\n\n> "We can solve any zorb by adding plonk." (David J. Wheeler)';
    expect(speakersByTitle(md)).toEqual([['Zorbs Are a Trap! How Plonks Failed Us', ['Zoë Brevikson']]]);
  });

  it('finds a title-only talk whose video sits under a "Video" sub-heading', () => {
    const talks = talksOf('## Day 1\n### Why We Moved to Cilium\nNotes.\n#### Video\n{{< youtube AAAAAAAAAAA >}}\n#### Slides\nlink');
    expect(talks.map((t) => [t.title, t.video?.id])).toEqual([['Why We Moved to Cilium', 'AAAAAAAAAAA']]);
  });

  it('reads "X from Org presented ..." below a quoted title', () => {
    const talks = talksOf('## "Scaling Prometheus"\nFarid Haddad of Grafana Labs presented the work.');
    expect(talks[0]?.speakers).toEqual([{ name: 'Farid Haddad', role: null, organization: 'Grafana Labs' }]);
  });

  it('reads a speaker-only heading followed by the talk heading', () => {
    const talks = talksOf('## Ingrid Solberg - Spotify\n### Migrating to Kubernetes\n{{< youtube CCCCCCCCCCC >}}');
    expect(talks.map((t) => [t.title, t.video?.id, t.speakers[0]?.name, t.speakers[0]?.organization])).toEqual([['Migrating to Kubernetes', 'CCCCCCCCCCC', 'Ingrid Solberg', 'Spotify']]);
  });

  it('reads a speaker-only heading whose first line is the title', () => {
    expect(titles('## Ingrid Solberg - Spotify\nMigrating 150 Services\n\nShe explained the move.')).toEqual(['Migrating 150 Services']);
  });

  it('finds title-only talks without video inside a talks group', () => {
    expect(titles('## Talks\n### Observability Without Tears\nNo recording.\n### Other Thoughts\nmisc')).toEqual(['Observability Without Tears']);
  });

  it('kinds from words: workshop, panel, keynote label', () => {
    const md = '## Workshop: Build It - Ann Lee, Acme\n## Panel: Security - Bo Chen, Foo; Cy Dahl, Bar\n## Keynote: Hello - Di Eng, Baz\n## Lightning Talk: Quick - Ed Fox, Qux';
    expect(talksOf(md).map((t) => [t.title, t.kind])).toEqual([
      ['Build It', 'workshop'],
      ['Security', 'panel'],
      ['Hello', 'keynote'],
      ['Quick', 'talk'],
    ]);
  });

  it('speaker-first headings: "Name, Org - Title" and, in that habit, "Name, Title"; a line of media links is no title', () => {
    const md = '## [Ann Lee](https://twitter.com/al), Acme - Fewer Better Systems\n\nText.\n\n## [John Smith](https://twitter.com/js) - Zorbs at Scale\n\nText.\n\n## [Priya Raman](https://twitter.com/pr), Psychology of Plonk Design\n\n[Slides](https://speakerdeck.com/x) | [Video](https://vimeo.com/1)\n\nPriya presented stories.\n\n## [Maria Gonzalez](https://twitter.com/mg) - Quux Everywhere\n\nText.';
    expect(talksOf(md).map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')])).toEqual([
      ['Fewer Better Systems', 'Ann Lee'],
      ['Zorbs at Scale', 'John Smith'],
      ['Psychology of Plonk Design', 'Priya Raman'],
      ['Quux Everywhere', 'Maria Gonzalez'],
    ]);
  });

  it('kinds from labels of any form: a course or lab is a workshop, a plural label names its kind', () => {
    const md = '## Course: Zorb Graphics - Ann Lee, Acme\n## Hands-on lab: Plonk Pipelines - Bo Chen, Foo\n## Panels: Quux at Scale - Cy Dahl, Bar\n## Talks: A Zorb World - Di Eng, Baz';
    expect(talksOf(md).map((t) => [t.title, t.kind])).toEqual([
      ['Zorb Graphics', 'workshop'],
      ['Plonk Pipelines', 'workshop'],
      ['Quux at Scale', 'panel'],
      ['A Zorb World', 'talk'],
    ]);
  });

  it('a bare or plural kind heading frames the talks after it; a kind heading over its own story does not', () => {
    const framed = '## Day 1\n### Keynotes\n### Scaling Envoy - Ann Lee, Acme\nText.\n### Tracing for All - Bo Chen, Foo\nText.';
    expect(talksOf(framed).map((t) => [t.title, t.kind])).toEqual([['Scaling Envoy', 'keynote'], ['Tracing for All', 'keynote']]);
    const told = '## Day 1\n### Keynote\nThe opening keynote was about the community.\n### Scaling Envoy - Ann Lee, Acme\nText.\n### Tracing for All - Bo Chen, Foo\nText.';
    expect(talksOf(told).map((t) => [t.title, t.kind])).toEqual([['Scaling Envoy', 'talk'], ['Tracing for All', 'talk']]);
  });

  const notTalks: Array<[string, string]> = [
    ['structural headings with text', '## Day #1\ntext\n## Lunch\ntacos\n## Party\nfun\n## Summary\nbye\n## Thanks!\nthanks'],
    ['a topical heading without signals', '## Rook Team + Booth\nWe met at the booth.'],
    ['a playlist link is not a talk video', '## Recordings Playlist\n[All talks](https://www.youtube.com/playlist?list=PLxyz)'],
    ['a structural heading with a video', '## Day 2\n{{< youtube DDDDDDDDDDD >}}'],
    ['the exhibition among talk siblings', '## Day 1\n### Zorbs at Scale - Ann Lee, Acme\nText.\n### Plonk Pipelines - Ann Lee, Foo\nText.\n### Exhibition Hall\nMany booths.'],
    ['a post without headings', 'Just some text about Kubernetes - Ann Lee, Acme.'],
    ['a place shaped like "Name - Org"', '## San Francisco - California\nWe flew in on Monday and walked around the city.'],
    ['a grouping heading whose sub-headings are talks', '## Keynotes Recap\n{{< youtube EEEEEEEEEEE >}}\n### A - Ann Lee, Acme'],
  ];
  it.each(notTalks)('no talk for %s', (_name, md) => {
    const found = talksOf(md).filter((t) => t.speakers.length === 0 || !/Ann Lee/.test(t.heading));
    expect(found.map((t) => t.title)).toEqual([]);
  });
});

describe('talks listed as lines', () => {
  it('reads list items that link a video and name speakers', () => {
    const md = [
      '## Day 2', '### Talks I liked',
      '* [Scaling Things](https://youtu.be/AAAAAAAAAAA) - Ann Lee, Staff Engineer, Acme',
      '* [Operators in Go](https://www.youtube.com/watch?v=BBBBBBBBBBB) [I] by Bo Chen (Bar): a great intro.',
      '* Cilium Deep Dive - Cy Dahl, Isovalent ([video](https://youtu.be/CCCCCCCCCCC))',
      '* [Just a Title](https://youtu.be/DDDDDDDDDDD)',
    ].join('\n');
    const talks = talksOf(md);
    expect(talks.map((t) => [t.title, t.video?.id, t.speakers.map((s) => `${s.name}@${s.organization}`).join(','), t.day, t.level])).toEqual([
      ['Scaling Things', 'AAAAAAAAAAA', 'Ann Lee@Acme', 2, null],
      ['Operators in Go', 'BBBBBBBBBBB', 'Bo Chen@Bar', 2, 'intermediate'],
      ['Cilium Deep Dive', 'CCCCCCCCCCC', 'Cy Dahl@Isovalent', 2, null],
      ['Just a Title', 'DDDDDDDDDDD', '', 2, null],
    ]);
  });

  it('reads video-less "title by Name (Org)" lines in a talks section', () => {
    const md = '## the talks\n- **dapr in production** by Mark Fussell (Microsoft)\n- **gitops with flux** by Stefan Prodan (Weaveworks) - [video](https://youtu.be/AAAAAAAAAAA)';
    expect(talksOf(md).map((t) => [t.title, t.video?.id ?? null, t.speakers.map((s) => `${s.name}@${s.organization}`).join(',')])).toEqual([
      ['dapr in production', null, 'Mark Fussell@Microsoft'],
      ['gitops with flux', 'AAAAAAAAAAA', 'Stefan Prodan@Weaveworks'],
    ]);
  });

  it('reads "Name, Role of Org, presented" below a title-only heading', () => {
    const md = '## Presentation: "Service Mesh Without the Pain"\nWilliam Morgan, CEO of Buoyant, presented this one.';
    expect(talksOf(md).map((t) => [t.title, t.speakers])).toEqual([['Service Mesh Without the Pain', [{ name: 'William Morgan', role: 'CEO', organization: 'Buoyant' }]]]);
  });

  it('reads a title heading over notes that open with the speakers\' card, linked to their profiles', () => {
    const md = [
      '## Zorb at Scale', 'tl;dr zorb is fast now', '[Dr Ann Lee](https://www.linkedin.com/in/annlee/) - CTO, Acme Labs and [Bo Chen](https://twitter.com/bochen)', '- they moved to zorb',
      '## Plonk Everywhere', 'Panel: [Ivo Brevik](https://www.linkedin.com/in/ivo/) Quux, [Maria Gonzalez](https://www.linkedin.com/in/mgonz/) VP at Plonk Corp', '- panels are fun',
    ].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Zorb at Scale', ['Ann Lee@Acme Labs', 'Bo Chen@null']],
      ['Plonk Everywhere', ['Ivo Brevik@Quux', 'Maria Gonzalez@Plonk Corp']],
    ]);
    // One person a line, with the role and organization in brackets.
    const lines = '## Zorb Performance\n\n[Ann Lee](https://github.com/annlee) (zorb maintainer, Software Engineer at Acme Labs)<br>\n[Ivo Brevik](https://github.com/ivob) (plonk maintainer, Quux)\n\nThey measured it.';
    expect(speakersByTitle(lines, true)).toEqual([['Zorb Performance', ['Ann Lee@Acme Labs', 'Ivo Brevik@Quux']]]);
  });

  it.each([
    ['a linked name that signs a paragraph of notes', '## Closing Words\n\nThe conference once again proved to be a vibrant place for the whole community, and the reactions to our project were proof that it meets real needs.\n\n[Ann Lee](https://www.linkedin.com/in/annlee/)\n\nSee you next year.'],
    ['a linked name closing the section', '## Thanks\n\n[Ann Lee](https://www.linkedin.com/in/annlee/)'],
    ['a linked thing, not a person', '## Zorb at Scale\n\n[Plonk Corp](https://www.linkedin.com/company/plonk/) - the sponsor\n\n- notes'],
  ])('no card talk for %s', (_name, md) => {
    expect(titles(md)).toEqual([]);
  });

  it('reads a speaker card over two lines: the name alone, then the role at the employer (a place after it dropped)', () => {
    const md = [
      '## Zorb at Scale', '* [Ann Lee](https://twitter.com/annlee)', '* Engineer at Acme Labs in Lisbon', 'zorb is fast now',
      '## Plonk Everywhere', '* [Maria Gonzalez](https://twitter.com/mgonz)', '* Staff Engineer at Quux, background in music', 'plonk is everywhere',
      '## Quux for All', '* [Ivo Brevik](https://twitter.com/ivob)', '* Core team member', 'quux for all',
    ].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Zorb at Scale', ['Ann Lee@Acme Labs']],
      ['Plonk Everywhere', ['Maria Gonzalez@Quux']],
      ['Quux for All', ['Ivo Brevik@null']],
    ]);
  });

  it('reads who spoke from notes that open with the name and an aside of profile links; an "Overall" heading is none', () => {
    const md = [
      '## Sessions I attended', '### Zorb Cardinality', 'Maria Gonzalez ([blog](https://mg.example/)/[twitter](https://twitter.com/mg)) gave an excellent session on zorbs.',
      '### Plonk Logs', 'Ivo Brevik ([twitter](https://twitter.com/ivob)) talked about plonk logs.', '### Overall', 'It was a great day of learning.',
    ].join('\n\n');
    expect(speakersByTitle(md)).toEqual([['Zorb Cardinality', ['Maria Gonzalez']], ['Plonk Logs', ['Ivo Brevik']]]);
  });

  it('takes a heading that links its session\'s page in the programme as a talk, the slot\'s time after the link', () => {
    const md = '## [The Zorb Method: How To Instrument Your Plonks](https://zorbcon18.sched.com/event/CU8K/the-zorb-method) (2:45pm - 3:20pm)\n\nPatterns of instrumentation, where and when they apply.';
    expect(titles(md)).toEqual(["The Zorb Method: How To Instrument Your Plonks"]);
  });

  it('gives a first name that owns a keynote heading in full where its notes write it so', () => {
    const md = "# Day 1\n\n## Maria's Keynote\n\nAfter the first keynote there was another part driven mostly by Maria Gonzalez.\n\n## Zorb at Scale - Ivo Brevik\n\nIvo spoke about plonk.";
    expect(speakersByTitle(md)).toEqual([["Maria's Keynote", ['Maria Gonzalez']], ['Zorb at Scale', ['Ivo Brevik']]]);
  });

  it('reads "Name | Two Words" as a title among speaker-first siblings numbered by keycap emoji', () => {
    const md = ['## 1️⃣ Ann Lee | Zorb Foundation', 'Notes.', '## 2️⃣ Ivo Brevik | Plonk on Quux Accelerators: Status', 'Notes.', '## 3️⃣ Maria Gonzalez | The Journey to Reproduce Zorb', 'Notes.'].join('\n\n');
    expect(speakersByTitle(md)).toEqual([
      ['Zorb Foundation', ['Ann Lee']],
      ['Plonk on Quux Accelerators: Status', ['Ivo Brevik']],
      ['The Journey to Reproduce Zorb', ['Maria Gonzalez']],
    ]);
  });

  it('reads title headings whose notes give the speaker by handle in a labelled field, with role and company', () => {
    const md = ['### Zorbs at scale', '**Speaker**: [@annlee](https://twitter.com/annlee), Production Engineer II at Acme  \n**Slides**: [click here](/slides/zorbs/)', '### Plonk services', '**Speaker**: [@ivo_b](https://twitter.com/ivo_b), Architect at Quux Communications'].join('\n\n');
    expect(speakersByTitle(md, true)).toEqual([
      ['Zorbs at scale', ['annlee@Acme']],
      ['Plonk services', ['ivo_b@Quux Communications']],
    ]);
  });

  it('reads speaker headings with handles over title sub-headings, and a speaker heading among them without one', () => {
    const md = [
      '## Talks', '### Ann Lee (@annlee)', '#### Zorb at Scale', 'She showed how.',
      '### Ivo Brevik (@ivo_b)', '#### Plonk in Production', 'He showed more.',
      '### Bo Chen (@bochen) & Maria Gonzalez (@mgonz)', 'They closed the evening with a demo.',
    ].join('\n\n');
    expect(speakersByTitle(md)).toEqual([
      ['Zorb at Scale', ['Ann Lee']],
      ['Plonk in Production', ['Ivo Brevik']],
      ['Bo Chen (@bochen) & Maria Gonzalez (@mgonz)', ['Bo Chen', 'Maria Gonzalez']],
    ]);
    // One speaker heading alone over notes, with no title, video or title line: no talk.
    expect(titles('## Thanks\n\n### Bo Chen (@bochen)\n\nHe organised the evening.')).toEqual([]);
  });

  it('reads a "Name - Org" heading with a \'Talk: "Title"\' line and no video', () => {
    const md = 'Charity Majors - Honeycomb\n--------------------------\n\nTalk: "Observability Is a Many-Splendored Thing"\n\nCharity argued for events.';
    expect(speakersByTitle(md)).toEqual([['Observability Is a Many-Splendored Thing', ['Charity Majors']]]);
  });

  const negatives: Array<[string, string, string[]]> = [
    ['a sentence that names a person after "by"', '## what i learned\nWe run dapr in production, as explained by Mark Fussell (Microsoft).', []],
    ['a thing made by a company', '## Booth\nStickers by Red Hat', []],
    ['a video-less sentence in a talks section', '## Talks\nI liked the demo by Mark Fussell (Microsoft).', []],
    ['a video link without speakers outside a talks section', '## Travel\nWatch [my vlog](https://youtu.be/AAAAAAAAAAA) of the flight.', []],
    ['a related video inside a talk section', '## Scaling - Ann Lee, Acme\nSee also [Old Talk](https://youtu.be/AAAAAAAAAAA) - Bo Chen, Bar', ['Scaling']],
  ];
  it.each(negatives)('no line talk for %s', (_name, md, headingTalks) => {
    expect(talksOf(md).map((t) => t.title)).toEqual(headingTalks);
  });
});

describe('other real-world layouts', () => {
  it('reads numbered headings "N. Title, Speaker & Speaker" with a video', () => {
    const md = '## Standout talks\n### 1. Streaming Video on Kubernetes, Gil Harlow\n{{< youtube AAAAAAAAAAA>}}\n\nGreat talk.\n### 2. Future Security: Next Steps, Andy Marsh & Matt Jarvin\n{{< youtube BBBBBBBBBBB >}}';
    expect(talksOf(md).map((t) => [t.title, t.video?.id, t.speakers.map((s) => s.name)])).toEqual([
      ['Streaming Video on Kubernetes', 'AAAAAAAAAAA', ['Gil Harlow']],
      ['Future Security: Next Steps', 'BBBBBBBBBBB', ['Andy Marsh', 'Matt Jarvin']],
    ]);
  });

  it('reads a markdown table of talks with a "Watch" link per row', () => {
    const md = '## Keynotes\n| Topic | Video | Slides |\n|---|:-:|--:|\n|Keynote: Joy in Chaos - Ana Medel & Leo Sharp|[Watch Here](https://www.youtube.com/watch?v=AAAAAAAAAAA)|[Slides](https://x.org/a.pdf)|\n|Keynote: Reflections - Kelsey Hightower, Staff Developer Advocate, Google|[Watch Here](https://www.youtube.com/watch?v=BBBBBBBBBBB)|-|';
    expect(talksOf(md).map((t) => [t.title, t.kind, t.video?.id, t.speakers.map((s) => s.name)])).toEqual([
      ['Joy in Chaos', 'keynote', 'AAAAAAAAAAA', ['Ana Medel', 'Leo Sharp']],
      ['Reflections', 'keynote', 'BBBBBBBBBBB', ['Kelsey Hightower']],
    ]);
  });

  it('reads "Title by Speaker, Org" lines followed by a bare video URL', () => {
    const md = '## Videos\nDeclarative Infrastructure for Operators by Ashok Raman, eBay\nhttps://www.youtube.com/watch?v=AAAAAAAAAAA&list=PLxyz\n\nLightning Talk - Ceph and Kubernetes by Hu Chen\nhttps://www.youtube.com/watch?v=BBBBBBBBBBB';
    expect(talksOf(md).map((t) => [t.title, t.video?.id, t.speakers.map((s) => `${s.name}@${s.organization}`)])).toEqual([
      ['Declarative Infrastructure for Operators', 'AAAAAAAAAAA', ['Ashok Raman@eBay']],
      ['Ceph and Kubernetes', 'BBBBBBBBBBB', ['Hu Chen@null']],
    ]);
  });

  it('reads "By A & B" below a title-only heading with an embedded video', () => {
    const talks = talksOf('## Release Webinar\nBy Kelsey Hightower & Jesse Suen\n<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA?si=x"></iframe>');
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([['Release Webinar', ['Kelsey Hightower', 'Jesse Suen']]]);
  });
});
