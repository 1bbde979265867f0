// Talk headings: title/speaker/role/org/level split for every heading form, and headings that name no speaker.
import { describe, expect, it } from 'vitest';
import { parseTalkHeading } from '../../../extractor/passes/02-heading.ts';

type Sp = [name: string, role: string | null, org: string | null];
const sp = (rows: Sp[]) => rows.map(([name, role, organization]) => ({ name, role, organization }));

describe('parseTalkHeading: talks with speakers', () => {
  const rows: Array<[string, string, Sp[], string | null]> = [
    ['Scaling Etcd - Priya Natarajan, Staff Engineer, Cloudflare', 'Scaling Etcd', [['Priya Natarajan', 'Staff Engineer', 'Cloudflare']], null],
    // A kind with its slot's weekday, or as who is billed, and the speaker only: the whole heading is the title.
    ['Friday Keynote: Maria Gonzalez', 'Friday Keynote: Maria Gonzalez', [['Maria Gonzalez', null, null]], null],
    ['Keynote Speaker - Maria Gonzalez', 'Keynote Speaker - Maria Gonzalez', [['Maria Gonzalez', null, null]], null],
    // A video channel's kind before the speakers, then a colon and the title ("Talks - Ann Lee, Bo Chen: Title").
    ['Talks - Maria Gonzalez, John Smith: Making Beautiful, Readable Zorbs in Plonk...', 'Making Beautiful, Readable Zorbs in Plonk...', [['Maria Gonzalez', null, null], ['John Smith', null, null]], null],
    // A role whose head word ends it ("UX Designer") before "at" and its company; a list of roles only names no company
    // (the speaker list's "and" parts the last role off, and it is no person: the roles before it stay).
    ['Designing Secure Zorbs - Ann Lee, UX Designer at Plonk Labs', 'Designing Secure Zorbs', [['Ann Lee', 'UX Designer', 'Plonk Labs']], null],
    ['Laziness in the Time of Zorbs - Ivo Brevik, Web Designer, Web Developer, and writer', 'Laziness in the Time of Zorbs', [['Ivo Brevik', 'Web Designer, Web Developer', null]], null],
    // The day of the week and the slot's time before the title, as a programme by day writes them.
    ['Saturday 10:00 How Plonk Could Change Zorbing - Maria Gonzalez', 'How Plonk Could Change Zorbing', [['Maria Gonzalez', null, null]], null],
    ['Sun, 11:55 - Quux Biases and Blind Spots - John Smith & Priya Raman', 'Quux Biases and Blind Spots', [['John Smith', null, null], ['Priya Raman', null, null]], null],
    // The slot's time between the title and its speakers.
    ['Navigating Plonk Quux - 10:10 - Maria Gonzalez - Initech', 'Navigating Plonk Quux', [['Maria Gonzalez', null, 'Initech']], null],
    // Title-cased "By", and a hyphen typed after a word with a space only after it.
    ['Spam Zorbing in Plonk Systems By Maria Gonzalez', 'Spam Zorbing in Plonk Systems', [['Maria Gonzalez', null, null]], null],
    ['Quux Serendipity: Diversity in Plonking- Maria Gonzalez, Initech', 'Quux Serendipity: Diversity in Plonking', [['Maria Gonzalez', null, 'Initech']], null],
    // (The hasty hyphen does not stop "by" from vouching for a name of everyday words.)
    ['Plonk FTW- Static Zorbs With Quuxsome by Orla Revels', 'Plonk FTW- Static Zorbs With Quuxsome', [['Orla Revels', null, null]], null],
    ['Scaling Etcd - Priya Natarajan (Staff Engineer, Cloudflare)', 'Scaling Etcd', [['Priya Natarajan', 'Staff Engineer', 'Cloudflare']], null],
    // Only a first name in brackets after a title of two words or more: the speaker, as notes among colleagues name them.
    // A quoted title, then the author's words about it after a colon.
    ['“Curing Our Plonk Disease”: a great presentation in which she warns us', 'Curing Our Plonk Disease', [], null],
    // A kind label with the material a link gives ("Keynote video and slides:") is no part of the title.
    ['Keynote video and slides: Zorbs from Sensors to Plonks', 'Zorbs from Sensors to Plonks', [], null],
    ['Eliminating Zorb Environments (Ann)', 'Eliminating Zorb Environments', [['Ann', null, null]], null],
    ['Scaling Etcd - Priya Natarajan (staff engineer at Cloudflare, etcd maintainer)', 'Scaling Etcd', [['Priya Natarajan', 'staff engineer', 'Cloudflare']], null],
    // A word after a parenthesis is the title's own ("code"), not a link to the material ("video").
    ['15:50 - Configuration is (riskier than?) code', 'Configuration is (riskier than?) code', [], null],
    ['Maria Gonzalez & John Smith (Initech) - Scaling Meshes Across Clouds', 'Scaling Meshes Across Clouds', [['Maria Gonzalez', null, 'Initech'], ['John Smith', null, 'Initech']], null],
    // A role and a dash before words that name no company: the title.
    ['Maria Gonzalez - Team Lead - Lessons Learned', 'Team Lead - Lessons Learned', [['Maria Gonzalez', null, null]], null],
    ['Observability 101 [B] - Tom Baker, Grafana Labs', 'Observability 101', [['Tom Baker', null, 'Grafana Labs']], 'beginner'],
    ['Deep Dive: Raft [A] - Ana Silva, Ops Lead, Data Team, Nubank', 'Deep Dive: Raft', [['Ana Silva', 'Ops Lead, Data Team', 'Nubank']], 'advanced'],
    ['GitOps at Scale [I] - Omar Haddad & Julia Kowalski, Weaveworks', 'GitOps at Scale', [['Omar Haddad', null, 'Weaveworks'], ['Julia Kowalski', null, 'Weaveworks']], 'intermediate'],
    [
      'Keynote: Cloud Native Futures - Ann Lee, CTO, Foo Inc; Bob Stone, VP, Bar & Carl Maier, Baz',
      'Cloud Native Futures',
      [['Ann Lee', 'CTO', 'Foo Inc'], ['Bob Stone', 'VP', 'Bar'], ['Carl Maier', null, 'Baz']],
      null,
    ],
    ['Serverless Patterns – Keiko Tanaka, AWS', 'Serverless Patterns', [['Keiko Tanaka', null, 'AWS']], null],
    ['Serverless Patterns — Keiko Tanaka, AWS', 'Serverless Patterns', [['Keiko Tanaka', null, 'AWS']], null],
    ['Serverless Patterns—Keiko Tanaka, AWS', 'Serverless Patterns', [['Keiko Tanaka', null, 'AWS']], null],
    ['Serverless Patterns -- Keiko Tanaka, AWS', 'Serverless Patterns', [['Keiko Tanaka', null, 'AWS']], null],
    // A possessive speaker, words about the session, its kind, then the title.
    ["Priya Natarajan's Monday Morning Keynote: Plonk in the Field", 'Plonk in the Field', [['Priya Natarajan', null, null]], null],
    // "by" alone parts the heading: it vouches for a name of less common words ...
    ['Reflections on Computing by Max Olander', 'Reflections on Computing', [['Max Olander', null, null]], null],
    // ... but not where a dash parted the speaker from the title already.
    ['Priya Natarajan – Plonk Stories by Not Ivo Zorbel', 'Plonk Stories by Not Ivo Zorbel', [['Priya Natarajan', null, null]], null],
    // A slash joins co-speakers with initials; the title's own clause after a comma is no organization.
    ['Ann B. Lee / Karen Zorbel - Quux Won, but Plonk Has Not Yet', 'Quux Won, but Plonk Has Not Yet', [['Ann B. Lee', null, null], ['Karen Zorbel', null, null]], null],
    // A kind "with" its speaker and nothing else: the heading is the title.
    ['Keynote with Maria Gonzalez', 'Keynote with Maria Gonzalez', [['Maria Gonzalez', null, null]], null],
    // A numbered programme's "Name, Title": a clear name, then words that read as a title.
    ['Priya Natarajan, Is your Plonk application secure?', 'Is your Plonk application secure?', [['Priya Natarajan', null, null]], null],
    ['Maria Gonzalez, Afternoon Keynote & Closing Messages', 'Afternoon Keynote & Closing Messages', [['Maria Gonzalez', null, null]], null],
    // A quoted title, then the author's clause about it: the quotes bound the title.
    ['Maria Gonzalez (@mgonz) - "Keep Plonk Hip" also had some good quotes:', 'Keep Plonk Hip', [['Maria Gonzalez', null, null]], null],
    // Three hyphens are how markdown writes an em dash.
    ['Serverless Patterns --- Keiko Tanaka (AWS)', 'Serverless Patterns', [['Keiko Tanaka', null, 'AWS']], null],
    // A form's field name before the title is no part of it.
    ['Title: How Rust Went Into Orbit', 'How Rust Went Into Orbit', [], null],
    ['Talk title: Scaling Etcd - Priya Natarajan', 'Scaling Etcd', [['Priya Natarajan', null, null]], null],
    // A kind and only its speakers: the session has no title of its own, so the heading is its title.
    ['Keynote - Priya Natarajan', 'Keynote - Priya Natarajan', [['Priya Natarajan', null, null]], null],
    ['Closing Keynote: Priya Natarajan, Cloudflare', 'Closing Keynote: Priya Natarajan, Cloudflare', [['Priya Natarajan', null, 'Cloudflare']], null],
    // ... but a title after the kind stays the title, however its words look.
    ['Keynote: Modernizing Virtualization Technology - Priya Natarajan, Cloudflare', 'Modernizing Virtualization Technology', [['Priya Natarajan', null, 'Cloudflare']], null],
    ['(Keynote) Serverless Patterns - Keiko Tanaka', 'Serverless Patterns', [['Keiko Tanaka', null, null]], null],
    // The kind in parentheses after the title: "(Tutorial)", "(Session)".
    ['Serverless is interesting but Zorb is not enough (Session)', 'Serverless is interesting but Zorb is not enough', [], null],
    // A clear name, a comma and an organization (or a role), then the title after a dash.
    ['Ann Lee, Battery Zorbs - Monitoring Challenges', 'Monitoring Challenges', [['Ann Lee', null, 'Battery Zorbs']], null],
    ['Dr Ivo Brevik, Plonkhub - A Tale of Two Zorbs', 'A Tale of Two Zorbs', [['Ivo Brevik', null, 'Plonkhub']], null],
    // Em dashes with no spaces, the organization with its legal form after a comma.
    ['Zorb on the Factory Floor: Efficient Plonk Processing—Ann Lee & Ivo Brevik—Quuxmetrics, LLC', 'Zorb on the Factory Floor: Efficient Plonk Processing', [['Ann Lee', null, 'Quuxmetrics LLC'], ['Ivo Brevik', null, 'Quuxmetrics LLC']], null],
    // The kind of slot before the kind ("Sponsored Keynote:"), and a label of any spelling before a quoted title.
    ['Sponsored Keynote: Why Zorb Conventions Matter', 'Why Zorb Conventions Matter', [], null],
    ['Lighting Talk - "A Quick Dive into Plonk Phases"', 'A Quick Dive into Plonk Phases', [], null],
    // The label inside the quotes.
    ['"Keynote: Debug your zorbs" by Ann Lee', 'Debug your zorbs', [['Ann Lee', null, null]], null],
    // A known company between the name and the title, the title in lowercase.
    ['Ann Lee, New Relic, So you are a zorb business... now what?', 'So you are a zorb business... now what?', [['Ann Lee', null, 'New Relic']], null],
    ['Ann Lee, Google, managing distributed plonks over long periods of time', 'managing distributed plonks over long periods of time', [['Ann Lee', null, 'Google']], null],
    ['Keiko Tanaka: Serverless Patterns (Acme Corp)', 'Serverless Patterns', [['Keiko Tanaka', null, 'Acme Corp']], null],
    // A video's name that closes with its event and year.
    ['Serverless Patterns by Keiko Tanaka - ZorbConf Europe 2018', 'Serverless Patterns', [['Keiko Tanaka', null, null]], null],
    ['Keynote by Keiko Tanaka - ZorbConf Europe 2018', 'Keynote', [['Keiko Tanaka', null, null]], null],
    ['Serverless Patterns | Keiko Tanaka @ Acme Corp (@keiko)', 'Serverless Patterns', [['Keiko Tanaka', null, 'Acme Corp']], null],
    ['Serverless Patterns | Keiko Tanaka @Google (@keiko)', 'Serverless Patterns', [['Keiko Tanaka', null, 'Google']], null],
    ['Serverless Patterns | Keiko Tanaka @ (@keiko)', 'Serverless Patterns', [['Keiko Tanaka', null, null]], null],
    ['Serverless Patterns - Keiko Tanaka - @keikowrites', 'Serverless Patterns', [['Keiko Tanaka', null, null]], null],
    ['Serverless Patterns - Keiko Tanaka @KeikoWrites', 'Serverless Patterns', [['Keiko Tanaka', null, null]], null],
    // A given name that is an everyday word too ("Bill") opens a speaker's name before a surname.
    ['Practical Plonk Profiling, Bill Brevik', 'Practical Plonk Profiling', [['Bill Brevik', null, null]], null],
    // Cells parted by bars before a quoted title are the speaker's parts; a lone lowercase cell is a handle without @.
    ['Keiko Tanaka | @keiko | Acme Corp | "Serverless Patterns"', 'Serverless Patterns', [['Keiko Tanaka', null, 'Acme Corp']], null],
    ['Keiko Tanaka | keikowrites | Plonkly | "Serverless Patterns"', 'Serverless Patterns', [['Keiko Tanaka', null, 'Plonkly']], null],
    ['Maria Gonzalez, VP of Engineering, and John Smith, Chief Architect, Acme Corp - “My Team Cannot Keep Up”', 'My Team Cannot Keep Up', [['Maria Gonzalez', 'VP of Engineering', 'Acme Corp'], ['John Smith', 'Chief Architect', 'Acme Corp']], null],
    ['Securing Pods (Advanced Skill Level) - Hannah Cho, Microsoft', 'Securing Pods', [['Hannah Cho', null, 'Microsoft']], 'advanced'],
    ['Intro to eBPF (Beginner) - Liam Byrne, Isovalent', 'Intro to eBPF', [['Liam Byrne', null, 'Isovalent']], 'beginner'],
    ['VP, Group & GM - talk - Imad Sousou, VP, Software Group & GM, Tech Center, Intel', 'VP, Group & GM - talk', [['Imad Sousou', 'VP, Software Group & GM, Tech Center', 'Intel']], null],
    ['Opening Remarks + Keynote: Community - Sara Nova, Head of Strategy, Google Cloud, Google', 'Opening Remarks + Keynote: Community', [['Sara Nova', 'Head of Strategy, Google Cloud', 'Google']], null],
    ['Con Opening Keynote - Project Update - Kim Hale, Advocate, Google', 'Con Opening Keynote - Project Update', [['Kim Hale', 'Advocate', 'Google']], null],
    ['Tower of Babel: Making Spark Play Nice - Holden Karau, Netflix - SESSION', 'Tower of Babel: Making Spark Play Nice', [['Holden Karau', null, 'Netflix']], null],
    ['Keynote: Seven Years of Kubernetes - Jens Ebert, DevOps Engineer; Petra Moll, Lead Expert; Sabine Wolz, Product Owner, Acme Tech Innovation - KEYNOTE', 'Seven Years of Kubernetes', [['Jens Ebert', 'DevOps Engineer', 'Acme Tech Innovation'], ['Petra Moll', 'Lead Expert', 'Acme Tech Innovation'], ['Sabine Wolz', 'Product Owner', 'Acme Tech Innovation']], null],
    ['Monitoring with BPF - Jonathan Perry, Flowtune by @', 'Monitoring with BPF', [['Jonathan Perry', null, 'Flowtune']], null],
    ['Nigel Kersten - Enterprise DevOps 10 years on: What went wrong?', 'Enterprise DevOps 10 years on: What went wrong?', [['Nigel Kersten', null, null]], null],
    ['Kimball Johnson - Pipelines to Production: Different Paths, Same Place - A Human Case Study', 'Pipelines to Production: Different Paths, Same Place - A Human Case Study', [['Kimball Johnson', null, null]], null],
    ['Rust in the Kernel (Miguel Ortega, Google)', 'Rust in the Kernel', [['Miguel Ortega', null, 'Google']], null],
    ['Edge Computing by Fatima Zahra (Akamai)', 'Edge Computing', [['Fatima Zahra', null, 'Akamai']], null],
    ['Red Hat: Making Containers Boring - Clay Cole, Architect, Kubernetes and OpenShift, Red Hat', 'Red Hat: Making Containers Boring', [['Clay Cole', 'Architect, Kubernetes and OpenShift', 'Red Hat']], null],
    ['Chaos Engineering - Jane Doe @ Gremlin', 'Chaos Engineering', [['Jane Doe', null, 'Gremlin']], null],
    ['Chaos Engineering - Jane Doe from Gremlin (video)', 'Chaos Engineering', [['Jane Doe', null, 'Gremlin']], null],
    ['⭐ Scaling Etcd - Priya Natarajan, Cloudflare', 'Scaling Etcd', [['Priya Natarajan', null, 'Cloudflare']], null],
    ['13. Dr. Ivo Brevik - Zorbs for Thought', 'Zorbs for Thought', [['Ivo Brevik', null, null]], null],
    // A "by" of the title's own words before the byline: the last "by" vouches for a name of less common words.
    ['Zorbs powered by Plonk by Christian Zorbmann', 'Zorbs powered by Plonk', [['Christian Zorbmann', null, null]], null],
    // The slot's time in parentheses, its weekday first, is the programme's.
    ['Zorb at Scale (Wed 4:25pm - 5:00pm)', 'Zorb at Scale', [], null],
    // A byline in capitals reads as the name written as usual; capitals that are no name stay the title's.
    ['Debugging By AYMERO BREVIKSSON', 'Debugging', [['Aymero Breviksson', null, null]], null],
    ['Scaling Zorb by AWS EKS', 'Scaling Zorb by AWS EKS', [], null],
    // A coined lowercase word after the speaker's comma is her project, no employer.
    ['Ivo Brevik, zorbd - Collecting plonk metrics', 'Collecting plonk metrics', [['Ivo Brevik', null, null]], null],
    ["Ivo Brevik's Thursday Evening Keynote", "Ivo Brevik's Thursday Evening Keynote", [['Ivo Brevik', null, null]], null],
    // A given name alone owns a kind too; a word that is no given name does not.
    ["Maria's Keynote", "Maria's Keynote", [['Maria', null, null]], null],
    ["Monday's Keynote", "Monday's Keynote", [], null],
    ["Kubernetes's Talk", "Kubernetes's Talk", [], null],
    ['Ivo Brevik and Maria Gonzalez [Talk] - Video, Slides', 'Ivo Brevik and Maria Gonzalez', [['Ivo Brevik', null, null], ['Maria Gonzalez', null, null]], null],
    ['Better Zorbs using Plonk on Large Projects - Ivo Brevik and Maria Gonzalez - 💀💀 ★★:', 'Better Zorbs using Plonk on Large Projects', [['Ivo Brevik', null, null], ['Maria Gonzalez', null, null]], null],
    ['C. "Practical Data Science" - Josh Willard', 'Practical Data Science', [['Josh Willard', null, null]], null],
    ['D. AIOps: Anomaly Detection - Marcel Hilde', 'AIOps: Anomaly Detection', [['Marcel Hilde', null, null]], null],
    ['Performance Tuning Postgres with David Marlowe', 'Performance Tuning Postgres', [['David Marlowe', null, null]], null],
    ['Postgres - Lessons from the Field with Ann Lee and Maria Gonzalez', 'Postgres - Lessons from the Field', [['Ann Lee', null, null], ['Maria Gonzalez', null, null]], null],
    ['Keynote with Tara Whitfield - Security is Everyone\'s Job', 'Security is Everyone\'s Job', [['Tara Whitfield', null, null]], null],
    ['Keynote featuring Dr. Orla Brennick, CTO, Zorbco.com', 'Keynote', [['Orla Brennick', 'CTO', 'Zorbco.com']], null],
    ['Fireside Chat featuring Tomas Keller, CEO, Plonk Cloud Services – BLUE', 'Fireside Chat', [['Tomas Keller', 'CEO', 'Plonk Cloud Services']], null],
    ['Music featuring Strings and Brass', 'Music featuring Strings and Brass', [], null],
    ['by Design Patterns', 'by Design Patterns', [], null],
    ['Key Note - A penny for every object - Mads Torvik', 'A penny for every object', [['Mads Torvik', null, null]], null],
    ['Anna-Lena Popper: When and how to start coding with kids', 'When and how to start coding with kids', [['Anna-Lena Popper', null, null]], null],
    ['Chris Fordham, Dueling keyboards [Keynote] - Video, Slides', 'Dueling keyboards', [['Chris Fordham', null, null]], null],
    ['J. Pablo Fernández, What is a Macro? [Talk]', 'What is a Macro?', [['J. Pablo Fernández', null, null]], null],
    ['Kris Jenkinson, ZorbScript: Architecting for Scale [Talk]', 'ZorbScript: Architecting for Scale', [['Kris Jenkinson', null, null]], null],
    ['Ernest Lisauskas - Garden: CSS in Zorb [Lightning Talk] - Video, Slides', 'Garden: CSS in Zorb', [['Ernest Lisauskas', null, null]], null],
    ['Intro: Zorb CI - Lucia Strick, Vulk Coop & Denver Wilkes, Vulk Coop', 'Intro: Zorb CI', [['Lucia Strick', null, 'Vulk Coop'], ['Denver Wilkes', null, 'Vulk Coop']], null],
    ['Migrating Ingress to Zorb - Erik Lindgren, Katarina Nezdolva & Alex Sundberg, Zorbify', 'Migrating Ingress to Zorb', [['Erik Lindgren', null, 'Zorbify'], ['Katarina Nezdolva', null, 'Zorbify'], ['Alex Sundberg', null, 'Zorbify']], null],
    ['Logan McAllister @loganzorbs - Red Hat - Optimizing for Learning', 'Optimizing for Learning', [['Logan McAllister', null, 'Red Hat']], null],
    ['Ian Bennington - @enbnt - Monitory Report: Your Observability Future', 'Monitory Report: Your Observability Future', [['Ian Bennington', null, null]], null],
    ['Mentoring Metrics Engineers - Zorbco - Zachary Musgrove / Angelo Licari', 'Mentoring Metrics Engineers', [['Zachary Musgrove', null, 'Zorbco'], ['Angelo Licari', null, 'Zorbco']], null],
    ['Scaling Things - Kubernetes - Anna Lee', 'Scaling Things - Kubernetes', [['Anna Lee', null, null]], null],
    ['Beth Cornell - How to include Whistler, Kate Libbey, and appreciate our differences', 'How to include Whistler, Kate Libbey, and appreciate our differences', [['Beth Cornell', null, null]], null],
    ['ZorbConf Europe 2023: Ans Unforgettable Journey — Part II', 'Ans Unforgettable Journey — Part II', [], null],
    ['Scaling Things - Anna Lee, Acme - Part 2', 'Scaling Things - Part 2', [['Anna Lee', null, 'Acme']], null],
    ['Marco Plessk’s talk around Service Discovery', 'Marco Plessk’s talk around Service Discovery', [['Marco Plessk', null, null]], null],
    ["Zorbernetes's talk about things", "Zorbernetes's talk about things", [], null],
    ['Best Practices for Zorb in the Cloud by Randall', 'Best Practices for Zorb in the Cloud', [['Randall', null, null]], null],
    ['Photos of the venue by Kelsey', 'Photos of the venue by Kelsey', [], null],
    ['Kubernetes Made Simple by Example', 'Kubernetes Made Simple by Example', [], null],
    ['Zorb Edition - Dorian Plessk, Duffie Quorl, Loris Zantoni, & Marga Velquist', 'Zorb Edition', [['Dorian Plessk', null, null], ['Duffie Quorl', null, null], ['Loris Zantoni', null, null], ['Marga Velquist', null, null]], null],
    ['Zorb Edition - Dorian Plessk, Acme & Loris Zantoni, Initech', 'Zorb Edition', [['Dorian Plessk', null, 'Acme'], ['Loris Zantoni', null, 'Initech']], null],
    ['Zorb: A Tracer for Plonk, Written in Go Tomas Keller – Director of Software Engineering, Zorbworks', 'Zorb: A Tracer for Plonk, Written in Go', [['Tomas Keller', 'Director of Software Engineering', 'Zorbworks']], null],
    ['How We Work at Zorbco – Director of Engineering, Acme', 'How We Work at Zorbco – Director of Engineering, Acme', [], null],
    ['Programming Clusters with Go – Aaron Kessler Sr. Software Engineer, Zorbco', 'Programming Clusters with Go', [['Aaron Kessler', 'Sr. Software Engineer', 'Zorbco']], null],
    ['Kelsey Hightower: Kubernetes the Hard Way', 'Kubernetes the Hard Way', [['Kelsey Hightower', null, null]], null],
    ['Operators in Go - Sam Neil, Acme [slides]', 'Operators in Go', [['Sam Neil', null, 'Acme']], null],
    ['Scaling Things - Janet Kuo, Bob Lee and Ann Chen, Google', 'Scaling Things', [['Janet Kuo', null, 'Google'], ['Bob Lee', null, 'Google'], ['Ann Chen', null, 'Google']], null],
    ['Scaling Things - Janet Kuo (Google) & Bob Lee (Red Hat)', 'Scaling Things', [['Janet Kuo', null, 'Google'], ['Bob Lee', null, 'Red Hat']], null],
    ['Scaling Things - Janet Kuo, Software Engineer at Google', 'Scaling Things', [['Janet Kuo', 'Software Engineer', 'Google']], null],
    ['Janet Kuo (Google): Scaling Things', 'Scaling Things', [['Janet Kuo', null, 'Google']], null],
    ['Vault at Scale - Eve Shankar & Grace Diaz, Red Hat', 'Vault at Scale', [['Eve Shankar', null, 'Red Hat'], ['Grace Diaz', null, 'Red Hat']], null],
    ['Securing Envoy - Bo Berg, Developer Advocate, Microsoft', 'Securing Envoy', [['Bo Berg', 'Developer Advocate', 'Microsoft']], null],
    ['Maintainer Awards - Chris Anders (@chra) CTO/COO, CNCF', 'Maintainer Awards', [['Chris Anders', 'CTO/COO', 'CNCF']], null],
    ['Costs [B] - Dmytro Dyachuk, Pax Automa', 'Costs', [['Dmytro Dyachuk', null, 'Pax Automa']], 'beginner'],
    // Language tags of a programme ("[EN]", "[JA][EN]") are no part of the title; a bracketed kind after them is the label.
    ['[EN][Keynote] Plonk and Rails for Real-Time Zorbs / Ivo Brevik', 'Plonk and Rails for Real-Time Zorbs', [['Ivo Brevik', null, null]], null],
    // A double slash separates as a single one does.
    ['The State of Plonk in 2017 // Ivo Brevik', 'The State of Plonk in 2017', [['Ivo Brevik', null, null]], null],
    ['Seven Quux Anti-patterns - and Fixes // Ann Lee @annlee', 'Seven Quux Anti-patterns - and Fixes', [['Ann Lee', null, null]], null],
    ['[JA][EN] The State of Zorb Tooling - Maria Gonzalez', 'The State of Zorb Tooling', [['Maria Gonzalez', null, null]], null],
    // "(given by ...)" in parentheses names the speakers, and vouches for a name of less common words.
    ['Zorb Computing (given by Frank Brevik) - Slides', 'Zorb Computing', [['Frank Brevik', null, null]], null],
    ['Plonk Layouts Today (presented by Ivo Brevik)', 'Plonk Layouts Today', [['Ivo Brevik', null, null]], null],
    // An order word before the kind ("Second talk:", "Next session -") is the label's.
    ['Second talk: Zorb at Scale with Plonk - Ivo Brevik', 'Zorb at Scale with Plonk', [['Ivo Brevik', null, null]], null],
    // A number after the label is the label's too.
    ['Breakout Session 3: Seeding Plonk in a Zorb - Ivo Brevik', 'Seeding Plonk in a Zorb', [['Ivo Brevik', null, null]], null],
    ['Talk #2 - Zorb at Scale with Plonk - Ann Lee', 'Zorb at Scale with Plonk', [['Ann Lee', null, null]], null],
    // The slot's time after the title is the schedule's.
    ['Speed, Zorbs, and Plonk (10:35am)', 'Speed, Zorbs, and Plonk', [], null],
    // So are a short tag of capitals before it (the author's "not attended"), a numbered level and a sponsor's note.
    ['(NA) Life of a Plonk [I] - Ivo Brevik, Initech', 'Life of a Plonk', [['Ivo Brevik', null, 'Initech']], 'intermediate'],
    ['Executing Zorbs at the Speed of Light (Level 300)', 'Executing Zorbs at the Speed of Light', [], null],
    ['Headfirst into Quux (Sponsored by Initech)', 'Headfirst into Quux', [], null],
    // A video's tag of the event, its year and the kind before the title: the kind is the label.
    ['[ZorbConf 2024 Keynote] Welcome! | Ivo Brevik, Initech', 'Welcome!', [['Ivo Brevik', null, 'Initech']], null],
    ['[2019 ideas] Plonk Futures', '[2019 ideas] Plonk Futures', [], null],
    // (A tag before a word in lowercase is the title's own.)
    ['(AI) for everyone', '(AI) for everyone', [], null],
    ['Plonk at Scale - Ivo Brevik [14:00-14:40]', 'Plonk at Scale', [['Ivo Brevik', null, null]], null],
    // ... and the slot's time and room in parentheses, wherever they stand.
    ['Quux for Teams (11:00 AM in Room 309) - Ivo Brevik', 'Quux for Teams', [['Ivo Brevik', null, null]], null],
    ['Modern Approaches to Plonk (3:00 PM in Room 311)', 'Modern Approaches to Plonk', [], null],
    ['Zorb LTS Releases - Ann Lee, Acme & Ivo Brevik, Initech ( 10:30am-11:20am @ Hall A)', 'Zorb LTS Releases', [['Ann Lee', null, 'Acme'], ['Ivo Brevik', null, 'Initech']], null],
    // ... and the language it is given in, after it.
    ['Security Nightmares 0x10 (German)', 'Security Nightmares 0x10', [], null],
    ['Quux ist Abwehr - Ivo Brevik [in English]', 'Quux ist Abwehr', [['Ivo Brevik', null, null]], null],
    // A project's slot of the programme is a label too.
    ['Project Lightning Talk: Zorb: Start Building Plonk Apps - Ann Lee', 'Zorb: Start Building Plonk Apps', [['Ann Lee', null, null]], null],
    // The author's note that the material is yet to come is no title and no employer.
    ['Maria Gonzalez - "Zorbs and Data Science" ( Available soon )', 'Zorbs and Data Science', [['Maria Gonzalez', null, null]], null],
    ['Opening Keynote by Maria Gonzalez (slides coming soon)', 'Opening Keynote', [['Maria Gonzalez', null, null]], null],
    // A community programme's title before a name is the speaker's role.
    ['Efficient Zorbing by Docker Captain Maria Gonzalez, Acme', 'Efficient Zorbing', [['Maria Gonzalez', 'Docker Captain', 'Acme']], null],
    ['Captain Plonk Returns - Maria Gonzalez', 'Captain Plonk Returns', [['Maria Gonzalez', null, null]], null],
    // Links to the talk's material closing the speakers' list are no organization.
    ['Lending Zorbs (Ann Lee, slides)', 'Lending Zorbs', [['Ann Lee', null, null]], null],
    ['Plonk Tricks - Ivo Brevik, Acme, video, slides', 'Plonk Tricks', [['Ivo Brevik', null, 'Acme']], null],
    // ... and a birds-of-a-feather session's.
    ['BoF: The Zorb Project and Plonk - Ann Lee, Acme', 'The Zorb Project and Plonk', [['Ann Lee', null, 'Acme']], null],
    // So is the recording's length.
    ['Ann Lee - Plonk Rewritten for Zorb Teams (duration: 25:00)', 'Plonk Rewritten for Zorb Teams', [['Ann Lee', null, null]], null],
    ['Quux in Practice - Ivo Brevik (30 min)', 'Quux in Practice', [['Ivo Brevik', null, null]], null],
    // Names first, a comma, then the title, when a kind marks the heading; a weak name beside a clear one counts.
    ['Ann Van Der Berg and Ivo Sparks, Zorb services in Plonk, two ways [Talk] - Video, Slides', 'Zorb services in Plonk, two ways', [['Ann Van Der Berg', null, null], ['Ivo Sparks', null, null]], null],
    // A question ends the title; only clear names follow it.
    ['What on Earth is Plonk? Ivo Brevik & Maria Gonzalez', 'What on Earth is Plonk?', [['Ivo Brevik', null, null], ['Maria Gonzalez', null, null]], null],
    ['"Quoted Title" - Zihao Yu & Illya Chekrygin, HBO', 'Quoted Title', [['Zihao Yu', null, 'HBO'], ['Illya Chekrygin', null, 'HBO']], null],
    // The last dash parts clear names from their organization; a role, a person or a schedule word there is no
    // organization (the heading then reads as it did before).
    ['Build a Better Zorb - Ann Lee - Frog', 'Build a Better Zorb', [['Ann Lee', null, 'Frog']], null],
    ['Build a Better Zorb - Ann Lee - CTO', 'Build a Better Zorb', [['Ann Lee', 'CTO', null]], null],
    ['Build a Better Zorb - Ann Lee - Main Stage', 'Build a Better Zorb', [['Ann Lee', null, null]], null],
    ['Build a Better Zorb - Ann Lee - Room 3', 'Build a Better Zorb', [['Ann Lee', null, null]], null],
  ];
  it.each(rows)('%s', (heading, title, speakers, level) => {
    const parts = parseTalkHeading(heading);
    expect(parts.title).toBe(title);
    expect(parts.speakers).toEqual(sp(speakers));
    expect(parts.level).toBe(level);
    expect(parts.speakerOnly).toBe(false);
  });
});

