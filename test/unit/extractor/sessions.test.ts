// The session recognizer: one row per form of talk a write-up uses (synthetic two-line posts, one behaviour each),
// with a negative table beside it of what must not become a talk.
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../extractor/passes/01-sections.ts';
import { findTalks } from '../../../extractor/passes/02-talks.ts';

type Row = [form: string, markdown: string, talks: string[]];
const talksOf = (md: string): string[] =>
  findTalks(parsePost(md)).talks.map((t) => `${t.title} <- ${t.speakers.map((s) => (s.organization ? `${s.name} (${s.organization})` : s.name)).join(', ')}`);

const positives: Row[] = [
  ['list item with room marker', '## Day 1\n- [K6] Breaking Free with Open Standards, by Ann Lee (Acme)\n- [K2] Dynamic Registries, by Bo Chen (Initech)', ['Breaking Free with Open Standards <- Ann Lee (Acme)', 'Dynamic Registries <- Bo Chen (Initech)']],
  ['linked keynote with speakers inside the link', '## Day 1\n- [Keynote: Scaling Trust - Ann Lee & Bo Chen, Acme](https://sched.example/e/1)', ['Scaling Trust <- Ann Lee (Acme), Bo Chen (Acme)']],
  ['bold title then by a linked name', '## Day 2\n**Building Better Operators** by [Kelsey Hightower](https://example.org/k). It was great.', ['Building Better Operators <- Kelsey Hightower']],
  ['bold lead holding title and speaker', '## Day 2\nThe keynote **The Cloud Native Journey @Apple by Ann Lee** was awesome.', ['The Cloud Native Journey @Apple <- Ann Lee']],
  ['two bold leads in one sentence', '## Day 1\nI enjoyed **Jobs Report by Ann Lee** and **Eight Open Source Projects by Kenny Coleman** a lot.', ['Jobs Report <- Ann Lee', 'Eight Open Source Projects <- Kenny Coleman']],
  ['several linked titles in a paragraph', '## Talks\nI saw [Scaling Envoy](https://a.example) by Ann Lee and Bo Chen, then [eBPF for All](https://b.example) by Liz Rice and later [Rust in K8s](https://c.example) by Matt Butcher.', ['Scaling Envoy <- Ann Lee, Bo Chen', 'eBPF for All <- Liz Rice', 'Rust in K8s <- Matt Butcher']],
  ['table with a header naming its columns', '## Schedule\n| Time | Title | Speaker | Room |\n|---|---|---|---|\n| 10:00 | Scaling Envoy | Ann Lee - Lyft | A |\n| 10:30 | Coffee break | | |\n| 11:00 | eBPF for All | Liz Rice - Isovalent | B |', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['numbered list', '## Talks I liked\n1. Scaling Envoy - Ann Lee, Lyft\n2. eBPF for All - Liz Rice, Isovalent', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['quoted title in a sentence', '## Day 1\nA talk on "Securing the Supply Chain" was given by Dan Lorenc from Chainguard. It covered Sigstore.', ['Securing the Supply Chain <- Dan Lorenc (Chainguard)']],
  ['unquoted title after "gave a talk on"', '## Day 1\nPriyanka Sharma, a researcher from GitLab, gave a talk on Scaling Open Source Communities. She showed data.', ['Scaling Open Source Communities <- Priyanka Sharma (GitLab)']],
  ['linked video title with the speaker in bold before it', '## Lightning talks\n**Kevin Patrick** talked about the [Batch Jobs Across Clusters](https://www.youtube.com/watch?v=AAAAAAAAAAA), in which he showed Armada.', ['Batch Jobs Across Clusters <- Kevin Patrick']],
  ['linked video title, bold speaker later in the sentence', '## Lightning talks\nThe next talk was about [The Board Game Rules](https://www.youtube.com/watch?v=AAAAAAAAAAA), where **Peter O\'Neill** imagined an RPG.', ["The Board Game Rules <- Peter O'Neill"]],
  ['linked video title "with" a speaker from an organization', '## Lightning talks\nAnother session was about [Power-Aware Scheduling](https://www.youtube.com/watch?v=AAAAAAAAAAA) with **Yuan Chen** from Apple. It was good.', ['Power-Aware Scheduling <- Yuan Chen (Apple)']],
  ['title-only heading whose body bolds the panelists', '## Operators Panel Discussion\nIn this panel, **Xing Yang**, **Melissa Logan** and **Sergey Pronin** talked about data on Kubernetes.', ['Operators Panel Discussion <- Xing Yang, Melissa Logan, Sergey Pronin']],
  ['title-only heading, bold speaker with role and organization', '## eBPF Deep Dive\nThe last talk was with **Liz Rice** (Chief Open Source Officer, Isovalent)', ['eBPF Deep Dive <- Liz Rice (Isovalent)']],
  ['an intro before a linked lead stays with its talk', '## Talks\n- Max on fleets: [Managing Clusters with Flux - Max Werner, D2iQ](https://youtu.be/AAAAAAAAAAA)', ['Managing Clusters with Flux <- Max Werner (D2iQ)']],
  ['title list item "Title: Speaker"', '## Talks\n- Scaling Envoy: Matt Klein\n- eBPF for All: Liz Rice', ['Scaling Envoy <- Matt Klein', 'eBPF for All <- Liz Rice']],
  ['setext headings with the speaker on the next line', 'Scaling Envoy\n-------------\nMatt Klein - @mattklein123\n\nEnvoy is great.\n\neBPF for All\n------------\nLiz Rice Isovalent\n\nBPF rocks.', ['Scaling Envoy <- Matt Klein', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['numbered heading with several speakers and an organization', '### 3. Multi-Cluster Networking, Ann Lee, Sarah Novotny, Cara Diaz, Acme\nText.', ['Multi-Cluster Networking <- Ann Lee (Acme), Sarah Novotny (Acme), Cara Diaz (Acme)']],
  ['heading "Title by [Speaker](url)"', '## Scaling Envoy by [Matt Klein](https://example.org/m)\nText.', ['Scaling Envoy <- Matt Klein']],
  ['title-only heading, speaker in the body', '## Debugging Kubernetes\nIt was given by Joe Beda from VMware.', ['Debugging Kubernetes <- Joe Beda (VMware)']],
  ['title-only heading, appositive speaker in the body', '## The Future of Helm\nMatt Butcher, a co-author of Helm, explained the roadmap.', ['The Future of Helm <- Matt Butcher']],
  ['"Speaker - Title" headings', '#### Liz Rice - Containers From Scratch\nShe built a container.\n#### Kelsey Hightower - Kubernetes the Hard Way\nText', ['Containers From Scratch <- Liz Rice', 'Kubernetes the Hard Way <- Kelsey Hightower']],
  ['"Speaker (@handle) - Title" list items', '## Talks\n- Sarah Drasner (@sarah_edo) - Animating the Web\n- Liz Rice (@lizrice) - Containers From Scratch', ['Animating the Web <- Sarah Drasner', 'Containers From Scratch <- Liz Rice']],
  ['a photo captioned "Speaker - Title"', '## Wednesday\nI went to her talk.\n\n![photo](img/talk.jpg "Cleo Winkler - Cultivating Inclusion in Open Source")', ['Cultivating Inclusion in Open Source <- Cleo Winkler']],
  ['a title with its own " - "', '## Day 1\n- Kubernetes Is Not Just Kubernetes - Ramp Up with Eight Projects by Kenny Coleman', ['Kubernetes Is Not Just Kubernetes - Ramp Up with Eight Projects <- Kenny Coleman']],
  ['a table with no column header: a names cell and a title cell', '## Florence\n| Day one | |\n|---|---|\n| **Ann Lee** | *That Machine Always Lies* |\n| **Bill Kennedy** | *Trace Tooling and Concurrency* |\n| (Lightning talks) | |\n| Soumaya Erradi | Mastering Git |', ['That Machine Always Lies <- Ann Lee', 'Trace Tooling and Concurrency <- Bill Kennedy', 'Mastering Git <- Soumaya Erradi']],
  ['a title cell with a subtitle and inline code', '## GoLab\n| talks: | |\n|---|---|\n| Sam Burns | Post-Quantum Go: The Arrival of the `crypto/mlkem` Package |', ['Post-Quantum Go: The Arrival of the crypto/mlkem Package <- Sam Burns']],
  ['"Speaker (Org) - Title" and "Speaker - Org - Title" linked leads', '## Ignite talks\n- [Will Button (Trax) - A Search Cluster Named After a General](talks/a.md)\n- [Adam Jacob - Chef - The Evolution of Automation](talks/b.md)', ['A Search Cluster Named After a General <- Will Button (Trax)', 'The Evolution of Automation <- Adam Jacob (Chef)']],
  ['"Speaker (Org)" on a line, the title on the next', '## Talks\nKen Mugrage (Thoughtworks)\nWhat we are learning about burnout\n\nVictoria Jeffrey (Chef)\nPreparing for the Day After Tomorrow', ['What we are learning about burnout <- Ken Mugrage (Thoughtworks)', 'Preparing for the Day After Tomorrow <- Victoria Jeffrey (Chef)']],
  ['two bold leads in one sentence, speakers with organizations between them', '## Day 1\nTwo talks were helpful: **Noobs 101: Top Questions From New Users** by Neependra Khare, CloudYuga Technologies & Karthik Gaekwad from Oracle and **How to Contribute to Kubernetes** by Nikhita Raghunath from Loodse.', ['Noobs 101: Top Questions From New Users <- Neependra Khare (CloudYuga Technologies), Karthik Gaekwad (Oracle)', 'How to Contribute to Kubernetes <- Nikhita Raghunath (Loodse)']],
  ['a quoted title holding its own question mark, the speaker after it', '## Platform Engineering\nThis keynote titled “Is Kubernetes Delivering on its Promise? A Platform Perspective” by Aparna Subramanian, a Program Chair, drives home the point at most organizations.', ['Is Kubernetes Delivering on its Promise? A Platform Perspective <- Aparna Subramanian']],
  ['a quoted title opening the sentence after the one naming its speaker', '## Community\nAnother talk was delivered by Emily Fox from Apple. “Gardens and Glaciers: Saving Knowledge” tells the tale of continuity.', ['Gardens and Glaciers: Saving Knowledge <- Emily Fox (Apple)']],
  ['a title heading, the speaker line ending in an emoji link to the video', '## Making Hard Things Easy\n_Julia Evans_ [:video_camera:](https://www.youtube.com/watch?v=AAAAAAAAAAA)\n\n* find entertaining ways to explain', ['Making Hard Things Easy <- Julia Evans']],
  ['list items "Title from Speaker"', '## Day 1\n  * What System Calls Did for You from Liz Rice\n  * A Deep Dive from Rolf Neugebauer & Justin Cormack', ['What System Calls Did for You <- Liz Rice', 'A Deep Dive <- Rolf Neugebauer, Justin Cormack']],
  ['a title heading with a "by" line under it', '## Serverless Design Patterns\n\nby [Ben Kehoe](https://twitter.com/ben)<br>\n\nBen showed patterns.', ['Serverless Design Patterns <- Ben Kehoe']],
  ['a linked video title, "keynote from" a speaker', '## Keynotes\nI enjoyed the [_In Search of a Rails Moment_](https://www.youtube.com/watch?v=AAAAAAAAAAA) keynote from Bryan Liles. It spoke to me.', ["In Search of a Rails Moment <- Bryan Liles"]],
  ['a title heading with a "Talk by:" line, a speaker with initials', '### Platform ROI: Why Invest?\n\nTalk by: JT Perry\n\n![](img/roi.jpg)', ['Platform ROI: Why Invest? <- JT Perry']],
  ['a linked title on its line, the speaker alone on the next', '## Highlights\n[Seriously Strong Security](https://www.youtube.com/watch?v=AAAAAAAAAAA)  \nKelsey Gilmore-Innis  \nI have a soft spot for security talks.\n\n[Teaching Python: The Hard Parts](https://www.youtube.com/watch?v=BBBBBBBBBBB)  \nElana Hashman  \nGreat.', ['Seriously Strong Security <- Kelsey Gilmore-Innis', 'Teaching Python: The Hard Parts <- Elana Hashman']],
  ['title-only heading, the author spoke with the speaker', '## Day 1\n### Running Linkerd at Scale\nI spoke with Charles from Buoyant about the new proxy.', ['Running Linkerd at Scale <- Charles (Buoyant)']],
  ['title-only heading of the author\'s own talk: the front matter\'s author', '---\nauthor: Ann Lee\n---\n## Talks\n### Securing Clusters with OPA\nThis was my talk. I showed how we use OPA.', ['Securing Clusters with OPA <- Ann Lee']],
  ['a linked title closing a sentence that names its speaker', '## Developer experience\nA super rad talk by Ellen Körbes about workflows: [Toolchains Behind Good Workflows](https://sched.example/e/1)', ['Toolchains Behind Good Workflows <- Ellen Körbes']],
  ['"X spoke on [Title](video)" mid-sentence', '## Day 2\n- The presenter could not attend, so Damian Conway spoke on [Vim as an IDE](https://www.youtube.com/watch?v=AAAAAAAAAAA) (photo above)', ['Vim as an IDE <- Damian Conway']],
  ['one talk read by two readers stays one talk', '## Talks\nLee Johnson gave a talk called [Battling a Legacy Schema](https://conf.example/talk/1) ([video](https://www.youtube.com/watch?v=AAAAAAAAAAA)). Key takeaways: many.', ['Battling a Legacy Schema <- Lee Johnson']],
  ['a panel link with semicolon groups, "Name Org" and a trailing "&"', '## Talks\nMoney quote. [Panel: Ask Me Anything About Meshes - Lin Sun & Daniel Berg IBM; Christian Posta, Solo.io; & Sven Mawson, Google](https://sched.example/e/2)', ['Ask Me Anything About Meshes <- Lin Sun (IBM), Daniel Berg (IBM), Christian Posta (Solo.io), Sven Mawson (Google)']],
  ['headings numbered as "Talk N:"', '## Keynote\n### Talk 1: Dan Kohn - Stitching Things Together\nText.\n### Talk 5: Lucas Käldström & Nikhita Raghunath: Getting Started in the Community\nText.', ['Stitching Things Together <- Dan Kohn', 'Getting Started in the Community <- Lucas Käldström, Nikhita Raghunath']],
  ['accented, particle and non-Western names', '## Day 3\n- Delightful Tests in Go, by Manuel de la Peña (Docker)\n- Rootless Containers, by Akihiro Suda (NTT)\n- Policy as Code, by Víctor Cuadrado (SUSE)', ['Delightful Tests in Go <- Manuel de la Peña (Docker)', 'Rootless Containers <- Akihiro Suda (NTT)', 'Policy as Code <- Víctor Cuadrado (SUSE)']],
  ['schedule times and emoji before a title', '## 09:30 - Scaling Envoy - Ann Lee (Lyft)\nText.\n## 🚀 eBPF for All - Liz Rice\nText.\n## Day 2\n**10:00** Rust in K8s (Matt Butcher)', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice', 'Rust in K8s <- Matt Butcher']],
  ['a heading with its media links in parentheses', '## Scaling Envoy ([slides](https://a.example/s.pdf), [video](https://youtu.be/AAAAAAAAAAA))\nAnn Lee from Lyft showed the data plane.', ['Scaling Envoy <- Ann Lee (Lyft)']],
  ['"Speaker - Title" whose title opens with a verb\'s -ing form', '## Ann Lee - Scaling Prometheus at Work\nShe sharded it.', ['Scaling Prometheus at Work <- Ann Lee']],
  ['table-like and bracketed headings', '## Scaling Envoy | Ann Lee | Lyft\nText.\n## eBPF for All [Liz Rice]\nText.', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice']],
  ['a name line "Name @handle - Org" (or a dash) under a title heading', '### Scaling Envoy\n*Ann Lee [@ann](https://twitter.com/ann) & Sofia Alvarez [@sofia](https://twitter.com/sofia) - Lyft*\n\nText.\n### eBPF for All\nLiz Rice — Isovalent\n\nText.', ['Scaling Envoy <- Ann Lee (Lyft), Sofia Alvarez (Lyft)', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['a title heading with the speakers\' heading right below it', '### Scaling Envoy\n#### Ann Lee, Lyft\nText.', ['Scaling Envoy <- Ann Lee (Lyft)']],
  ['title-only headings whose body opens with the talk\'s speaker', '## Scaling Envoy\nThis talk by Ann Lee of Lyft explained the data plane.\n## eBPF for All\nIn this talk, Liz Rice (Isovalent) explained maps.\n## Rust in K8s\n*Presented by Matt Butcher from Fermyon*', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice (Isovalent)', 'Rust in K8s <- Matt Butcher (Fermyon)']],
  ['an italic title in a sentence that says who presented it', '## Day 1\nIn her talk *Scaling Envoy at Lyft*, Ann Lee showed the data plane. Later Liz Rice (Isovalent) talked about *eBPF for All*, with demos.', ['Scaling Envoy at Lyft <- Ann Lee', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['"Keynote by Speaker: Title" items', '## Talks\n- Keynote by Ann Lee: Scaling Envoy\n- Keynote by Liz Rice: eBPF for All', ['Scaling Envoy <- Ann Lee', 'eBPF for All <- Liz Rice']],
  ['an item with its media links after the speakers', '## Talks\n- Scaling Envoy (Ann Lee, Lyft) [video](https://youtu.be/AAAAAAAAAAA)\n- eBPF for All - Liz Rice | [slides](https://a.example/s.pdf)', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice']],
  ['a table headed "Session | Presenter(s)"', '| Session | Presenter(s) |\n|---|---|\n| Scaling Envoy | Ann Lee, Liz Rice |', ['Scaling Envoy <- Ann Lee, Liz Rice']],
  ['a heading that opens with its day and ends with a rating', '## Day 1 - Scaling Envoy - Ann Lee\nText.\n## eBPF for All — Liz Rice (Isovalent) ⭐⭐⭐⭐\nText.', ['Scaling Envoy <- Ann Lee', 'eBPF for All <- Liz Rice (Isovalent)']],
  ['a bold title, then a comma and the speaker', '## Talks\n* **Scaling Envoy**, Ann Lee (Lyft): the data plane.\n* **eBPF for All**, Liz Rice: maps.', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice']],
  ['a "by Speaker" heading under the title heading', '#### Scaling Envoy\n##### by Ann Lee\nText.', ['Scaling Envoy <- Ann Lee']],
  ['a labelled pair "Talk: Title" / "Speaker: Name"', '## Notes\nTalk: Scaling Envoy\nSpeaker: Ann Lee, Lyft\n\nThe data plane.', ['Scaling Envoy <- Ann Lee (Lyft)']],
  ['a possessive names the speaker of a quoted title', "## Day 1\nAnn Lee's talk \"Scaling Envoy at Lyft\" was great.", ['Scaling Envoy at Lyft <- Ann Lee']],
  ['an outline: a title item with a nested "Speaker:" item', '## Talks\n- Scaling Envoy\n  - Speaker: Ann Lee (Lyft)\n  - The data plane.\n- eBPF for All\n  - Speaker: Liz Rice', ['Scaling Envoy <- Ann Lee (Lyft)', 'eBPF for All <- Liz Rice']],
  ['speaker and company fields on one line', '### Scaling Envoy\n**Speaker:** Ann Lee **Company:** Lyft\n\nThe data plane.', ['Scaling Envoy <- Ann Lee (Lyft)']],
  ['"Name on "Title"" and "Name about [title]" items', '## Talks I enjoyed\n* [Damian Conway][] on ["Fun With Dead Languages"](https://a.example/dc)\n* Erika Carlson about [giving and receiving feedback](https://a.example/ec)\n\n[Damian Conway]: https://a.example/d\n', ['Fun With Dead Languages <- Damian Conway', 'giving and receiving feedback <- Erika Carlson']],
  ['"This really nice talk by" in a title-only heading\'s body', '## Continuous Delivery on AWS\nThis really nice talk by [Clara Lopes](https://a.example) (engineer) gave a good insight.', ['Continuous Delivery on AWS <- Clara Lopes']],
  ['italic titles in prose with their speakers right after them', "## Day 2\nI started with a *\"beginner session\"* called *Learning Envoy from Scratch* delivered by Acme's Sofia Alvarez. Then I watched *The Truth About eBPF* by Liz Rice. Last was *Modern Rust Apps* (my pick) with Ann Lee ([w](https://a.example)) and Kelsey Hightower.", ['Learning Envoy from Scratch <- Sofia Alvarez (Acme)', 'The Truth About eBPF <- Liz Rice', 'Modern Rust Apps <- Ann Lee, Kelsey Hightower']],
  ['"Title hosted by Speaker | [Review Slides] | [Watch Video]" quote lines', '## Day 2\n> Envoy Intro hosted by Ann Lee | [Review Slides](https://a.example/s.pdf) | [Watch Video](https://www.youtube.com/watch?v=AAAAAAAAAAA)', ['Envoy Intro <- Ann Lee']],
  ['"Name: Title #hashtag" headings, the name unknown to the lexicon', '## Björn Rabenstein: Prometheus – what is next? #slideless\nNotes.\n## Tobias Schneck: $ Kubectl Hacking\nNotes.', ['Prometheus – what is next? <- Björn Rabenstein', '$ Kubectl Hacking <- Tobias Schneck']],
  ['two italic titles in one sentence, each with its speaker', '## Day 1\n*Scaling Envoy Up* by Ann Lee and *Other Things* by Liz Rice.', ['Scaling Envoy Up <- Ann Lee', 'Other Things <- Liz Rice']],
  ['inline HTML bold leads', '## Monday\n<strong>Patterns for Docker Success by Simon Eskildsen([@se](https://twitter.com/se))</strong> - Simon talked about Docker.\n\n<b>Deploy like a Boss by Oliver Nicholas</b> - Uber deploys.', ['Patterns for Docker Success <- Simon Eskildsen', 'Deploy like a Boss <- Oliver Nicholas']],
  ['bold titles named by their sentence', "## Day 1\nSome highlights included Christopher Grayson's Talk **Started in Security**, about his journey.\n\nIn **Taming the Browser**, Peter Nemeth gave an insight into Emscripten.", ['Started in Security <- Christopher Grayson', 'Taming the Browser <- Peter Nemeth']],
  ['"Ignites" list items "Speaker - Title" whose title has its own dash', '## Ignites\n* Augusto Rosa - Azure Cloud - Good and the Ugly\n* Simon Woodside - Challenge Common DevOps Assumptions: Health Tech Edition', ['Azure Cloud - Good and the Ugly <- Augusto Rosa', 'Challenge Common DevOps Assumptions: Health Tech Edition <- Simon Woodside']],
  ['a title that keeps a parenthesised word', '## This Is Not Fine: Putting Out (Code) Fires - Emily Freeman\nText.', ['This Is Not Fine: Putting Out (Code) Fires <- Emily Freeman']],
  ['linked items whose organizations run on into a description', '## Talks\n* [Panel: Platforms at Scale](https://a.example/1) - Ann Lee from Krumware provides an overview of the group.\n* [Sometimes Lipstick Helps](https://a.example/2) - Abby Bangser from Syntasso & Whitney Lee from VMware highlight the importance of UIs.', ['Platforms at Scale <- Ann Lee (Krumware)', 'Sometimes Lipstick Helps <- Abby Bangser (Syntasso), Whitney Lee (VMware)']],
  ['a keynote heading that is only its speaker\'s name', '## Keynotes\n### Jason Lengstorf\n[Jason Lengstorf](https://a.example) is a great presenter.', ['Jason Lengstorf <- Jason Lengstorf']],
  ['a byline with links to the talk\'s material after the name', '### Scaling Prometheus at Work\n\nBy: Maria Gonzalez ([slides](https://example.org/s.pdf), [video](https://youtu.be/AAAAAAAAAAA))\n\nShe showed Thanos.', ['Scaling Prometheus at Work <- Maria Gonzalez']],
  ['a "Who:" field under a title', '### Scaling Prometheus at Work\n\n**Who:** Maria Gonzalez, Acme Corp\n**What:** long-term storage.', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp)']],
  ['two names from one organization presented a bold title', '## Day 1\nMaria Gonzalez and John Smith from Acme Corp presented **Scaling Prometheus at Work**, which covered Thanos.', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp), John Smith (Acme Corp)']],
  ['a quoted title whose sentence names one person', '## Talks\nNext up was Maria Gonzalez from Acme Corp with a talk titled "Scaling Prometheus at Work". She showed Thanos.', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp)']],
  ['"Title -- Speaker" items, a double hyphen as the dash, and a kind in parentheses', '## Friday\n* Transactions Returning to NoSQL -- Maria Gonzalez\n* How to Start with Go (workshop) -- Priya Raman', ['Transactions Returning to NoSQL <- Maria Gonzalez', 'How to Start with Go <- Priya Raman']],
  ['speakers with roles and organization, then a quoted title, under a topic heading', '## 1. Learn to see the work\n\n> Maria Gonzalez, VP of Engineering, and Dr John Smith, Chief Architect, Acme Corp - “My Team Cannot Keep Up: Lessons From Ops”\n\nThey showed flow metrics.', ['My Team Cannot Keep Up: Lessons From Ops <- Maria Gonzalez (Acme Corp), John Smith (Acme Corp)']],
  ['a title named as such after the sentence that names its speaker', '## Talks\n- [Maria Gonzalez](https://example.org/m) gave an intro to being on call. It was titled “Don’t Panic!” and I recommend the video.', ['Don’t Panic! <- Maria Gonzalez']],
  ['a workshop "run by" its host', '## Talks\n- Sketch notes workshop run by [Maria Gonzalez](https://example.org/m)', ['Sketch notes workshop <- Maria Gonzalez']],
  ['title-only headings whose first paragraph links the people on stage to their profiles (kramdown attributes after links)', '## Lazy Evaluation\n\n[Maria Gonzalez](https://twitter.com/mg){:target="_blank"} talked about lambdas.\n\n## Reactive Streams\n\nWith [John Smith](https://github.com/js) and [Priya Raman](https://twitter.com/pr) on stage, this was a good session.', ['Lazy Evaluation <- Maria Gonzalez', 'Reactive Streams <- John Smith, Priya Raman']],
  ['a heading with its own id', '## Scaling Envoy - Maria Gonzalez {#envoy}\nText.', ['Scaling Envoy <- Maria Gonzalez']],
  ['a topic heading over a line that only links the talk', '## Tools\n\n### Snapshots for interrupted pods\n\n⏩ [The Party Must Go On - Maria Gonzalez, Acme Corp](https://www.youtube.com/watch?v=AAAAAAAAAAA)\n\nThe talk held by Maria Gonzales showed a controller.', ['The Party Must Go On <- Maria Gonzalez (Acme Corp)']],
  ['a title-only heading whose opening sentence names two speakers, each with an organization', '## Clouds Made Simple\nMaria Gonzalez of Acme Corp and John Smith from Initech discussed how to run clouds.', ['Clouds Made Simple <- Maria Gonzalez (Acme Corp), John Smith (Initech)']],
  ['an appositive role for a project names no employer', '## Virtualization Today\nMaria Gonzalez, the release manager for oVirt, gave an overview.', ['Virtualization Today <- Maria Gonzalez']],
  ['a lowercase quoted phrase in the body does not replace the heading', '## Student Pipelines\nMaria Gonzalez and John Smith closed out the day with a discussion on "building the student pipeline".', ['Student Pipelines <- Maria Gonzalez, John Smith']],
  ['schedule items "**Title** with Speaker", an initial in the name, the title running on past the bold', '### Wednesday Schedule\n * 10:15 - 11:15 **Become an Operator Expert** with K. Rain Leander\n * 3:30 - 4:30 **Continuous delivery** with CentOS with Maria Gonzalez', ['Become an Operator Expert <- K. Rain Leander', 'Continuous delivery <- Maria Gonzalez']],
  ['a paragraph whose first sentence is the lead', '## Talks\nScaling Prometheus at Work, presented by Maria Gonzalez of Acme Corp. She showed Thanos.', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp)']],
  ['"~" and "/" between title, speaker and organization', '## Talks\n- Scaling Prometheus at Work ~ Maria Gonzalez\n- Securing the Supply Chain / John Smith / Initech', ['Scaling Prometheus at Work <- Maria Gonzalez', 'Securing the Supply Chain <- John Smith (Initech)']],
  ['a numbered item whose second line names its speaker', '## Talks\n1. Scaling Prometheus at Work\n   Maria Gonzalez, Acme Corp\n2. Securing the Supply Chain\n   John Smith, Initech', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp)', 'Securing the Supply Chain <- John Smith (Initech)']],
  ['a links line before the title, a room before it, a note after the organization', '## Talks\n* [Slides](https://example.org/s1) - Scaling Prometheus at Work - Maria Gonzalez\n\n## [Room A] Securing the Supply Chain by John Smith / Initech (gold sponsor)\nText.', ['Scaling Prometheus at Work <- Maria Gonzalez', 'Securing the Supply Chain <- John Smith (Initech)']],
  ['a presenter line of cells, a bold "Day 2 Keynote:" label, "(by Name)"', '### Scaling Prometheus at Work\n\nPresenter: Maria Gonzalez | Acme Corp | [Video](https://www.youtube.com/watch?v=AAAAAAAAAAA)\n\n## Day 2\n\n**Day 2 Keynote:** Securing the Supply Chain by John Smith\n\n### Streams in Rust (by Priya Raman)\nText.', ['Scaling Prometheus at Work <- Maria Gonzalez (Acme Corp)', 'Securing the Supply Chain <- John Smith', 'Streams in Rust <- Priya Raman']],
  ['a title heading, its only sub-heading the speakers, then a heading that is only the video address', '# Nov 25 Friday\n## Automate Your Life\n### Maria Gonzalez\n#### https://www.youtube.com/watch?v=AAAAAAAAAAA\nNotes.\n## The API in 2017\n### Chee An and Hemanth HM\n#### <https://youtu.be/BBBBBBBBBBB>\nNotes.\n## Exploring Future Node\n### John Smith working at Initech\n#### <https://youtu.be/CCCCCCCCCCC>\nNotes.', ['Automate Your Life <- Maria Gonzalez', 'The API in 2017 <- Chee An, Hemanth HM', 'Exploring Future Node <- John Smith (Initech)']],
  ['lines "Speaker - _Title_" in one paragraph, a title ending in a full stop', '## Day 1\nMaria Gonzalez - _Cargo Culting in Java_\nJohn Smith - _The Seven Skills you need to Succeed._', ['Cargo Culting in Java <- Maria Gonzalez', 'The Seven Skills you need to Succeed <- John Smith']],
];

const negatives: Row[] = [
  ['a brunch', '## Sunday Brunch\nWe had brunch with friends.', []],
  ['a place heading', '## Austin, Texas\nNice city.', []],
  ['a topic heading', '## Flux & Argo\nThe two projects merged.', []],
  ['break and raffle rows', '## Schedule\n| Time | Title |\n|---|---|\n| 12:00 | Lunch break |\n| 15:00 | Raffle |', []],
  ['a sentence that names a person after "by"', '## Notes\nWe run dapr in production, as explained by Mark Fussell (Microsoft).', []],
  ['a tweet embed', '## Day 1\n<blockquote class="twitter-tweet"><p>Looking serious at #KubeCon @ann @bo pic.twitter.com/xyz</p>&mdash; Tamao Nakahara (@t)</blockquote>', []],
  ['prose that goes on after a name', '## Day 2\nKind of similar talk to the one by Aleksander Rybolovlev, but also interesting.', []],
  ['a linked project in prose', '## Day 2\nWe use [Flux](https://fluxcd.io) by Weaveworks every day.', []],
  ['thanks to the organizers', '## Thanks\n- Johannes Grumbock: the mastermind who held everything together.\n- David Leitner: for organizing the scavenger hunt.', []],
  ['linked names of the people who gave a talk', '## Day 1\nAfter lunch I attended the talk by [Josef Taha](https://example.org/j), [Tobias Grantner](https://example.org/t) and [Lukas Mahler](https://example.org/l) on threat intelligence.', []],
  ['a photo caption that only names a place', '## Venue\n![hall](img/hall.jpg "The main hall in Vienna")', []],
  ['a headerless table of breaks and places', '## Venue\n| Lunch Break | Networking in the hall |\n|---|---|\n| Happy Hour | Drinks at the bar |\n| Kubernetes Day | Two tracks all day |', []],
  ['a name then a role on the next line (a byline)', '## Talks\nJohn Smith\nSenior Engineer at Acme', []],
  ['a links line under a talk heading', '### The Physical Web - *Scott Jenson (Google)*\n#### [Description](https://example.org/d) | [Video (18m)](https://www.youtube.com/watch?v=AAAAAAAAAAA) | My Rating: 5\nReview.', ['The Physical Web <- Scott Jenson (Google)']],
  ['one hash glued to a word is a hashtag, and glued hashes in code stay code', '#KubeCon was fun.\n```\n##not-a-heading - Ann Lee\n```', []],
  ['"from" an organization or a place is no speaker', '## Notes\n- Lessons from Production\n- News from Red Hat\n- We heard [Scaling Envoy](https://a.example) from Google and liked it.', []],
  ['a linked project then a sentence on the next line', '## Notes\n[Kubernetes](https://kubernetes.io)  \nWe run it everywhere.', []],
  ['a dinner with someone from a company', '## Notes\n### Dinner\nI talked to Bob Smith from Acme at dinner.', []],
  ['a link that describes a talk, or names a project', '## Day 1\n- Ricardo Signes gave a [talk on encoding](https://www.youtube.com/watch?v=AAAAAAAAAAA) that was over my head.\n- A talk by Ann Lee about [Argo CD](https://argoproj.github.io).', []],
  ['italic words in prose about a talk', '## Day 1\nThe talk was *really* good and Ann Lee was *very* clear about *why it matters*.', []],
  ['a bare hour that opens a title, and a version', '## Notes\n- 2am Pages and Sleep\n- 1.20 Release Notes', []],
  ['a heading below a title that names a place', '### Our Trip\n#### San Francisco, California\nNice.', []],
  ['a bold project, then a comma and other projects', '## Stack\n* **Kubernetes**, Docker and Helm: what we run.', []],
  ['a labelled pair with no person', '## Notes\nTalk: Scaling Envoy\nSpeaker: TBD', []],
  ['a field label is no title', '## Notes\n- Speaker: Ann Lee (Lyft)\n- Room: Hall B', []],
  ['a project on a platform is no speaker', '## Notes\n- Kubernetes on Raspberry Pi\n- Notes on Kubernetes Networking\n- [Audio Production on Linux](https://a.example/p)', []],
  ['a linked demo in a sentence about a keynote', '## Keynotes\nAnn Lee gave an overview with Bo Wong\'s [live demo](https://youtu.be/AAAAAAAAAAA?t=12) of the cluster.', []],
  ['books in a reading list', '## Reading list\n- [Team Topologies](https://a.example/book) by _Matthew Skelton and Manuel Pais_\n- [The Architect Elevator](https://b.example) by _Gregor Hohpe_', []],
  ['a quoted heading under the post\'s themes', '## Common themes\n### “Serverless is not always the answer”\nMany talks said so.', []],
  ['a title whose first words are no name', '## Malicious Compliance: Reflections on Trusting Scanners\nText.\n## Kubernetes Basics: Getting Started Fast\nText.', []],
  ['a table of contents linking to the post\'s own headings', 'The talks:\n\n* [Nicole Forsgren, Jez Humble — Tools Will Not Fix It](#forsgren-humble)\n* [Jason Yee — DevOps: The Next Generation](#yee)', []],
  ['open-space discussions', '## Open Spaces: Dealing With Burnout\n(Terrace North)\n\n## Open Spaces: Feature Toggles!\n(Room 2)', []],
  ['bold project names in a topic section', '## What we learned\nWe moved to **Kubernetes Operators** and **Argo CD** last year.', []],
  ['a name nearer another title of its sentence', '## Day 1\nThe presenter of *Emacs Tricks for Everyone* could not come, so Maria Gonzalez spoke on [Vim Tricks for Everyone](https://example.org/v).', ['Vim Tricks for Everyone <- Maria Gonzalez']],
  ['two people and two titles in a sentence: a name goes only to the title nearest it', '## Day 1\nMy picks were Maria Gonzalez for her talk ("Scaling Prometheus at Work") and Priya Raman for ["Securing the Supply Chain"](https://example.org/s).', ['Scaling Prometheus at Work <- Maria Gonzalez']],
  ['a quoted word that sorts talks', '## Notes\nIf I could pick a few "best of" talks, they would be Maria Gonzalez\'s talk on architecture.', []],
  ['a song called something by its singers', '## Notes\nThis quote comes from a song called _"Everything Was Yesterday"_ by Maria Gonzalez and John Smith.', []],
  ['a heading whose paragraph only meets linked people, or watches a talk with them', '## Taking a break\n\nAfter this session I got to meet [Maria Gonzalez](https://x.com/mg) and [John Smith](https://x.com/js).\n\n## Serverless at scale\n\nIt was great watching this talk with [Priya Raman](https://www.linkedin.com/in/pr/).', []],
  ['a heading over several talks, each linked to its speaker', '## Other Notable Talks\n\nI also liked a talk by [Maria Gonzalez](https://twitter.com/mg).', []],
  ['a heading that only names a project, its video linked in prose', '### Cilium\n\nWe like cluster-mesh (talk available [here](https://www.youtube.com/watch?v=AAAAAAAAAAA)).', []],
  ['a heading that is only the event\'s name, among talk headings', '## ExampleConf Lisbon 2019\n\nWritten by Maria Gonzalez.\n\n## Operators in Go - Priya Raman\n\nText.\n\n## Streams in Rust - John Smith\n\nText.', ['Operators in Go <- Priya Raman', 'Streams in Rust <- John Smith']],
  ['a paragraph whose first sentence is prose with "by" a name', '## Day 1\nThe day started with an introduction by Maria Gonzalez, Head of Acme Benelux. She showed numbers.', []],
  ['a quoted concept two people discussed', '## Day 1\nI caught the end of [Maria Gonzalez][] and [John Smith][], who discussed the concept of "Everything as Code." It was fun.', []],
];

describe('session recognizer', () => {
  it('takes the day from the post title when no "Day N" heading encloses the talk', () => {
    const talks = findTalks(parsePost('---\ntitle: "KubeCon EU 2019 - Day 2"\n---\n## Talks\n- Scaling Envoy - Ann Lee, Lyft')).talks;
    expect(talks.map((t) => [t.title, t.day])).toEqual([['Scaling Envoy', 2]]);
  });
  it('takes the day from a "Day N" label inside the section: a table header or a line of its own', () => {
    const md = '## Florence\n| Day one | |\n|---|---|\n| Ann Lee | Scaling Envoy |\n\n| Day two | |\n|---|---|\n| Liz Rice | eBPF for All |\n\nDay3\n\n- [Rust in K8s - Matt Butcher](https://youtu.be/AAAAAAAAAAA)';
    expect(findTalks(parsePost(md)).talks.map((t) => [t.title, t.day])).toEqual([['Scaling Envoy', 1], ['eBPF for All', 2], ['Rust in K8s', 3]]);
  });
  it('reads headings written without a space after the hashes ("##Day 2"), as the renderers of many blogs did', () => {
    const talks = findTalks(parsePost('##Day 2\n###Scaling Envoy - Matt Klein\nEnvoy is great.')).talks;
    expect(talks.map((t) => [t.title, t.speakers[0]?.name, t.day, t.heading])).toEqual([['Scaling Envoy', 'Matt Klein', 2, 'Scaling Envoy - Matt Klein']]);
  });
  it('gives a photo caption\'s talk the prose it captions, and full names for the first names it uses', () => {
    const md = '## Wednesday\nAfter lunch, I attended the talk by [Josef Taha](https://x.example/j) and [Tobias Grantner](https://x.example/t) on threat intelligence. It was fascinating.\n\n![photo](img/a.jpg "Tobias and Josef - Storm Center: Open Source Threat Intelligence")\n\nLater, [Rory McCune](https://x.example/r) shared key strategies.\n\n![rory](img/r.jpg "Rory McCune - Securing Your Cluster Management")';
    const { post, talks } = findTalks(parsePost(md));
    expect(talks.map((t) => `${t.title} <- ${t.speakers.map((s) => s.name).join(', ')}`)).toEqual(['Storm Center: Open Source Threat Intelligence <- Tobias Grantner, Josef Taha', 'Securing Your Cluster Management <- Rory McCune']);
    const texts = talks.map((t) => post.sections[t.sectionIndex]?.text ?? '');
    expect(texts[0]).toContain('threat intelligence');
    expect(texts[0]).not.toContain('strategies');
    expect(texts[1]).toContain('strategies');
  });
  it.each(positives)('reads %s', (_form, md, expected) => expect(talksOf(md)).toEqual(expected));
  it.each(negatives)('finds no talk in %s', (_form, md, expected) => expect(talksOf(md)).toEqual(expected));
});
