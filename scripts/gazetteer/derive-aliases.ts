/** Derives the general aliases of a landscape name: qualifiers dropped, abbreviations, repo names, dashed/joined variants. */

/** Parenthesised suffixes that qualify a landscape listing rather than name the thing. */
const QUALIFIERS = /\s*\((member|kcsp|kcntp|ktp|supporter|contributor|wasm|end user)\)\s*$/i;
const LEGAL_SUFFIX = /,?\s+(inc\.?|incorporated|corp\.?|corporation|co\.|ltd\.?|llc|gmbh|s\.a\.|ag|limited)$/i;

export interface SplitName {
  name: string;
  aliases: string[];
}

/** "Open Policy Agent (OPA)" -> name "Open Policy Agent", alias "OPA"; "Red Hat (member)" -> "Red Hat". */
export function splitLandscapeName(raw: string): SplitName {
  let name = raw.trim().replace(QUALIFIERS, '');
  const aliases: string[] = [];
  const abbr = /^(.*\S)\s*\(([^)]+)\)$/.exec(name);
  if (abbr?.[1] && abbr[2]) {
    name = abbr[1];
    const inner = abbr[2].replace(/^formerly\s+/i, '');
    aliases.push(inner);
  }
  return { name, aliases };
}

/** Aliases every name gets: legal suffix dropped, "X Project" -> X, dashed and joined variants. */
export function variantAliases(name: string, isOrg: boolean): string[] {
  const out = new Set<string>();
  if (isOrg) {
    const bare = name.replace(LEGAL_SUFFIX, '');
    if (bare !== name && bare.length >= 2) out.add(bare);
  }
  const projectLess = name.replace(/^project\s+(?=\S)/i, '').replace(/\s+project$/i, '');
  if (projectLess !== name && projectLess.length >= 3) out.add(projectLess);
  const words = name.split(/\s+/);
  if (words.length > 1 && words.length <= 4 && /^[\w.-]+$/.test(words.join(''))) {
    out.add(words.join('-').toLowerCase());
    out.add(words.join(''));
  }
  out.delete(name);
  return [...out];
}

/** Cloud vendors whose service names people shorten to the part after the vendor ("Amazon Kinesis" -> "Kinesis"). */
const CLOUD_VENDOR = /^(?:Amazon|AWS|Azure|Microsoft Azure|Google Cloud|Google|Alibaba Cloud|IBM Cloud|Oracle Cloud)\s+(\S+)$/;

/** The one-word service name a cloud vendor's product goes by, when that word is no everyday word. */
export function vendorlessAlias(name: string, isCommonWord: (w: string) => boolean): string | null {
  const rest = CLOUD_VENDOR.exec(name)?.[1];
  if (!rest || rest.length < 4 || isCommonWord(rest.toLowerCase())) return null;
  return rest;
}

/** A foundation's project that people name without the foundation ("Apache Lucene" -> "Lucene"). */
const FOUNDATION_PROJECT = /^Apache\s+(\S+)$/;

/** The one-word name an Apache project goes by, when that word is no everyday word ("Storm" and "Arrow" stay whole). */
export function foundationlessAlias(name: string, isCommonWord: (w: string) => boolean): string | null {
  const rest = FOUNDATION_PROJECT.exec(name)?.[1];
  if (!rest || rest.length < 3 || isCommonWord(rest.toLowerCase())) return null;
  return rest;
}

/** Repository names that say nothing about the project (monorepo conventions). */
const GENERIC_REPOS = new Set([
  'website', 'docs', 'documentation', 'community', 'core', 'server', 'client', 'cli', 'api', 'app', 'main',
  'operator', 'charts', 'helm-charts', 'project', 'platform', 'sdk', 'src', 'source', 'code', 'engine', 'agent',
  'go', 'python', 'java', 'node', 'web', 'ui', 'frontend', 'backend', 'release', 'releases', 'examples', 'demo',
  'runtime', 'controller', 'gateway', 'proxy', 'scheduler', 'dashboard', 'registry', 'cluster', 'monitoring',
  'metrics', 'exporter', 'plugin', 'plugins', 'sidecar', 'mesh', 'kubernetes', 'k8s', 'cloud', 'infra', 'deploy',
  'config', 'configs', 'tools', 'utils', 'scripts', 'test', 'tests', 'e2e', 'manifests', 'deployment', 'installer',
  'spec', 'specs', 'specification', 'proto', 'protos', 'lib', 'libs', 'common', 'pkg', 'build', 'ci', 'infra', 'hub',
]);

/** The repo name of a GitHub/GitLab URL when it can stand for the project. */
export function repoAlias(repoUrl: string | null, isCommonWord: (w: string) => boolean): string | null {
  if (!repoUrl) return null;
  const m = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^/]+\/([^/#?]+)/i.exec(repoUrl);
  const repo = m?.[1]?.replace(/\.git$/, '');
  if (!repo || repo.length < 4) return null;
  const lower = repo.toLowerCase();
  if (GENERIC_REPOS.has(lower) || isCommonWord(lower)) return null;
  return repo;
}

/**
 * The project's GitHub or GitLab organization when it is the project's name and a suffix ("litmuschaos" for Litmus,
 * "fluxcd" for Flux, "envoyproxy" for Envoy): people write the project by that name too ("LitmusChaos", "FluxCD").
 */
export function orgAlias(name: string, repoUrl: string | null, isCommonWord: (w: string) => boolean): string | null {
  const org = repoUrl ? /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/([^/#?]+)/i.exec(repoUrl)?.[1] : undefined;
  const base = name.toLowerCase().replace(/\s+/g, '');
  if (!org || !/^[a-z][a-z0-9]+$/i.test(org) || base.length < 3) return null;
  const lower = org.toLowerCase();
  if (!lower.startsWith(base) || lower.length < base.length + 2 || GENERIC_REPOS.has(lower) || isCommonWord(lower)) return null;
  return org;
}
