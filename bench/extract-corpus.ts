/**
 * Generated conference posts for the extractor benchmark: varied dialects (YAML/TOML front matter, ATX/setext
 * headings, shortcodes, iframes, tables, lists, code) from templates and a seeded random source, so runs compare.
 */

const FIRST = ['Ann', 'Bo', 'Carla', 'Dmitri', 'Eve', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Keiko', 'Liam', 'Mia', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Ravi', 'Sofia', 'Tomasz'];
const LAST = ['Lee', 'Chen', 'Diaz', 'Ivanov', 'Moreau', 'Haddad', 'Mbeki', 'Tanaka', 'Silva', 'Berg', 'Sato', 'Byrne', 'Ortega', 'Karimi', 'Nair', 'Kowalski', 'Novak', 'Shankar', 'Rossi', 'Weber'];
const ORGS = ['Google', 'Red Hat', 'Microsoft', 'Heptio', 'CoreOS', 'Weaveworks', 'HashiCorp', 'Datadog', 'Shopify', 'Spotify', 'Intel', 'IBM', 'VMware', 'Tigera', 'Buoyant', 'Grafana Labs'];
const PROJECTS = ['Kubernetes', 'Prometheus', 'Envoy', 'Istio', 'Linkerd', 'Helm', 'etcd', 'containerd', 'CoreDNS', 'Fluentd', 'Jaeger', 'OpenTracing', 'Vault', 'Rook', 'Cilium', 'Argo', 'Flux', 'gRPC', 'Spinnaker', 'Terraform'];
const TOPICS = ['Scaling', 'Securing', 'Debugging', 'Observing', 'Operating', 'Migrating', 'Testing', 'Extending', 'Building', 'Running'];
const ROLES = ['Staff Engineer', 'CTO', 'Developer Advocate', 'Principal Engineer', 'Product Manager', 'SRE Lead'];
const SENTENCES = [
  '{P} integrates with {Q} through a small plugin that the team maintains.',
  'They showed how {P} is used at {O} to run thousands of services every day.',
  'The demo replaced {Q} with {P}, which cut latency by half.',
  '{O} maintains {P} and announced a new release with better {Q} support.',
  'A lot of questions were about running {P} next to {Q} in production.',
  'If you have not tried {P} yet, the getting started guide is a good place to begin.',
  '{P} implements the {Q} specification and is compatible with most tools.',
  'The speakers compared {P} and {Q} and explained when to pick which.',
];

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatePost(n: number, targetBytes: number): string {
  const rnd = random(n + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const videoId = (): string => Array.from({ length: 11 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[Math.floor(rnd() * 64)]).join('');
  const sentence = (): string => pick(SENTENCES).replace('{P}', pick(PROJECTS)).replace('{Q}', pick(PROJECTS)).replace('{O}', pick(ORGS));
  const year = 2015 + (n % 9);
  const out: string[] = n % 2 === 0
    ? ['---', `title: "KubeCon ${year} notes, part ${n}"`, `date: ${year}-05-0${1 + (n % 8)}`, 'tags: [kubecon, conferences]', '---', '']
    : ['+++', `title = "DevOpsDays ${year} recap ${n}"`, `date = ${year}-10-1${n % 9}`, 'tags = ["devops"]', '+++', ''];
  let day = 0;
  let size = out.join('\n').length;
  while (size < targetBytes) {
    const parts: string[] = [];
    if (day === 0 || rnd() < 0.1) parts.push(n % 3 === 0 ? `Day ${++day}\n======\n` : `## Day #${++day}\n`, `### ${rnd() < 0.5 ? 'Morning Keynotes' : 'Talks'}\n`);
    const level = pick(['', ' [B]', ' [I]', ' [A]', ' (Advanced Skill Level)']);
    const speakers = rnd() < 0.3 ? `${person()} & ${person()}, ${pick(ORGS)}` : `${person()}, ${pick(ROLES)}, ${pick(ORGS)}`;
    parts.push(`#### ${pick(TOPICS)} ${pick(PROJECTS)} at ${pick(ORGS)}${level} ${pick(['-', '–', '—'])} ${speakers}\n`);
    const embed = rnd();
    if (embed < 0.4) parts.push(`<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/${videoId()}" frameborder="0"></iframe>\n`);
    else if (embed < 0.7) parts.push(`{{< youtube ${videoId()} >}}\n`);
    for (let p = 0; p < 4; p++) {
      parts.push(Array.from({ length: 3 + Math.floor(rnd() * 4) }, sentence).join(' ') + '\n');
      const extra = rnd();
      if (extra < 0.2) parts.push(`{{< figure src="img${p}.jpg" title="KubeCon: ${pick(PROJECTS)} architecture" >}}\n`);
      else if (extra < 0.35) parts.push(`* ${sentence()}\n* See [${pick(PROJECTS)}](https://github.com/example/${pick(PROJECTS).toLowerCase()}) for details.\n`);
      else if (extra < 0.45) parts.push('```yaml\n# not a heading\napiVersion: v1\nkind: Pod\n```\n');
      else if (extra < 0.5) parts.push(`| Project | Status |\n|---|---|\n| ${pick(PROJECTS)} | graduated |\n`);
      else if (extra < 0.6) parts.push(`> ${sentence()}\n`);
    }
    const chunk = parts.join('\n');
    out.push(chunk);
    size += chunk.length + 1;
  }
  return out.join('\n');
}

/** `count` posts of about `totalBytes / count` bytes each. */
export function generateCorpus(count: number, totalBytes: number): string[] {
  return Array.from({ length: count }, (_, i) => generatePost(i, Math.ceil(totalBytes / count)));
}