describe('parseTalkHeading: speaker-only headings', () => {
  const rows: Array<[string, Sp[]]> = [
    ['Ingrid Solberg - Spotify', [['Ingrid Solberg', null, 'Spotify']]],
    ['Kelsey Hale, Google', [['Kelsey Hale', null, 'Google']]],
    // A weak name ('charity' is also a noun) with a known organization.
    ['Charity Majors - Honeycomb', [['Charity Majors', null, 'Honeycomb']]],
    // The employer in brackets, as meetup notes head a talk by its speaker.
    ['Maria Gonzalez (Acme Corp)', [['Maria Gonzalez', null, 'Acme Corp']]],
    ['Ivo Brevik (Google)', [['Ivo Brevik', null, 'Google']]],
    // A role, then "at" its organization, is no title.
    ['Maria Gonzalez - Principal Engineer at Acme Corp', [['Maria Gonzalez', 'Principal Engineer', 'Acme Corp']]],
    ['John Smith - Project Lead, Co-founder and CTO at Initech', [['John Smith', 'Project Lead, Co-founder and CTO', 'Initech']]],
    // Note-style roles: "arch", "Sr ... eng", a dash before the company.
    ['Maria Gonzalez - arch, platform team, Initech', [['Maria Gonzalez', 'arch, platform team', 'Initech']]],
    ['John Smith - Sr Software Eng - Initech', [['John Smith', 'Sr Software Eng', 'Initech']]],
    // A role after the comma, even one the role reader does not split, is no title.
    ['Maria Gonzalez, Engineer at the Acme Corp', [['Maria Gonzalez', 'Engineer', 'the Acme Corp']]],
    // A role's words before a clear name: the one on stage, as a keynote's heading names its executive.
    ['CEO Maria Gonzalez', [['Maria Gonzalez', 'CEO', null]]],
    ['Staff Engineer John Smith', [['John Smith', 'Staff Engineer', null]]],
  ];
  it.each(rows)('%s', (heading, speakers) => {
    const parts = parseTalkHeading(heading);
    expect(parts.speakerOnly).toBe(true);
    expect(parts.speakers).toEqual(sp(speakers));
  });
});

