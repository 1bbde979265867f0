// Entity pass tables: what must be found (canonical name, type) and, beside it, what must not be.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../extractor/passes/03-entities.ts';
import type { TalkRecord } from '../../../extractor/passes/types.ts';
import { postOf } from './post-of.ts';

const names = (text: string): string[] => [...new Set(findEntities(postOf(text), []).map((m) => `${m.type}:${m.name}`))].sort();

const found: Array<[string, string[]]> = [
  // A brand of an everyday word, capitalised in mid-sentence twice, even within one sentence.
  ['We rewrote the app in Flutter (the biggest app in Flutter so far).', ['Project:Flutter']],
  // A capitalised word closed by an acronym names software.
  ['We ran the service on ZorbVM and stored state in PlonkDB.', ['Project:ZorbVM', 'Project:PlonkDB']],
  // A first name that is an everyday word opens the sentence: a surname of no everyday word and a lowercase word
  // going on with the clause make it a name.
  ['Tom Zorbinski introduces the concept of monads.', ['Person:Tom Zorbinski']],
  // A word of employment before "at" makes the capitalised words after it an employer.
  ['He previously worked at Zorbtronic Animation on render pipelines.', ['Organization:Zorbtronic Animation']],
  // A capitalised role, then a comma or an at sign, then capitalised words that end the card: the employer.
  ['Presented by Ilvoren Parrenko (Lead Developer, Zorbit Quux) and Zbignar Qweriti (Technical Director @ Plonkworks).', ['Organization:Plonkworks', 'Organization:Zorbit Quux', 'Person:Ilvoren Parrenko', 'Person:Zbignar Qweriti']],
  // ... and "chez", "bei", "presso" say "at" in French, German and Italian.
  ['Il a fait une mission chez Zorbeo, puis bei Plonkwerk.', ['Organization:Zorbeo', 'Organization:Plonkwerk']],
  ['We run Kubernetes with Prometheus for monitoring.', ['Project:Kubernetes', 'Project:Prometheus']],
  ["CoreOS' rkt is security-minded and CRI compatible.", ['Organization:CoreOS', 'Project:CRI', 'Project:rkt']],
  ["AWS's new service Fargate runs containers without nodes.", ['Organization:Amazon Web Services', 'Project:AWS Fargate']],
  ['Last year Heptio Ark got a new name.', ['Project:Velero']],
  ['The k8s community loves Helm charts.', ['Project:Helm', 'Project:Kubernetes']],
  ['Rook is a storage orchestrator that runs on Kubernetes.', ['Project:Kubernetes', 'Project:Rook']],
  ['We deployed Envoy as an edge proxy.', ['Project:Envoy']],
  // A company's name of two everyday words, written with its capitals mid-sentence, says itself.
  ['I talked to the New Relic crew about tracing.', ['Organization:New Relic']],
  // A given name that is an everyday word too, before a surname of no everyday word, opens a name mid-sentence.
  ['The talk by Gene Zorbin was the best one.', ['Person:Gene Zorbin']],
  // Standards bodies and foundations by their usual short names.
  ['The spec comes from the WHATWG, not the W3C or the IETF; NumFOCUS funds it.', ['Organization:WHATWG', 'Organization:W3C', 'Organization:IETF', 'Organization:NumFOCUS']],
  // A list's comma ends a name: two names, not the one that writes them together ("Mozilla Firefox").
  ['Browsers by Mozilla, Firefox and Safari ship it today.', ['Organization:Mozilla', 'Project:Firefox']],
  // (unless the name writes the comma itself).
  ['The booth of Docker, Inc. was busy all day.', ['Organization:Docker Inc']],
  // A query language's or a bytecode's specification is a named piece of technology, unlike a programming language.
  ['The API speaks GraphQL and the plugins compile to WebAssembly.', ['Project:GraphQL', 'Project:WebAssembly']],
  ['Intel(c) Clear Containers start in milliseconds.', ['Project:Intel Clear Containers']],
  ['The Cloud Native Computing Foundation hosts both.', ['Organization:CNCF']],
  ['Storage via CNCF/Kubernetes courses.', ['Organization:CNCF', 'Project:Kubernetes']],
  ['We tried Isitio and Enovy in production.', ['Project:Envoy', 'Project:Istio']],
  ['Later Kelsey Hightower showed a demo on stage.', ['Person:Kelsey Hightower']],
  // A name that writes its own "'s" goes on past it.
  ["A great summary of the first weeks of Let's Encrypt, a free certificate authority.", ['Project:Let\'s Encrypt']],
  // An Apache project by its name without the foundation's.
  ['We indexed everything with Lucene and scheduled it with Airflow.', ['Project:Apache Airflow', 'Project:Apache Lucene']],
  // AngularJS, the 1.x framework, is a project of its own.
  ['We moved from AngularJS to Angular last year.', ['Project:Angular', 'Project:AngularJS']],
  ['Platform9 has a project named Zorblax that cleans namespaces.', ['Organization:Platform9', 'Project:Zorblax']],
  // A coined lowercase word before a package's noun, after a maker's word or beside a software phrase is a tool.
  ['Yesterday I updated the zorbr package for the talk.', ['Project:zorbr']],
  ['He gave a shout out to plonkrus, the best walrus-themed logging library.', ['Project:plonkrus']],
  ['Ann Lee (creator of Quuxhttp) spoke about types.', ['Project:Quuxhttp']],
  ['There was Zorbinthe, a GraphQL library for Elixir.', ['Project:Zorbinthe']],
  ['Yesterday Frobnicate Labs opened its doors.', ['Organization:Frobnicate Labs']],
  // Everyday words before "Corporation" still name the body.
  ['She spoke for the National Payments Corporation of the country.', ['Organization:National Payments Corporation']],
  ['Scaling with ZooKeeperish needs care.', ['Project:ZooKeeperish']],
  ['We sandbox pods with gVisor and watch them with cAdvisor.', ['Project:cAdvisor', 'Project:gVisor']],
  ['The open policy agent decides who may deploy.', ['Project:Open Policy Agent']],
  ['The keynote by Priyanka Sharma was about GitLab.', ['Person:Priyanka Sharma', 'Organization:GitLab']],
  ['Tom showed how Cortex stores metrics for the long term.', ['Project:Cortex']],
  ['Check the GitOps talk by Alexis Richardson, CEO of Weaveworks.', ['Person:Alexis Richardson', 'Organization:Weaveworks']],
  ['Our GPUs come from Nvidia and the coffee from Starbucks.', ['Organization:NVIDIA', 'Organization:Starbucks']],
  // Where someone works names a company: a platform's name too, and one of everyday words the post need not confirm.
  ['Maria Gonzalez is a Staff Engineer at LinkedIn on the capacity team.', ['Organization:LinkedIn']],
  ['Before that she worked at Yelp for years.', ['Organization:Yelp']],
  ['Ivo, a backend engineer for Yelp, showed the checks.', ['Organization:Yelp']],
  // A name of everyday words, written with its capitals right after a verb of using it, is that product.
  ['The docs team started using Sphinx for the manual.', ['Project:Sphinx']],
  ['We deployed Flutter on the kiosks.', ['Project:Flutter']],
  // An unknown name right after "at" or "from" is where someone works or comes from; "from X to" names a project.
  ['Two engineers at Zorbletta showed their pipeline.', ['Organization:Zorbletta']],
  ['Ann Lee from Quuxora talked about pagers.', ['Organization:Quuxora']],
  ['They moved from Plonkdb to a managed store.', ['Project:Plonkdb']],
  // After a person's name and "from", or a role and "at", up to three capitalised words, everyday ones among them.
  ['Then Maria Gonzalez from Quuxby Bank showed the ledger.', ['Organization:Quuxby Bank']],
  ['He is the CTO at Plonk River Trading and likes graphs.', ['Organization:Plonk River Trading']],
  // Universities, colleges and institutes by the word that ends their name.
  ['She studied at Plonkville University and the Quux Institute.', ['Organization:Plonkville University', 'Organization:Quux Institute']],
  ['Promtail ships logs to Loki and we deployed Zorblax.', ['Project:Promtail', 'Project:Zorblax']],
  ['OpenTelemetry is the merger of OpenTracing and OpenCensus.', ['Project:OpenTelemetry', 'Project:OpenTracing', 'Project:OpenCensus']],
  // A library by its language's package suffix.
  ['The charts are drawn with Zorb.js and fitted in Quux.jl.', ['Project:Zorb.js', 'Project:Quux.jl']],
  // Everyday-word names at sentence start, confirmed by a product predicate.
  ['Nomad is an alternative to Kubernetes for batch jobs.', ['Project:Kubernetes', 'Project:Nomad']],
  ['Packer builds machine images for many clouds.', ['Project:Packer']],
  ['Vagrant and Packer were created by HashiCorp.', ['Organization:HashiCorp', 'Project:Packer', 'Project:Vagrant']],
  ['We tried the Operator SDK and Argo Rollouts.', ['Project:Argo Rollouts', 'Project:Operator SDK']],
  ['Chainguard maintains Wolfi, a distro for containers.', ['Organization:Chainguard', 'Project:Wolfi']],
  ['We moved to San Diego, where Diego Perez runs Kubernetes.', ['Person:Diego Perez', 'Project:Kubernetes']],
  // A nickname in quotes is no part of the name.
  ['To kick off, the CTO Andrew "Zorbo" Bosworthy shared a welcome.', ['Person:Andrew Bosworthy']],
  // A byline in a headline-style line: a name, a dash and a role.
  ['Michelle Noorbali - Software Developer @ Microsoft', ['Person:Michelle Noorbali']],
  // A middle initial: "C." is no language there.
  ['Then Kemp C. Doddsworth talked about testing.', ['Person:Kemp C. Doddsworth']],
  // A first name the lexicon knows only as a one-name celebrity's, before a surname: one person, not two.
  ['She quoted Kent Zorbel and later Taylor Plonkett on testing.', ['Person:Kent Zorbel', 'Person:Taylor Plonkett']],
  ['Later Vicente J. Jimenez Mirasol spoke.', ['Person:Vicente J. Jimenez Mirasol']],
  // An acronym inside or at the end of a capitalised word, or before one, names software as a CamelCase word does.
  ['We profiled it with QXPlonk and typed the schema with TypeZorbQL.', ['Project:QXPlonk', 'Project:TypeZorbQL']],
];