describe('parseTalkHeading: a name and its organization before roles that go on', () => {
  it('reads capitalised words after the name and employer as the title unless they name a person or a role\'s head', () => {
    // ("Systems" only qualifies a role, "Systems Engineer": alone it makes no role.)
    expect(parseTalkHeading('Ann Lee, Acme - Fewer Better Systems')).toMatchObject({ title: 'Fewer Better Systems', speakers: [{ name: 'Ann Lee', organization: 'Acme' }] });
  });
  it('reads no title from the roles after the first dash', () => {
    expect(parseTalkHeading('Ann Lee, Zorb Ambassador - Meetup Organizer - Developer Advocate @Acme').title).not.toBe('Meetup Organizer - Developer Advocate @Acme');
  });
});

describe('parseTalkHeading: a speaker label as a heading of its own', () => {
  it.each([
    ['Speaker: Ann Lee', [['Ann Lee', null, null]]],
    ['Speakers: Ann Lee, Ivo Brevik', [['Ann Lee', null, null], ['Ivo Brevik', null, null]]],
    ['Speaker(s): Ann Lee, Acme Labs', [['Ann Lee', null, 'Acme Labs']]],
  ] as Array<[string, Sp[]]>)('%s names the speakers only', (heading, speakers) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title: '', speakers: sp(speakers), speakerOnly: true });
  });
});

describe('parseTalkHeading: a programme\'s session code in square brackets', () => {
  it.each([
    ['Zorb: New Features and Beyond [S51225] Ann Lee (Acme)', 'Zorb: New Features and Beyond', [['Ann Lee', null, 'Acme']]],
    ['How to Write a Plonk Program [S51210]', 'How to Write a Plonk Program', []],
    ['Quux Demystified [AB123] Ivo Brevik', 'Quux Demystified', [['Ivo Brevik', null, null]]],
  ] as Array<[string, string, Sp[]]>)('%s', (heading, title, speakers) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title, speakers: sp(speakers) });
  });
  it('keeps a bracket that is no session code', () => {
    expect(parseTalkHeading('Zorbing at Scale [K8S] - Ann Lee').title).toBe('Zorbing at Scale [K8S]');
  });
});

describe('parseTalkHeading: a track, room or village code in parentheses after the title', () => {
  it.each([
    ['Zorb Security 101 (CV)', 'Zorb Security 101', []],
    ['How do you do ALL THE PLONKS (BTV):', 'How do you do ALL THE PLONKS', []],
    ['Quux Breakout (Track2)', 'Quux Breakout', []],
    ['Plonkstriker (DL1)', 'Plonkstriker', []],
  ] as Array<[string, string, Sp[]]>)('%s', (heading, title, speakers) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title, speakers: sp(speakers) });
  });
  it.each([
    // The initials of the words before it, a name the lists know, or a speaker's employer after their name.
    ['Site Reliability Zorbing (SRZ)', 'Site Reliability Zorbing (SRZ)', []],
    ['Continuous plonking (CP)', 'Continuous plonking (CP)', []],
    ['Intro to Zorbs (IBM)', 'Intro to Zorbs (IBM)', []],
    ['Scaling Plonk - Ann Lee (ZORB)', 'Scaling Plonk', [['Ann Lee', null, 'ZORB']]],
    ['Rootless Zorbs, by Hiroto Zorbaki (ZTT)', 'Rootless Zorbs', [['Hiroto Zorbaki', null, 'ZTT']]],
  ] as Array<[string, string, Sp[]]>)('keeps the code of %s', (heading, title, speakers) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title, speakers: sp(speakers) });
  });
});