const notFound: Array<[string, string[]]> = [
  // A role in lowercase in a list of things is no card: "(owner, SLAs, etc)" names no employer.
  ['A catalog should hold every app with its details (owner, SLAs, etc) in it.', ['Organization:SLAs']],
  // ... nor are the words after a card's role and comma an employer when the card goes on with more words.
  ['Ann Lee (Lead Developer, Zorbit Quux team member since 2019) spoke.', ['Organization:Zorbit Quux']],
  // A long mixed-case token is no name, and reading it stays linear (a pattern with nested groups over its lowercase run
  // would backtrack for ever: the test would time out).
  [`See AbCD${'a'.repeat(34)}9 and Ab${'CDe'.repeat(300)}9 here.`, [`Project:AbCD${'a'.repeat(34)}9`, `Project:Ab${'CDe'.repeat(300)}9`]],
  // An acronym's plural or verb form, a generated id and a handle are no names.
  ['The PDSes and SDKs kept DDoSing us; see TtAhvWFlza and ask @ZorbPlonk.', ['Project:PDSes', 'Project:DDoSing', 'Project:TtAhvWFlza', 'Project:ZorbPlonk', 'Project:@ZorbPlonk']],
  // Practices named "-Ops" are no projects.
  ['We talked about FinOps, DevSecOps and CloudOps all day.', ['Project:FinOps', 'Project:DevSecOps', 'Project:CloudOps']],
  // ... once is a word capitalised, not yet a name the post uses.
  ['We rewrote the app in Flutter last year.', ['Project:Flutter']],
  // A rarer English word that is a project's short name is that word in lowercase.
  ['Declarative programming is a superset of functional programming.', ['Project:Apache Superset']],
  ['We met the team at ZorbCON and PlonkDAYS.', ['Project:ZorbCON', 'Project:PlonkDAYS']],
  // Adjectives, verbs, compounds of words and handles beside software nouns are no names.
  ['It ships as a standalone library now.', ['Project:standalone']],
  ['As the title suggets, the tools used are simple.', ['Project:suggets']],
  ['A talk about @zorb_io, the sandboxed project of the foundation.', ['Project:@zorb_io', 'Project:zorb_io']],
  ['We picked the open-source library for that.', ['Project:open-source']],
  ['Will Kubernetes replace it? Mark Down the date. Mark Zorbinski Plonk it.', ['Person:Will Kubernetes', 'Person:Mark Down', 'Person:Mark Zorbinski']],
  ['The party was at Zorbtronic Animation last night.', ['Organization:Zorbtronic Animation']],
  ['Then Kemp C. Doddsworth talked about testing.', ['Project:C', 'Person:Kemp']],
  ['She quoted Kent Zorbel on testing. The Drake Equation was on a slide.', ['Person:Kent', 'Person:Zorbel', 'Person:Drake Equation']],
  ['See Section A. Then we left. Plan B. Later it rained.', ['Person:Section A. Then', 'Person:Plan B. Later']],
  ['Michelle Obama Scaling And Sharing Big Clusters Today', ['Person:Michelle Obama Scaling']],
  ['Pick the right kind of storage for the job.', ['Project:kind']],
  ['Edit index.js and restart the server.', ['Project:index.js']],
  ['The harbor was calm and the helm was steady.', ['Project:Harbor', 'Project:Helm']],
  ['We met at KubeCon and CloudNativeCon in Austin.', ['Project:KubeCon', 'Organization:KubeCon']],
  ['Pods, Deployments and StatefulSets are API objects.', ['Project:Pod', 'Project:Deployment', 'Project:StatefulSets']],
  ['We wrote it in Go and YAML over HTTP and DNS.', ['Project:Go', 'Project:YAML', 'Project:HTTP', 'Project:DNS']],
  ['Standard Library support was discussed at length.', ['Project:Standard Library']],
  // (nor an everyday given name before an everyday word, as a language's name, or opening a question)
  ['Our team reads about Ray Tracing and Ruby Zorbers.', ['Person:Ray Tracing', 'Person:Ruby Zorbers']],
  ['We met the Gene Puppets group.', ['Person:Gene Puppets']],
  ['Will Zorbia replace Linux next year?', ['Person:Will Zorbia']],
  // (a framework's short word is no foundation's)
  ['Our Vue SFC setup is small.', ['Organization:Software Freedom Conservancy']],
  // (nor mid-sentence: a little-known product's name of everyday words is mostly those words)
  ['Nobody agreed on a Standard Library for it.', ['Project:Standard Library']],
  ['Enjoy the party and the steady music.', ['Project:Envoy']],
  ['The Kubex team and the Harbour cafe were nearby.', ['Project:Kubernetes', 'Project:Harbor']],
  ['Shipping containers arrived in Texas on Friday.', ['Project:Texas', 'Person:Texas']],
  // A platform is no entity where nobody works: "on LinkedIn", "a LinkedIn post"; nor is a longer name's first word.
  ['Follow me on LinkedIn and read my LinkedIn post.', ['Organization:LinkedIn']],
  ['We looked for Yelp reviews, and asked for Square numbers.', ['Organization:Yelp', 'Organization:Square']],
  ['Her keynote at Keep Zorb Weird was fun.', ['Organization:Keep', 'Project:Keep']],
  ['Some of us flew in from Hong Kong and New York.', ['Organization:Kong', 'Project:Kong']],
  ['Summer is here. Fall is coming.', ['Person:Summer', 'Project:Fall']],
  ['KubeCon: Keynote Day Shot', ['Project:Shot']],
  ['Janet uses Kubernetes daily and Austin uses a lot of power.', ['Project:Janet', 'Project:Austin']],
  ['Every coder needs a good traversal algorithm and a gatekeeper.', ['Organization:Coder', 'Organization:Traversal', 'Project:OPA/Gatekeeper']],
  ['we run a service mesh with a gitops controller and a certificate manager.', ['Project:cert-manager', 'Project:Service Mesh Interface']],
  // One-word event names are not entities; a product predicate is needed for an everyday word.
  ['See you at DevOpsDays Chicago and SREcon next year.', ['Project:DevOpsDays', 'Organization:DevOpsDays', 'Project:SREcon', 'Organization:SREcon']],
  ['HashiConf and GopherCon were fun; the Falcon lander was not there.', ['Project:HashiConf', 'Project:GopherCon']],
  ['Nomad life is hard when you packer your bags daily.', ['Project:Nomad', 'Project:Packer']],
  // Without a verb of using it, such a name needs the post to confirm it.
  ['Riddles from the Sphinx were old and we were using riddles.', ['Project:Sphinx']],
  // After "at" or "from": no event, acronym, everyday word, place or longer name.
  ['We met at Plonkcon and flew home from Zorbconf.', ['Organization:Plonkcon', 'Organization:Zorbconf']],
  ['Nothing came from PRs at IBMX or from Plonk2021 at Christmas.', ['Organization:PRs', 'Organization:IBMX', 'Organization:Plonk2021', 'Organization:Christmas']],
  ['She came from Texas at Quux Zorbletta Labs.', ['Organization:Texas', 'Organization:Quux']],
  // Everyday words before a suffix that is also a kind of thing name that kind.
  ['Testing in distributed systems: Debugging Distributed Systems and Secure Web Application Systems.', ['Organization:Debugging Distributed Systems', 'Organization:Distributed Systems', 'Organization:Secure Web Application Systems']],
  ['Maria Gonzalez from San Diego met the CTO at Plonkcon Europe in March.', ['Organization:San Diego', 'Organization:Plonkcon Europe', 'Organization:Plonkcon']],
  ['We drove from Quuxby Bank to Zorb Town at night.', ['Organization:Quuxby Bank', 'Organization:Zorb Town']],
  ['At Zorbletta we grill. From Quuxora came nothing.', ['Organization:Zorbletta', 'Organization:Quuxora']],
  // Places, not people: a multi-word place and a one-word name in a place's position.
  ['I flew to San Diego and then to Austin.', ['Person:Diego', 'Person:Austin']],
  ['Nobody maintains Friday lunches here.', ['Project:Friday']],
  ['Snow is rare in Texas, Austin said nobody.', ['Person:Austin']],
  // Analogies and generic plurals after a project name are not new entities.
  ['Kubernetes is the Linux of the cloud, say the Kubernetes Partners.', ['Project:Linux of the cloud', 'Organization:Kubernetes Partners', 'Project:Kubernetes Partners']],
  ['Set runAsNonRoot and readOnlyRootFilesystem, and avoid hostPath or emptyDir volumes.', ['Project:runAsNonRoot', 'Project:readOnlyRootFilesystem', 'Project:hostPath', 'Project:emptyDir']],
  ['The so-called wave is backed by open-source tools, see pic.twitter.com/wgXPpMvszD for the slide.', ['Project:so-called', 'Project:open-source', 'Project:wgXPpMvszD']],
];