describe('parseTalkHeading: a role\'s capitals before the company in parentheses', () => {
  it.each([
    ['Zorbs for Science - Ann Lee (CEO Acme Labs)', [['Ann Lee', 'CEO', 'Acme Labs']]],
    ['Zorbs for Science - Ann Lee (IBM Research)', [['Ann Lee', null, 'IBM Research']]],
  ] as Array<[string, Sp[]]>)('%s', (heading, speakers) => {
    expect(parseTalkHeading(heading).speakers).toEqual(sp(speakers));
  });
});

describe('parseTalkHeading: a weekday before the title', () => {
  it('is the day\'s, not the title\'s', () => {
    expect(parseTalkHeading('Tuesday: "Zorbs in Plonk" --- Ann Lee (Acme)')).toMatchObject({ title: 'Zorbs in Plonk', speakers: sp([['Ann Lee', null, 'Acme']]) });
    expect(parseTalkHeading('Monday Morning Zorbs - Ann Lee').title).toBe('Monday Morning Zorbs');
  });

  it('is the day\'s with its date', () => {
    expect(parseTalkHeading('Wednesday, November 12: Zorbs at Scale by Ann Lee')).toMatchObject({ title: 'Zorbs at Scale', speakers: sp([['Ann Lee', null, null]]) });
    expect(parseTalkHeading('Friday 14 Nov - Plonk in Practice - Ann Lee')).toMatchObject({ title: 'Plonk in Practice', speakers: sp([['Ann Lee', null, null]]) });
    expect(parseTalkHeading('Monday Morning Coffee: Plonk').title).toBe('Monday Morning Coffee: Plonk');
  });
});

describe('parseTalkHeading: a day and a numbered slot before the title', () => {
  it.each([
    ['Day Two, Session Seven - Living with Zorbs', 'Living with Zorbs', 'session'],
    ['Day 1, Talk 3: Plonk Tutorial', 'Plonk Tutorial', 'talk'],
    ['Session Five - Quux', 'Quux', 'session'],
  ])('reads %s as the title %s', (heading, title, label) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title, label });
  });
  it('reads a video\'s tag of event, year and kind before the title as the kind\'s label', () => {
    expect(parseTalkHeading('[ZorbConf 2024 Keynote] Welcome!')).toMatchObject({ title: 'Welcome!', label: 'keynote' });
    expect(parseTalkHeading('[ZorbConf Keynote] Welcome!').title).toBe('[ZorbConf Keynote] Welcome!');
  });
  it('keeps count words that are the title\'s own', () => {
    expect(parseTalkHeading('Seven Sessions of Plonk').title).toBe('Seven Sessions of Plonk');
    expect(parseTalkHeading('Day Two Zorbs').title).toBe('Day Two Zorbs');
    // (A day in words before a theme, with no numbered slot, is a day's heading: "Day Three - All Good Things".)
    expect(parseTalkHeading('Day Three - Plonk at Scale').title).toBe('Day Three - Plonk at Scale');
  });
});