describe('findEntities: must find', () => {
  it.each(found)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe('findEntities: must not find', () => {
  it.each(notFound)('%s', (text, forbidden) => {
    const got = names(text);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

// People no first-name lexicon knows, vouched for by the words around them; and shapes no cue makes a person.
const cuedPeople: Array<[string, string[]]> = [
  ['Later, Zbignar Qweriti (co-founder and CEO of Weaveworks) opened the day.', ['Person:Zbignar Qweriti']],
  ['Dinner with Zbignar Qweriti was a nice community event.', ['Person:Zbignar Qweriti']],
  ['The best one was the demo by Zbignar Qweriti, the highest rated session.', ['Person:Zbignar Qweriti']],
  ['Zbignar Qweriti from Lyft described their streaming platform.', ['Person:Zbignar Qweriti']],
  ['First up was Zbignar Qweriti, Software Engineer at Weaveworks, who joined last year.', ['Person:Zbignar Qweriti']],
  ['Zbignar Qweriti (@zq) is a consultant.', ['Person:Zbignar Qweriti']],
  ['I did not see any Zbignar Qweriti talks this year.', ['Person:Zbignar Qweriti']],
  ['Ilvoren Parrenko and Zbignar Qweriti (staff engineers at Acme) presented it.', ['Person:Ilvoren Parrenko', 'Person:Zbignar Qweriti']],
  ['Thanks to Ilvoren Parrenko, Zbignar Qweriti and Kelsey Hightower for the booth.', ['Person:Ilvoren Parrenko', 'Person:Kelsey Hightower', 'Person:Zbignar Qweriti']],
  ['Following Tim, Zbignar Qweriti (co-founder of Acme) spoke.', ['Person:Zbignar Qweriti']],
  ['> Bad programmers worry about the code.\n>\n> -- Zbignar Qweriti', ['Person:Zbignar Qweriti']],
  ['> Simple is not easy.\n>\n> — Ilvoren Parrenko, Acme', ['Person:Ilvoren Parrenko']],
  // A role in apposition vouches for one everyday word in the name.
  ['Just before the party, Maxim Qweriti, CEO of Zorbco, announced the product.', ['Person:Maxim Qweriti']],
  // A headline's capitals say nothing, but the list after its "by" holds names.
  ['- Zorb Up & Running, Dive into the Future of Plonk by Kelsey Hightower, Joe Zorbeda & Ann Lee', ['Person:Kelsey Hightower', 'Person:Joe Zorbeda', 'Person:Ann Lee']],
];

const notPeople: Array<[string, string[]]> = [
  ['Then Lessons Learned, the CEO of Zorbco, wrote a note; Market Square Garden, the founder of Quux, did too.', ['Person:Lessons Learned', 'Person:Market Square Garden']],
  ['Following Tim, Zbignar Qweriti (co-founder of Acme) spoke.', ['Person:Tim Zorka']],
  ['After Pia left, Lessons Learned (a talk) was shown by Continuous Delivery experts.', ['Person:After Pia', 'Person:Lessons Learned', 'Person:Continuous Delivery']],
  ['Ilvoren Parrenko from Saxo Bank and Zbignar Qweriti from Acme shared their thoughts.', ['Person:Saxo Bank']],
  ['We used Spring Boot with Apache Camel from Red Hat.', ['Person:Spring Boot', 'Person:Apache Camel']],
  ['The sprint by NumPy DevSprint (@numpy) and PyCon India (@pycon) was fun.', ['Person:NumPy DevSprint', 'Person:PyCon India']],
  ['Zbignar Qweriti had a great dive into the challenges.', ['Person:Zbignar Qweriti']],
  ['We compared two designs -- Continuous Delivery versus Batch Releases in practice.', ['Person:Continuous Delivery']],
];

// A list holds things of one kind: a name-shaped neighbour of a known project or company is one too.
// Names from the general brand list: well-known software and companies outside the landscape, found as written,
// and never a word of a person's name.
const brands: Array<[string, string[]]> = [
  ['We trained the models with Keras and spaCy in PyCharm.', ['Project:Keras', 'Project:PyCharm', 'Project:spaCy']],
  ['The team picked React Native for the mobile app.', ['Project:React Native']],
  ['Lena Vega showed the new release.', ['Person:Lena Vega']],
  ['Max Olander, a staff engineer, explained the design.', ['Person:Max Olander']],
  // Notes write tools in lowercase: a one-word brand that is no English word, nor a person's or place's name.
  ['- switched my terminal to alacritty last week', ['Project:Alacritty']],
  // ... or recased with only its first letter capital, when the brand has capitals inside.
  ['- Vectorize with Numpy, then print it with Octoprint', ['Project:NumPy', 'Project:OctoPrint']],
  // A brand's everyday word written with its capitals mid-sentence, between lowercase words, in two sentences.
  ['Is Flutter coming to the desktop? Small teams should use Flutter today.', ['Project:Flutter']],
  // ... an acronym after it is no word of a longer name.
  ['Each session runs in a dedicated Flutter VM. The app runs in Flutter VM per user.', ['Project:Flutter']],
];
const notBrands: Array<[string, string[]]> = [
  ['Lena Vega showed the new release.', ['Project:Vega']],
  ['Max Olander, a staff engineer, explained the design.', ['Project:Max']],
  ['The controller works on a meta level.', ['Project:Meta', 'Organization:Meta']],
  ['React Native Apps Without Pain', ['Project:React Native']],
  ['Later Qwerta Vega presented the release.', ['Project:Vega']],
  ['The PHP engine comes from Zend Technologies.', ['Project:Zend']],
  // Lowercase: a technical word a brand shares, and a surname.
  ['- see the readme for the loopback address', ['Project:ReadMe', 'Project:LoopBack']],
  ['- listened to vivaldi on the train', ['Project:Vivaldi']],
  // ... recased: a brand of one capital only is the word ("Meta" as "META"), and a short one stays as written.
  ['- the META tags of the page, and the Npm of it', ['Project:Meta', 'Organization:Meta']],
  // ... once only, or as part of a longer capitalised phrase, it says nothing.
  ['Small teams should use Flutter today.', ['Project:Flutter']],
  ['We met at the Flutter Summit. Next year the Flutter Summit moves to May.', ['Project:Flutter']],
];

describe('findEntities: brand-list names', () => {
  it.each(brands)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(notBrands)('not: %s', (text, forbidden) => {
    for (const f of forbidden) expect(names(text)).not.toContain(f);
  });
});

const vendorServices: Array<[string, string[]]> = [
  ['Amazon Zorbena is an interactive query service and Amazon QMR runs Spark.', ['Project:Amazon Zorbena', 'Project:Amazon QMR']],
  ['The team wired AWS CodeZorb into the pipeline.', ['Project:AWS CodeZorb']],
  ['Logs land in Azure Plonkinel for the security team.', ['Project:Azure Plonkinel']],
  ['They wore Google Zorbglass and built with the Android ZDK.', ['Project:Google Zorbglass', 'Project:Android ZDK']],
  // In prose a vendor's service is named by everyday words too, and by up to three of them.
  ['Backups go through AWS Anchor Vault and alerts through Amazon Lantern.', ['Project:AWS Anchor Vault', 'Project:Amazon Lantern']],
  ['Amazon Polly reads the text aloud.', ['Project:Amazon Polly']],
];
const notVendorServices: Array<[string, string[]]> = [
  ['We met at the AWS Summit and an AWS Hero joined.', ['Project:AWS Summit', 'Project:AWS Hero']],
  ["Amazon's Tim Wagner showed the demo.", ["Project:Amazon's Tim"]],
  ['Cloud providers: AWS - Paul, Azure - Rita.', ['Project:AWS - Paul', 'Project:Azure - Rita']],
  ['At Amazon Jeff Barr announced it.', ['Project:Amazon Jeff']],
  ['A Google Developer Expert and a Microsoft MVP compared Google SaaS with Microsoft PaaS.', ['Project:Google Developer', 'Project:Microsoft MVP', 'Project:Google SaaS', 'Project:Microsoft PaaS']],
  ['Amazon Machine Learning and AWS Solutions Architects helped.', ['Project:Amazon Machine', 'Project:AWS Solutions']],
  // A vendor's conference, lab or people, an everyday plural, a first name further on, and a headline's capitals.
  ['We flew to Microsoft Build and met a Google Customer Engineer from Google Research.', ['Project:Microsoft Build', 'Project:Google Customer', 'Project:Google Research']],
  ['The Azure Booths were busy all day.', ['Project:Azure Booths']],
  ['Then AWS Lantern Ann Lee took the stage.', ['Project:AWS Lantern Ann', 'Project:AWS Lantern Ann Lee']],
  ['Amazon Lantern Deep Dive With Friends', ['Project:Amazon Lantern Deep', 'Project:Amazon Lantern Deep Dive']],
  ['I met them at ZorbCamp and at PyZorbCon UK, then at PlonkCon Europe 2019.', ['Project:ZorbCamp', 'Organization:ZorbCamp', 'Project:PyZorbCon UK', 'Organization:PyZorbCon UK', 'Project:PlonkCon Europe 2019']],
  ['Slides from Zorb Conf 2012 and the Plonk Data Summit are online.', ['Project:Zorb Conf 2012', 'Organization:Zorb Conf 2012', 'Project:Plonk Data Summit', 'Organization:Plonk Data Summit']],
];

describe('findEntities: a cloud vendor\'s services by the vendor\'s name', () => {
  it.each(vendorServices)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(notVendorServices)('not: %s', (text, forbidden) => {
    const got = names(text);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

const listed: Array<[string, string[]]> = [
  ['We store data in HDFS, Zorbex, Kafka and Spark.', ['Project:Zorbex', 'Project:HDFS']],
  ['Data lives in Spark and HDFS.', ['Project:HDFS']],
  ['We talked to Red Hat, Qwertify and SUSE.', ['Organization:Qwertify']],
  ['Engineers from Zorbit JPL, Qwantor, Apple, Walmart & Netflix spoke.', ['Organization:Apple', 'Organization:Qwantor']],
  // A line of tags: known names side by side, two of them sure; an everyday-word name among them is one too.
  ['2:05 am → 30 min, Ann Lee; Boundary Terraform Vault', ['Project:Boundary']],
];
const notListed: Array<[string, string[]]> = [
  ['We run Kubernetes, Docker and Friends.', ['Project:Friends']],
  ['We talked to Red Hat, Qwertify and SUSE about Java, Python and Go.', ['Project:Java', 'Project:Python']],
  ['Speakers came from Google, Kelsey and Brendan teams.', ['Organization:Kelsey', 'Organization:Brendan']],
  ['Thanks to RedHat, Inc. and the CEO, CTO and Eng Dir of Google.', ['Organization:Inc', 'Organization:CEO', 'Organization:Eng Dir', 'Organization:CTO']],
  ['Prodan, Weaveworks maintainer, was there.', ['Organization:Prodan']],
  ['The Operator SDK from CoreOS and Zorbuilder both generate controllers.', ['Organization:Zorbuilder']],
  ['KubeCon Talk: Colocation, AWS side by side', ['Organization:Colocation']],
  ['We compared Elasticsearch/Elastic-Stack-as-a-service offers.', ['Project:Elastic-Stack-as-a-service']],
  // Two names side by side are a phrase, not a list of tags.
  ['Set a Boundary Terraform module up.', ['Project:Boundary']],
  // A word of a longer name in the list is no item of it: "Software" (a company's short name) stays unconfirmed.
  ['Stands: the Eclipse Foundation, Software Freedom Conservancy and Fedora.', ['Organization:Software AG']],
];

describe('findEntities: names in a list beside a known name', () => {
  it.each(listed)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(notListed)('not: %s', (text, forbidden) => {
    const got = names(text);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
});

describe('findEntities: people by the words around them', () => {
  it.each(cuedPeople)('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });
  it.each(notPeople)('not: %s', (text, forbidden) => {
    const got = names(text);
    for (const f of forbidden) expect(got).not.toContain(f);
  });
  it('reads a link to a profile page as a person even when the name is of everyday words', () => {
    const post = postOf({ text: 'A shoutout to Charity Stone for the notes.', links: [{ text: 'Charity Stone', href: 'https://twitter.com/cstone' }] });
    expect(findEntities(post, []).map((m) => `${m.type}:${m.name}`)).toContain('Person:Charity Stone');
    const repo = postOf({ text: 'A shoutout to Charity Stone for the notes.', links: [{ text: 'Charity Stone', href: 'https://github.com/acme/charity-stone' }] });
    expect(findEntities(repo, []).map((m) => `${m.type}:${m.name}`)).not.toContain('Person:Charity Stone');
  });
});

describe('findEntities: speakers\' organizations', () => {
  const talk = (organization: string | null): TalkRecord => ({
    sectionIndex: 0, heading: 'Platforms - Kaspar Berg, CEO, Org', title: 'Platforms', kind: 'talk', day: null, level: null, video: null,
    speakers: [{ name: 'Kaspar Berg', role: 'CEO', organization }],
  });
  const orgs = (text: string, organization: string | null): string[] =>
    findEntities(postOf(text), [talk(organization)]).filter((m) => m.type === 'Organization').map((m) => m.name);

  it('finds an organization unknown to the gazetteer in prose when a heading named it', () => {
    expect(orgs('Zorbotec builds a platform orchestrator.', 'Zorbotec')).toEqual(['Zorbotec']);
  });

  it('matches the organization only as written, and never a lowercase heading value', () => {
    expect(orgs('The zorbotec team builds a platform orchestrator.', 'Zorbotec')).toEqual([]);
    expect(orgs('We work independent of any vendor.', 'independent')).toEqual([]);
  });
});

describe('findEntities: mention details', () => {
  it('keeps the surface form, the section and the sentence', () => {
    const [m] = findEntities(postOf('Intro text.', 'Nothing here. Yesterday we tried Isitio on a cluster.'), []);
    expect(m).toMatchObject({ entityId: 'project:istio', surface: 'Isitio', sectionIndex: 1, sentence: 'Yesterday we tried Isitio on a cluster.' });
  });

  it('resolves a misspelling even where a cue would make it a new name', () => {
    const got = findEntities(postOf('Envoy is fast.', 'They will replace it with the Enovy proxy project soon.'), []);
    expect(got.filter((m) => m.sectionIndex === 1).map((m) => [m.name, m.surface])).toEqual([['Envoy', 'Enovy']]);
  });

  it('finds repositories and homepages named only by link targets', () => {
    const post = postOf({ text: 'See the repos below.', links: [
      { text: 'here', href: 'https://github.com/heptio/contour' },
      { text: 'that', href: 'https://github.com/someone/quuxctl' },
      { text: 'site', href: 'http://cri-o.io/' },
    ] });
    const got = findEntities(post, []).map((m) => m.name).sort();
    expect(got).toEqual(['CRI-O', 'Contour', 'quuxctl']);
  });

  it('takes no project from a repository of talk material', () => {
    const post = postOf({ text: 'Slides and code are online.', links: [
      { text: 'slides', href: 'https://github.com/someone/kubecon-slides' },
      { text: 'all talks', href: 'https://github.com/conf/2015-talks' },
      { text: 'demo', href: 'https://github.com/someone/envoy-demo' },
      { text: 'code', href: 'https://github.com/someone/zorbex-2015-opencv' },
      { text: 'repo', href: 'https://github.com/someone/zorbx-december-2015' },
      { text: 'examples', href: 'https://github.com/someone/testing-times-in-zorbscript' },
      // A repository named for an event and its year, and one document inside a repository no list knows.
      { text: 'my notes', href: 'https://github.com/someone/zorbcon24/blob/master/talks/QuuxDecryption.md' },
      { text: 'notes', href: 'https://github.com/someone/plonkworks/blob/main/notes/day-1.md' },
    ] });
    expect(findEntities(post, []).map((m) => m.name)).toEqual([]);
  });

  it('still takes a project from a repository named with everyday joining words', () => {
    const post = postOf({ text: 'The plugin is online.', links: [{ text: 'plugin', href: 'https://github.com/zorbco/tiered-storage-for-zorbstream' }] });
    expect(findEntities(post, []).map((m) => m.name)).toEqual(['tiered-storage-for-zorbstream']);
  });

  it('accepts a little-known everyday-word name only when the post confirms it', () => {
    const lone = findEntities(postOf('We value Distribution over centralization.'), []).map((m) => m.name);
    expect(lone).not.toContain('Distribution');
    const linked = postOf({ text: 'We value Distribution over centralization.', links: [{ text: 'repo', href: 'https://github.com/distribution/distribution' }] });
    expect(findEntities(linked, []).filter((m) => m.name === 'Distribution').map((m) => m.surface)).toContain('Distribution');
  });

  it('finds speakers named in the body', () => {
    const talks = [{ sectionIndex: 0, heading: '', title: 't', kind: 'talk' as const, day: 1, level: null, video: null, speakers: [{ name: 'Zyx Qwerty', role: null, organization: null }] }];
    const got = findEntities(postOf('Then Zyx Qwerty explained the design.'), talks).map((m) => `${m.type}:${m.name}`);
    expect(got).toContain('Person:Zyx Qwerty');
  });

  it('reads a link to a profile page as naming the person, not the platform', () => {
    const got = findEntities(postOf('Talk by [Ann Lee](https://www.linkedin.com/in/ann-lee/) and [Bo](https://medium.com/@bo/notes).'), []).map((m) => m.name);
    expect(got).not.toContain('LinkedIn');
    expect(got).not.toContain('Medium');
  });

  it('reads "Apache X" as the project X, not the foundation and a project', () => {
    const got = findEntities(postOf('Apache SkyWalking traces the calls.'), []).map((m) => `${m.type}:${m.name}:${m.surface}`);
    expect(got).toEqual(['Project:SkyWalking:Apache SkyWalking']);
  });

  it('reads "Apache X" as a project of the foundation when the gazetteer lacks X, but not the foundation\'s license', () => {
    const got = findEntities(postOf('We store Apache Parquet files under the Apache License.'), []).map((m) => `${m.type}:${m.name}`);
    expect(got).toContain('Project:Apache Parquet');
    expect(got).not.toContain('Project:Apache License');
  });

  it.each([
    ['we run kvm and packer images', ['Project:KVM', 'Project:Packer']],
    ['terraform, packer and vault do the work', ['Project:Packer', 'Project:Terraform', 'Project:Vault']],
    ['we ate a packer lunch and moved on like a nomad', []],
  ])('reads lowercase note-style names only when listed beside a name: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['use git repositories so several people can collaborate', ['Project:Git']],
    ['we keep everything in Git', ['Project:Git']],
    ['legit results from a digital twin', []],
  ])('reads a well-known tool written lowercase, as notes write it, and not inside other words: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['we ran it on the JVM under Unix, and it crashed Internet Explorer', ['Project:Internet Explorer', 'Project:Java Virtual Machine', 'Project:Unix']],
    ['the numbers lived in Excel until Log4j broke', ['Project:Log4j', 'Project:Microsoft Excel']],
    ['we had to excel at word games, and the unix-like shell helped', []],
  ])('reads well-known software the brand list lacks, as written: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reads a speaker's first name inside their talk as a mention of them, and not elsewhere", () => {
    const post = postOf('Right in the talk Jerry built a backend, and Liz\'s demo helped.');
    const talks = [{ sectionIndex: 0, heading: '', title: 't', kind: 'talk' as const, day: 1, level: null, video: null, speakers: [{ name: 'Jerry Dantonio', role: null, organization: null }, { name: 'Liz Rice', role: null, organization: null }] }];
    expect(findEntities(post, talks).map((m) => `${m.type}:${m.name}:${m.surface}`)).toEqual(['Person:Jerry Dantonio:Jerry', 'Person:Liz Rice:Liz']);
    expect(findEntities(post, []).map((m) => m.name)).not.toContain('Jerry Dantonio');
  });

  it('finds a speaker whose name has an unusual shape, and not a product in its first name', () => {
    const talks = [{ sectionIndex: 0, heading: '', title: 't', kind: 'talk' as const, day: 1, level: null, video: null, speakers: [{ name: 'AnnMarie Thomas', role: null, organization: null }] }];
    const got = findEntities(postOf('AnnMarie Thomas showed the robots.'), talks).map((m) => `${m.type}:${m.name}`);
    expect(got).toEqual(['Person:AnnMarie Thomas']);
  });
});

describe('findEntities: a family name\'s own word later in the post', () => {
  const mentionsOf = (...sections: string[]): string[] =>
    findEntities(postOf(...sections), []).map((m) => `${m.sectionIndex}:${m.name}:${m.surface}`);

  it.each([
    // The foundation's unknown product, named in full once: its word alone is the product after that, an everyday
    // word included, at a sentence's start too.
    [['We run Apache Meadow for batch jobs.', 'Queries hit Meadow first.'], '1:Apache Meadow:Meadow'],
    [['We run Apache Meadow for batch jobs.', 'Meadow is used as a library.'], '1:Apache Meadow:Meadow'],
    // A brand whose name is the word alone is the post's family product there.
    [['We store events in Apache Hive.', 'The old jobs still write to Hive every night.'], '1:Apache Hive:Hive'],
  ])('%j gives %s', (sections, expected) => {
    expect(mentionsOf(...sections)).toContain(expected);
  });

  it.each([
    // No full name in the post: the word is a word.
    [['Queries hit Meadow first.'], 'Meadow'],
    // A capitalised neighbour makes the word part of a longer name.
    [['We run Apache Meadow for batch jobs.', 'We met in the Meadow Room.'], 'Meadow'],
    // A vendor's platform word is no product of its own.
    [['We moved to Google Cloud last year.', 'The Cloud bill went down.'], 'Cloud'],
    // Two families name the word: it names neither for sure.
    [['Apache Zorbal and Amazon Zorbal differ.', 'Queries hit Zorbal first.'], 'Zorbal'],
    // A headline-style line says nothing by its capitals.
    [['We run Apache Meadow for batch jobs.', 'Meadow Tips And Tricks For Large Teams'], 'Meadow'],
  ])('not in %j: %s alone', (sections, word) => {
    expect(mentionsOf(...sections).filter((m) => m.startsWith('1:') && m.endsWith(`:${word}`))).toEqual([]);
  });
});

describe('findEntities: the post\'s own event', () => {
  const titled = (title: string, text: string): string[] => {
    const post = postOf(text);
    post.frontMatter.title = title;
    return [...new Set(findEntities(post, []).map((m) => `${m.type}:${m.name}`))].sort();
  };
  it('reads the event the post title names, without its year and place, as the event, no organization', () => {
    expect(titled('Zorbdev 2022', 'The team at Zorbdev did a great job, and Kubernetes was everywhere.')).toEqual(['Project:Kubernetes']);
    expect(titled('Zorbconf Lisbon 2018', 'The people at Zorbconf did a great job.')).toEqual([]);
  });
  it('keeps the name where the post names another event, and a known name whatever the title', () => {
    expect(titled('Plonkfest 2022', 'The team at Zorbdev did a great job.')).toEqual(['Organization:Zorbdev']);
    expect(titled('Kubernetes 2019', 'We run Kubernetes with Prometheus for monitoring.')).toEqual(['Project:Kubernetes', 'Project:Prometheus']);
  });
});