describe('parseTalkHeading: two names run together', () => {
  it('reads two speakers where both first words are given names', () => {
    expect(parseTalkHeading('Zorbs Today - Maria Gonzalez John Smith').speakers).toEqual(sp([['Maria Gonzalez', null, null], ['John Smith', null, null]]));
  });
  it('keeps one name whose second word is a given name too', () => {
    expect(parseTalkHeading('Zorbs Today - Mary Ann Smith Jones').speakers.map((s) => s.name)).toEqual(['Mary Ann Smith Jones']);
  });
});

describe('parseTalkHeading: one lowercase word between the dash and "by"', () => {
  it.each([
    ['Zorbing on Plonk - talk by Maria Gonzalez (Acme)', 'Zorbing on Plonk', 'Maria Gonzalez'],
    ['Zorbing on Plonk — hosted by Maria Gonzalez and John Smith', 'Zorbing on Plonk', 'Maria Gonzalez'],
  ])('%s: the word is the byline\'s, not the title\'s', (heading, title, first) => {
    const parts = parseTalkHeading(heading);
    expect(parts.title).toBe(title);
    expect(parts.speakers[0]?.name).toBe(first);
  });
  it('keeps a title whose own words run on after a dash ("Zorbing on Plonk - stand by me")', () => {
    expect(parseTalkHeading('Zorbing on Plonk - stand by me')).toMatchObject({ title: 'Zorbing on Plonk - stand by me', speakers: [] });
  });
});

describe('parseTalkHeading: the author closing a list of speakers', () => {
  it.each(['Zorb Plonk - Maria Gonzalez, John Smith and myself', 'Zorb Plonk - Maria Gonzalez, John Smith & me'])('%s: "myself" is none of the names and no employer', (heading) => {
    expect(parseTalkHeading(heading).speakers).toEqual(sp([['Maria Gonzalez', null, null], ['John Smith', null, null]]));
  });
});

describe('parseTalkHeading: the last part of a list of names', () => {
  it.each([
    ['Zorbing Plonk (Maria Gonzalez, John Smith, Priya Raman, Zorvan Plekto)', ['Maria Gonzalez', 'John Smith', 'Priya Raman', 'Zorvan Plekto']],
    ['Zorbing Plonk - Maria Gonzalez, John Smith, Zorvan Plekto', ['Maria Gonzalez', 'John Smith', 'Zorvan Plekto']],
  ])('%s: after two names, a clear name that no list knows is one more speaker', (heading, names) => {
    expect(parseTalkHeading(heading).speakers).toEqual(sp(names.map((n): Sp => [n, null, null])));
  });
  it.each([
    ['Zorbing Plonk - Maria Gonzalez, John Smith, Red Hat', 'Red Hat'],
    ['Zorbing Plonk - Maria Gonzalez, John Smith, Zorb Labs', 'Zorb Labs'],
    // (After one name the last part stays the employer: "Ann Lee, Acme" is the commoner reading.)
    ['Zorbing Plonk - Maria Gonzalez, Zorvan Plekto', 'Zorvan Plekto'],
  ])('%s keeps its employer', (heading, org) => {
    expect(parseTalkHeading(heading).speakers.every((s) => s.organization === org)).toBe(true);
  });
});

describe('parseTalkHeading: a keycap emoji numbering the heading', () => {
  it('is none of the title', () => {
    expect(parseTalkHeading('3️⃣ Ann Lee | Zorb on Plonk Accelerators: Status')).toMatchObject({ title: 'Zorb on Plonk Accelerators: Status', speakers: sp([['Ann Lee', null, null]]) });
  });
});

describe('parseTalkHeading: people each named with their handle', () => {
  it.each([
    ['Ann Lee (@annlee)', [['Ann Lee', null, null]]],
    ['Ivo Brevik (@ivo_b) & Bo Chen (@bochen)', [['Ivo Brevik', null, null], ['Bo Chen', null, null]]],
  ] as Array<[string, Sp[]]>)('%s names the speakers only', (heading, speakers) => {
    expect(parseTalkHeading(heading)).toMatchObject({ title: '', speakers: sp(speakers), speakerOnly: true });
  });
  it.each(['Zorb at Scale (@zorbio)', 'Kubernetes (@kubernetesio)', 'Ann Lee (@annlee) on Zorb at Scale'])('%s is no speaker heading', (heading) => {
    expect(parseTalkHeading(heading).speakerOnly).toBe(false);
  });
});

describe('parseTalkHeading: a language tag before the title', () => {
  it.each([
    ['[Englisch] Zorbing demystified - An introduction without maths', 'Zorbing demystified - An introduction without maths'],
    ['[English] Plonk for Everyone', 'Plonk for Everyone'],
    ['[EN][Keynote] Writing Quux Code', 'Writing Quux Code'],
  ])('%s is titled %s', (heading, title) => expect(parseTalkHeading(heading).title).toBe(title));
  it('keeps a bracketed word that names no language', () => expect(parseTalkHeading('[Zorb] Title Here').title).toBe('[Zorb] Title Here'));
});

describe('parseTalkHeading: an event and year after the last dash', () => {
  it('drops them where capitalised words and the year stand alone there, and keeps a title\'s own year', () => {
    expect(parseTalkHeading('Scaling Plonk - ZorbConf 2019').title).toBe('Scaling Plonk');
    expect(parseTalkHeading('Scaling Plonk - Lessons from 2019').title).toBe('Scaling Plonk - Lessons from 2019');
  });
});

describe('parseTalkHeading: a last dash part that is no organization', () => {
  it('a person there is none', () => {
    expect(parseTalkHeading('Build a Better Zorb - Ann Lee - Bo Chen').speakers.some((s) => s.organization === 'Bo Chen')).toBe(false);
  });
});

describe('parseTalkHeading: a handle alone after a slash', () => {
  it('leaves no dangling slash in the title', () => {
    expect(parseTalkHeading('Zorb Rules / @annlee').title).toBe('Zorb Rules');
  });
});

describe('parseTalkHeading: a known company billed for the session', () => {
  it('is none of the title, before or after it, and a version is no one\'s employer', () => {
    expect(parseTalkHeading('Airbnb - Migration of 1000 Zorbs to Zonal Plonks')).toMatchObject({ title: 'Migration of 1000 Zorbs to Zonal Plonks', speakers: [] });
    expect(parseTalkHeading('Autogenerating Zorbs and Plonks the Smart Way - MongoDB')).toMatchObject({ title: 'Autogenerating Zorbs and Plonks the Smart Way', speakers: [] });
    expect(parseTalkHeading('Zorbia - Migrating Away from 1.16 in 2025')).toMatchObject({ title: 'Zorbia - Migrating Away from 1.16 in 2025', speakers: [] });
    // (A project before the dash is the title's own word.)
    expect(parseTalkHeading('Kubernetes - The Next Decade of Zorbs').title).toBe('Kubernetes - The Next Decade of Zorbs');
  });
});

describe('parseTalkHeading: headings that name no speaker', () => {
  const rows: string[] = [
    'Day #1',
    // Two parts of everyday words set off by a comma: no "Name, Organization" (no first name opens the first part).
    'Various Zorbs, Various Plonks',
    // Two capitals in brackets later in the title are its own ("Scaling [AI] Zorbs").
    'Scaling [AI] Zorbs at Acme',
    'Plonk Patterns (by Design)',
    // In brackets after a name: a note, a part's number, or an unknown word after a name that may be a title.
    'Ann Lee (Remote)',
    'Priya Raman (Part 2)',
    'Ann Lee - Part 2',
    'Zorb Basics (Quuxly)',
    // A lone word in brackets that is a place, a language or an everyday word is no first name.
    'Getting Started (Java)',
    'Plonk Summary (Paris)',
    'Closing Words (Grace)',
    'Wrapping Up',
    // "of" after words of everyday English joins the title's words, not a person to an employer.
    'Quux Bit - Swiss Army Tool of Observability Data Ingestion',
    // A list in the title: no name with a role and an organization "and Assembler".
    'Virtual Zorbs, Plonk, and Assembler',
    // Everyday words after the comma are the title's second half, not a name.
    'Same Zorb API, Different Execution',
    'Plonk Made Simple, Different Execution',
    // Everyday words before a role word after a colon are the subtitle's, not a name and its role.
    'Search at Zorbify: Highly Available Platform for Data Resilience',
    // A question and an answer, no names: one title.
    'Is Zorb Dead? Long Live Zorb',
    'Morning Keynotes',
    'Keynote: Kubernetes',
    'Title',
    'Lunch time: Tacos by RedHat',
    'Scaling Kubernetes with Istio',
    'A. I. Ethics',
    'Fun with Flags',
    'Working with Kelsey',
    'Belonging in Tech: Dealing with Imposter Syndrome',
    'Rook Team + Booth',
    '"Find A Job | Post A Job | Get Involved" Wall',
    'Kubernetes - The Hard Way',
    'Day 1 - Keynotes',
    'Summary - Final Thoughts',
    'Observability - Project Update',
    'Service Mesh Deep Dive',
    'CNCF - Cloud Native Computing Foundation',
    'Helm 3 - What Is New, What Is Gone',
    'Summer Nights - Zorblaxia',
    'Red Hat: Making Containers Boring',
    'Open Source: The Next Decade',
    // A compound of everyday words is no name ("Multi-Tenant Serverless").
    'Scaling Up: A Safe, Multi-Tenant Serverless Platform',
    // A project's possessive before a kind names no speaker, nor does a title before a kind.
    "Kubernetes's Big Talk",
    'Scaling Plonk - Keynote',
    // "By" inside a title, and a hyphen of "pre- and post-", part nothing.
    'Stand By Me',
    'Pre- and Post-Processing Zorbs',
    // Role words before words that are no clear name.
    'Engineering Manager Handbook',
    'Senior Engineers Rock',
    // The author's rating marks before the title and a programme's category after it are no part of it.
    '* Zorbable Quux [Culture/Tech]',
  ];
  it.each(rows)('%s', (heading) => {
    const parts = parseTalkHeading(heading);
    expect(parts.speakers).toEqual([]);
    expect(parts.speakerOnly).toBe(false);
  });

  it('strips an author\'s rating marks and a programme\'s category in brackets', () => {
    expect(parseTalkHeading('** Ten years after "Plonk Chains" [Culture]').title).toBe('Ten years after "Plonk Chains"');
    expect(parseTalkHeading('* Zorbable Quux [Science/Philosophy/Culture]').title).toBe('Zorbable Quux');
    expect(parseTalkHeading('Zorbing at Scale [Keynote]').label).toBe('keynote');
  });

  it('strips a label and quotes and remembers them', () => {
    expect(parseTalkHeading('Presentation: "Scaling Kafka"')).toMatchObject({ title: 'Scaling Kafka', label: 'presentation', quoted: true, speakers: [] });
    expect(parseTalkHeading('Workshop: Build a Controller')).toMatchObject({ title: 'Build a Controller', label: 'workshop' });
  });
});
